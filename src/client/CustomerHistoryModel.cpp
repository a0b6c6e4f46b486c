#include "client/CustomerHistoryModel.h"

#include "client/PlainText.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace handoff {

std::optional<EarlierConversation> EarlierConversation::fromJson(const QJsonObject &o)
{
    EarlierConversation c;
    c.id = o.value(QStringLiteral("id")).toString();
    if (c.id.isEmpty())
        return std::nullopt;
    c.state = conversationStateFromString(o.value(QStringLiteral("state")).toString()).value_or(ConversationState::Closed);
    c.createdAt = fromIsoUtc(o.value(QStringLiteral("createdAt")).toString());
    c.queueName = o.value(QStringLiteral("queueName")).toString().left(200);
    c.agentName = o.value(QStringLiteral("agentName")).toString().left(200);
    c.disposition = o.value(QStringLiteral("disposition")).toString().left(100);
    const int rating = o.value(QStringLiteral("rating")).toInt();
    c.rating = rating >= 1 && rating <= 5 ? rating : 0;
    c.ratingComment = c.rating > 0 ? o.value(QStringLiteral("ratingComment")).toString().simplified().left(1000) : QString();
    return c;
}

CustomerHistoryModel::CustomerHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CustomerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString CustomerHistoryModel::outcomeText(const QString &disposition)
{
    if (disposition.isEmpty())
        return tr("still open");
    if (disposition == QLatin1String("resolved"))
        return tr("resolved");
    if (disposition == QLatin1String("visitor_left"))
        return tr("the visitor left");
    if (disposition == QLatin1String("abandoned"))
        return tr("left before an answer");
    return disposition;
}

QString CustomerHistoryModel::lineFor(const EarlierConversation &c)
{
    // The rating right after the date, where a narrow pane still shows it; the comment last.
    QStringList parts{QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat)};
    if (c.rating > 0)
        parts << ratingText(c);
    if (!c.queueName.isEmpty())
        parts << c.queueName;
    parts << (c.agentName.isEmpty() ? tr("no agent") : c.agentName)
          << (c.state == ConversationState::Closed ? outcomeText(c.disposition) : tr("still open"));
    if (!c.ratingComment.isEmpty())
        parts << tr("“%1”").arg(c.ratingComment);
    return parts.join(QStringLiteral(" · "));
}

QString CustomerHistoryModel::wordsFor(const EarlierConversation &c)
{
    const QString agent = c.agentName.isEmpty() ? tr("no agent") : c.agentName;
    const QString outcome = c.state == ConversationState::Closed ? outcomeText(c.disposition) : tr("still open");
    QString words = tr("Chat on %1 in %2 with %3: %4")
                        .arg(QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::LongFormat), c.queueName,
                             agent, outcome);
    if (c.rating > 0)
        words += QStringLiteral(", ") + tr("rated %1 of 5").arg(c.rating);
    if (!c.ratingComment.isEmpty())
        words += QStringLiteral(", ") + tr("commenting: %1").arg(c.ratingComment);
    return words;
}

QString CustomerHistoryModel::ratingText(const EarlierConversation &c)
{
    if (c.rating <= 0)
        return {};
    const QString stars = QString(c.rating, QChar(0x2605)) + QString(5 - c.rating, QChar(0x2606));
    return tr("%1 %2/5").arg(stars).arg(c.rating);
}

QVariant CustomerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EarlierConversation &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return lineFor(c);
    case Qt::AccessibleTextRole:
        return wordsFor(c);
    case Qt::ToolTipRole: // the whole of it, for a pane too narrow for the comment
        return plainToolTip(tr("Opened %1").arg(QLocale().toString(c.createdAt.toLocalTime(), QLocale::LongFormat))
                            + (c.rating > 0 ? QStringLiteral("\n") + wordsFor(c) : QString()));
    case IdRole:
        return c.id;
    default:
        return {};
    }
}

void CustomerHistoryModel::setHistory(const QString &conversationId, const QJsonObject &answer)
{
    beginResetModel();
    m_conversationId = conversationId;
    const QString by = answer.value(QStringLiteral("by")).toString();
    m_basis = by == QLatin1String("customer") ? Basis::Customer
        : by == QLatin1String("browser")      ? Basis::Browser
                                              : Basis::None;
    m_customerName = answer.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString().left(200);
    m_more = answer.value(QStringLiteral("more")).toBool();
    m_rows.clear();
    for (const QJsonValue &v : answer.value(QStringLiteral("conversations")).toArray())
        if (auto c = EarlierConversation::fromJson(v.toObject()))
            m_rows.append(*c);
    endResetModel();
}

void CustomerHistoryModel::appendPage(const QString &conversationId, const QJsonObject &answer)
{
    // Only the page that follows what is shown (a late answer for another chat or page is dropped).
    if (conversationId != m_conversationId || answer.value(QStringLiteral("offset")).toInt(-1) != m_rows.size())
        return;
    QList<EarlierConversation> page;
    for (const QJsonValue &v : answer.value(QStringLiteral("conversations")).toArray())
        if (auto c = EarlierConversation::fromJson(v.toObject()))
            page.append(*c);
    m_more = answer.value(QStringLiteral("more")).toBool();
    if (page.isEmpty()) {
        if (!m_rows.isEmpty()) // "more" changed; listeners refresh
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void CustomerHistoryModel::clear()
{
    beginResetModel();
    m_conversationId.clear();
    m_customerName.clear();
    m_basis = Basis::None;
    m_more = false;
    m_rows.clear();
    endResetModel();
}

QString CustomerHistoryModel::title() const
{
    switch (m_basis) {
    case Basis::Customer:
        return m_customerName.isEmpty() ? tr("Earlier chats of this customer (verified)")
                                        : tr("Earlier chats of %1 (verified)").arg(m_customerName);
    case Basis::Browser:
        return tr("Earlier chats from this browser (not verified)");
    case Basis::None:
        break;
    }
    return tr("Earlier chats");
}

} // namespace handoff
