#include "client/TranscriptModel.h"
#include "client/PlainText.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace handoff {

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return l.message.text;
    case AttachmentLabelRole:
        return l.message.attachment ? attachmentLabel(*l.message.attachment) : QString();
    case AttachmentIdRole:
        return l.message.attachment ? l.message.attachment->id : QString();
    case ThreadRole:
        return l.message.thread;
    case ThumbnailRole:
        return l.message.attachment ? m_thumbnails.value(l.message.attachment->id) : QVariant();
    case AttachmentStateRole:
        return l.message.attachment ? m_attachmentStates.value(l.message.attachment->id) : QString();
    case Qt::AccessibleTextRole:
        return accessibleText(index.row());
    case Qt::ToolTipRole:
        return l.delivery == DeliveryState::Failed ? plainToolTip(l.deliveryError) : QString();
    case AuthorKindRole:
        return int(l.message.author);
    case AuthorNameRole:
        return authorName(l);
    case AuthorDisplayNameRole: {
        const QString name = authorName(l);
        return name.isEmpty() ? authorKindLabel(l.message.author) : name;
    }
    case TimeRole:
        return l.message.at;
    case DeliveryRole:
        return int(l.delivery);
    case DeliveryErrorRole:
        return l.deliveryError;
    case InternalRole:
        return l.message.internal;
    case IsHandoffPointRole:
        return l.handoffPoint;
    case IsMineRole:
        return l.mine;
    case ClientIdRole:
        return l.message.clientId;
    case MessageIdRole:
        return l.message.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(AuthorKindRole, "authorKind");
    names.insert(AuthorNameRole, "authorName");
    names.insert(TextRole, "text");
    names.insert(TimeRole, "time");
    names.insert(DeliveryRole, "delivery");
    names.insert(DeliveryErrorRole, "deliveryError");
    names.insert(InternalRole, "internal");
    names.insert(IsHandoffPointRole, "isHandoffPoint");
    names.insert(IsMineRole, "isMine");
    names.insert(ClientIdRole, "clientId");
    names.insert(MessageIdRole, "messageId");
    names.insert(AuthorDisplayNameRole, "authorDisplayName");
    names.insert(AttachmentLabelRole, "attachmentLabel");
    names.insert(AttachmentIdRole, "attachmentId");
    names.insert(ThumbnailRole, "thumbnail");
    names.insert(ThreadRole, "thread");
    names.insert(AttachmentStateRole, "attachmentState");
    return names;
}

QString TranscriptModel::attachmentLabel(const Attachment &a)
{
    const QString name = a.name.isEmpty() ? tr("file") : a.name;
    if (a.size < 0)
        return name;
    const QString size = a.size < 1024 ? tr("%1 B").arg(a.size)
        : a.size < 1024 * 1024         ? tr("%1 KB").arg((a.size + 512) / 1024)
                                       : tr("%1 MB").arg(double(a.size) / (1024 * 1024), 0, 'f', 1);
    return name + QStringLiteral(" · ") + size;
}

void TranscriptModel::setThumbnail(const QString &attachmentId, const QVariant &image)
{
    if (attachmentId.isEmpty())
        return;
    m_thumbnails.insert(attachmentId, image);
    attachmentChanged(attachmentId, ThumbnailRole);
}

void TranscriptModel::setAttachmentState(const QString &attachmentId, const QString &state)
{
    if (attachmentId.isEmpty() || m_attachmentStates.value(attachmentId) == state)
        return;
    m_attachmentStates.insert(attachmentId, state);
    attachmentChanged(attachmentId, AttachmentStateRole);
}

void TranscriptModel::attachmentChanged(const QString &attachmentId, int role)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        const auto &a = m_lines[row].message.attachment;
        if (a && a->id == attachmentId)
            emit dataChanged(index(row), index(row), {role, Qt::AccessibleTextRole});
    }
}

QString TranscriptModel::accessibleText(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return {};
    const Line &l = m_lines.at(row);
    const QModelIndex i = index(row);
    QString who;
    if (l.handoffPoint)
        who = tr("Handoff");
    else if (l.mine)
        who = tr("You");
    else if (l.message.author == AuthorKind::Visitor)
        who = authorName(l).isEmpty() ? tr("Visitor") : tr("Visitor %1").arg(authorName(l));
    else
        who = i.data(AuthorDisplayNameRole).toString();
    if (!m_thread.isEmpty())
        who = tr("Consult, %1").arg(who); // every line of the thread is internal: no second mark
    else if (l.message.internal)
        who = tr("%1 (internal note)").arg(who);
    const QString time = timeText(l.message.at);
    QString said = l.message.text;
    if (l.message.attachment) {
        // A screen reader hears the file as a sentence: "Visitor Bea, 14:02: sent a file invoice.pdf, 84 KB",
        // then the caption, then what the desk can say about it ("Downloading…").
        const Attachment &a = *l.message.attachment;
        const QString label = attachmentLabel(a).replace(QStringLiteral(" · "), QStringLiteral(", "));
        const QString file = tr("sent a file %1").arg(label);
        said = said.isEmpty() ? file : tr("%1: %2").arg(file, said);
        const QString state = m_attachmentStates.value(a.id);
        if (!state.isEmpty())
            said = tr("%1 (%2)").arg(said, state);
    }
    QString text = time.isEmpty() ? tr("%1: %2").arg(who, said) : tr("%1, %2: %3").arg(who, time, said);
    if (l.mine && l.delivery == DeliveryState::Queued)
        text = tr("%1 — sending").arg(text);
    else if (l.mine && l.delivery == DeliveryState::Failed)
        text = l.deliveryError.isEmpty() ? tr("%1 — not sent").arg(text)
                                         : tr("%1 — not sent: %2").arg(text, l.deliveryError);
    return text;
}

