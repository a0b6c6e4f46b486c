#include "client/OfflineMessageModel.h"
#include "client/PlainText.h"

#include "protocol/DomainTypes.h"

#include <QJsonArray>
#include <QSet>
#include <QVariantMap>
#include <algorithm>
#include <utility>

namespace handoff {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Oldest first; ids (numbers as text) break ties so the order is the same on every desk.
bool isBefore(const OfflineMessage &a, const OfflineMessage &b)
{
    if (a.at != b.at)
        return a.at < b.at;
    if (a.id.size() != b.id.size())
        return a.id.size() < b.id.size();
    return a.id < b.id;
}

} // namespace

QString OfflineMessage::firstLine() const
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return {};
}

std::optional<OfflineMessage> OfflineMessage::fromJson(const QJsonObject &o)
{
    OfflineMessage m;
    // Ids are strings on the wire; a number is accepted too rather than losing the message.
    const QJsonValue id = o.value(QStringLiteral("id"));
    m.id = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    if (m.id.isEmpty())
        return std::nullopt;
    m.name = str(o, "name");
    m.email = str(o, "email");
    m.text = str(o, "text");
    m.queueId = str(o, "queueId");
    m.queueName = str(o, "queueName");
    m.conversationId = str(o, "conversationId");
    m.at = fromIsoUtc(str(o, "at"));
    m.topic = str(o, "topic");
    m.page = str(o, "page");
    const QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &v : fields) {
        const QJsonObject f = v.toObject();
        Field field { str(f, "name"), str(f, "label"), str(f, "value") };
        if (field.name.isEmpty() && field.label.isEmpty())
            continue;
        if (field.label.isEmpty())
            field.label = field.name;
        m.fields << field;
    }
    m.handledBy = str(o, "handledBy");
    m.handledByName = str(o, "handledByName");
    m.handledAt = fromIsoUtc(str(o, "handledAt"));
    return m;
}

OfflineMessageModel::OfflineMessageModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int OfflineMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OfflineMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OfflineMessage &m = m_all[m_rows.at(index.row())];
    const QString name = m.name.isEmpty() ? tr("Visitor") : m.name;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2").arg(name, m.firstLine());
    case Qt::ToolTipRole:
        return plainToolTip(m.isHandled() ? tr("Handled by %1").arg(m.handledByText()) : m.email);
    case IdRole:
        return m.id;
    case NameRole:
        return name;
    case EmailRole:
        return m.email;
    case TextRole:
        return m.text;
    case FirstLineRole:
        return m.firstLine();
    case QueueIdRole:
        return m.queueId;
    case QueueNameRole:
        return m.queueText();
    case ConversationIdRole:
        return m.conversationId;
    case AtRole:
        return m.at;
    case TopicRole:
        return m.topic;
    case PageRole:
        return m.page;
    case FieldsRole: {
        QVariantList fields;
        for (const OfflineMessage::Field &f : m.fields)
            fields << QVariantMap { { QStringLiteral("name"), f.name }, { QStringLiteral("label"), f.label },
                { QStringLiteral("value"), f.value } };
        return fields;
    }
    case HandledRole:
        return m.isHandled();
    case HandledByRole:
        return m.handledBy;
    case HandledByNameRole:
        return m.handledByText();
    case HandledAtRole:
        return m.handledAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> OfflineMessageModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(EmailRole, "email");
    names.insert(TextRole, "text");
    names.insert(FirstLineRole, "firstLine");
    names.insert(QueueIdRole, "queueId");
    names.insert(QueueNameRole, "queueName");
    names.insert(ConversationIdRole, "conversationId");
    names.insert(AtRole, "at");
    names.insert(TopicRole, "topic");
    names.insert(PageRole, "page");
    names.insert(FieldsRole, "fields");
    names.insert(HandledRole, "handled");
    names.insert(HandledByRole, "handledBy");
    names.insert(HandledByNameRole, "handledByName");
    names.insert(HandledAtRole, "handledAt");
    return names;
}

int OfflineMessageModel::insertionRow(const OfflineMessage &m) const
{
    int row = int(m_rows.size());
    while (row > 0 && isBefore(m, m_all[m_rows.at(row - 1)]))
        --row;
    return row;
}

void OfflineMessageModel::setMessages(const QList<OfflineMessage> &messages)
{
    QSet<QString> listed;
    for (const OfflineMessage &m : messages)
        listed.insert(m.id);
    const QList<QString> known = m_all.keys();
    for (const QString &id : known)
        if (!listed.contains(id))
            drop(id);
    for (const OfflineMessage &m : messages)
        place(m);
    updateUnhandledCount();
}

void OfflineMessageModel::upsert(const OfflineMessage &message)
{
    place(message);
    updateUnhandledCount();
}

void OfflineMessageModel::place(const OfflineMessage &message)
{
    if (message.id.isEmpty())
        return;
    const int row = rowOf(message.id);
    if (!isShown(message)) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_all.insert(message.id, message);
            endRemoveRows();
        } else {
            m_all.insert(message.id, message);
        }
    } else if (row >= 0) {
        m_all.insert(message.id, message);
        emit dataChanged(index(row), index(row));
    } else {
        m_all.insert(message.id, message);
        const int at = insertionRow(message);
        beginInsertRows({}, at, at);
        m_rows.insert(at, message.id);
        endInsertRows();
    }
}

bool OfflineMessageModel::remove(const QString &id)
{
    if (!drop(id))
        return false;
    updateUnhandledCount();
    return true;
}

bool OfflineMessageModel::drop(const QString &id)
{
    if (!m_all.contains(id))
        return false;
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_all.remove(id);
        endRemoveRows();
    } else {
        m_all.remove(id);
    }
    return true;
}

void OfflineMessageModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_rows.clear();
    endResetModel();
    updateUnhandledCount();
}

void OfflineMessageModel::setShowHandled(bool on)
{
    if (on == m_showHandled)
        return;
    m_showHandled = on;
    QList<OfflineMessage> shown;
    for (const OfflineMessage &m : std::as_const(m_all))
        if (isShown(m))
            shown << m;
    std::sort(shown.begin(), shown.end(), isBefore);
    beginResetModel();
    m_rows.clear();
    for (const OfflineMessage &m : std::as_const(shown))
        m_rows << m.id;
    endResetModel();
}

std::optional<OfflineMessage> OfflineMessageModel::message(const QString &id) const
{
    const auto it = m_all.constFind(id);
    if (it == m_all.constEnd())
        return std::nullopt;
    return *it;
}

QString OfflineMessageModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QString();
}

int OfflineMessageModel::rowOf(const QString &id) const
{
    return int(m_rows.indexOf(id));
}

void OfflineMessageModel::updateUnhandledCount()
{
    int n = 0;
    for (const OfflineMessage &m : std::as_const(m_all))
        n += m.isHandled() ? 0 : 1;
    if (n == m_unhandled)
        return;
    m_unhandled = n;
    emit unhandledCountChanged(n);
}

} // namespace handoff