QString TranscriptModel::authorName(const Line &l) const
{
    if (l.message.author == AuthorKind::Visitor && l.message.authorName.isEmpty())
        return m_visitorName;
    return l.message.authorName;
}

void TranscriptModel::setVisitorName(const QString &name)
{
    if (name == m_visitorName)
        return;
    m_visitorName = name;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0), index(int(m_lines.size()) - 1),
            { AuthorNameRole, AuthorDisplayNameRole, Qt::AccessibleTextRole });
}

QString TranscriptModel::authorKindLabel(AuthorKind kind)
{
    switch (kind) {
    case AuthorKind::Visitor:
        return tr("Visitor");
    case AuthorKind::Bot:
        return tr("Bot");
    case AuthorKind::Agent:
        return tr("Agent");
    case AuthorKind::System:
        break;
    }
    return tr("System");
}

QString TranscriptModel::describeTrigger(EscalationTrigger t)
{
    switch (t) {
    case EscalationTrigger::Explicit:
        return tr("the visitor asked for a person");
    case EscalationTrigger::Unrecognised:
        return tr("the bot did not understand the visitor");
    case EscalationTrigger::Frustration:
        return tr("the visitor seemed frustrated");
    case EscalationTrigger::Topic:
        return tr("a topic that always goes to a person");
    case EscalationTrigger::External:
        return tr("handed over by an external bot");
    }
    return {};
}

QString TranscriptModel::timeText(const QDateTime &at, const QDate &today)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    if (local.date() == today)
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString TranscriptModel::describeHandoff(const HandoffContext &h)
{
    const QString why = describeTrigger(h.trigger);
    QString reason = h.reason.trimmed();
    // An external bot's note to the agent is a line of its own in the transcript (the router stores it as
    // an internal line); a reason that only quotes it would say it a second time.
    if (!h.agentMessage.isEmpty() && reason.contains(h.agentMessage))
        reason.clear();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    // The bot's reason often says the same as the trigger; say it once.
    if (reason.isEmpty() || reason.compare(why, Qt::CaseInsensitive) == 0)
        return tr("Handed over to a person: %1.").arg(why);
    return tr("Handed over to a person: %1 (%2).").arg(why, reason);
}

TranscriptModel::Line TranscriptModel::handoffLine(const HandoffContext &h) const
{
    Line l;
    l.handoffPoint = true;
    l.message.author = AuthorKind::System;
    l.message.conversationId = m_conversationId;
    l.message.at = h.at;
    l.message.authorName = tr("Handoff");
    l.message.text = describeHandoff(h);
    return l;
}

void TranscriptModel::setConversation(const std::optional<ConversationSummary> &c, const QList<ChatMessage> &messages,
    const QList<OutboxItem> &outbox, bool hasEarlier)
{
    beginResetModel();
    m_lines.clear();
    m_pendingHandoff.reset();
    m_hasEarlier = hasEarlier;
    m_conversationId = c ? c->id : QString();
    m_visitorName = c ? c->visitorName : QString();
    QSet<QString> storedClientIds;
    QSet<QString> ids;
    for (const ChatMessage &m : messages) {
        if (ids.contains(m.id) || !belongs(m))
            continue;
        ids.insert(m.id);
        Line l;
        l.message = m;
        l.mine = m.author == AuthorKind::Agent && !m_me.isEmpty() && m.authorId == m_me;
        if (!m.clientId.isEmpty())
            storedClientIds.insert(m.clientId);
        m_lines.append(l);
    }
    for (const OutboxItem &o : outbox) {
        // The outbox holds lines of the transcript only (consult lines go straight to the router).
        if (storedClientIds.contains(o.clientId) || o.conversationId != m_conversationId || !m_thread.isEmpty())
            continue;
        Line l;
        l.message.clientId = o.clientId;
        l.message.conversationId = o.conversationId;
        l.message.author = AuthorKind::Agent;
        l.message.authorId = m_me;
        l.message.text = o.text;
        l.message.at = o.createdAt;
        l.message.internal = o.internal;
        l.delivery = o.state;
        l.deliveryError = o.error;
        l.mine = true;
        m_lines.append(l);
    }
    std::stable_sort(
        m_lines.begin(), m_lines.end(), [](const Line &a, const Line &b) { return a.message.at < b.message.at; });
    if (c && c->handoff && m_thread.isEmpty()) {
        Line h = handoffLine(*c->handoff);
        if (!h.message.at.isValid())
            h.message.at = c->escalatedAt;
        if (m_hasEarlier && !m_lines.isEmpty() && h.message.at.isValid() && h.message.at < m_lines.first().message.at)
            m_pendingHandoff = h;
        int row = int(m_lines.size());
        if (h.message.at.isValid())
            for (int i = 0; i < m_lines.size(); ++i)
                if (m_lines.at(i).message.at > h.message.at) {
                    row = i;
                    break;
                }
        if (!m_pendingHandoff)
            m_lines.insert(row, h);
    }
    endResetModel();
}

void TranscriptModel::prependEarlier(const QList<ChatMessage> &messages, bool hasEarlier)
{
    m_hasEarlier = hasEarlier;
    QList<Line> earlier;
    for (const ChatMessage &m : messages) {
        if (!belongs(m))
            continue;
        Line l;
        l.message = m;
        l.mine = m.author == AuthorKind::Agent && !m_me.isEmpty() && m.authorId == m_me;
        earlier.append(l);
    }
    if (!earlier.isEmpty()) {
        beginInsertRows({}, 0, int(earlier.size()) - 1);
        m_lines = earlier + m_lines;
        endInsertRows();
    }
    placeHandoffLine();
}

void TranscriptModel::placeHandoffLine()
{
    if (!m_pendingHandoff
        || (m_hasEarlier && !m_lines.isEmpty() && m_pendingHandoff->message.at < m_lines.first().message.at))
        return;
    int row = int(m_lines.size());
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).message.at > m_pendingHandoff->message.at) {
            row = i;
            break;
        }
    beginInsertRows({}, row, row);
    m_lines.insert(row, *m_pendingHandoff);
    endInsertRows();
    m_pendingHandoff.reset();
}

QString TranscriptModel::oldestMessageId() const
{
    for (const Line &l : m_lines)
        if (!l.handoffPoint && !l.message.id.isEmpty())
            return l.message.id;
    return {};
}

int TranscriptModel::insertionRow(const QDateTime &at) const
{
    int row = int(m_lines.size());
    while (row > 0 && at.isValid() && m_lines.at(row - 1).message.at > at)
        --row;
    return row;
}

void TranscriptModel::insertLine(const Line &l)
{
    const int row = insertionRow(l.message.at);
    beginInsertRows({}, row, row);
    m_lines.insert(row, l);
    endInsertRows();
}

void TranscriptModel::addMessage(const ChatMessage &m)
{
    if (m.conversationId != m_conversationId || m_conversationId.isEmpty() || !belongs(m))
        return;
    for (int i = 0; i < m_lines.size(); ++i) {
        Line &l = m_lines[i];
        if (l.handoffPoint)
            continue;
        if (!m.id.isEmpty() && l.message.id == m.id)
            return;
        if (!m.clientId.isEmpty() && l.message.clientId == m.clientId && l.message.id.isEmpty()) {
            // My pending line came back from the router: it is stored now.
            l.message = m;
            l.delivery = DeliveryState::Sent;
            l.deliveryError.clear();
            emit dataChanged(index(i), index(i));
            return;
        }
    }
    Line l;
    l.message = m;
    l.mine = m.author == AuthorKind::Agent && !m_me.isEmpty() && m.authorId == m_me;
    insertLine(l);
}

void TranscriptModel::updateOutboxItem(const OutboxItem &item)
{
    if (item.conversationId != m_conversationId || m_conversationId.isEmpty())
        return;
    for (int i = 0; i < m_lines.size(); ++i) {
        Line &l = m_lines[i];
        if (l.message.clientId == item.clientId && !l.handoffPoint) {
            l.delivery = item.state;
            l.deliveryError = item.error;
            emit dataChanged(index(i), index(i), { DeliveryRole, DeliveryErrorRole, Qt::ToolTipRole, Qt::AccessibleTextRole });
            return;
        }
    }
    Line l;
    l.message.clientId = item.clientId;
    l.message.conversationId = item.conversationId;
    l.message.author = AuthorKind::Agent;
    l.message.authorId = m_me;
    l.message.text = item.text;
    l.message.at = item.createdAt;
    l.message.internal = item.internal;
    l.delivery = item.state;
    l.deliveryError = item.error;
    l.mine = true;
    insertLine(l);
}

int TranscriptModel::messageCount() const
{
    int n = 0;
    for (const Line &l : m_lines)
        n += l.handoffPoint ? 0 : 1;
    return n;
}

} // namespace handoff
