#include "client/MyChatsModel.h"
#include "client/PlainText.h"

#include <algorithm>

namespace handoff {

MyChatsModel::MyChatsModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_chats.isEmpty())
            emit dataChanged(index(0), index(int(m_chats.size()) - 1),
                { Qt::DisplayRole, WaitingSecondsRole, Qt::AccessibleTextRole });
    });
    m_tick.start();
}

int MyChatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chats.size());
}

QVariant MyChatsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_chats.size())
        return {};
    const Chat &c = m_chats.at(index.row());
    const QString visitor = c.conversation.visitorName.isEmpty() ? tr("Visitor") : c.conversation.visitorName;
    const bool waiting = c.isWaitingForReply();
    const int waitingSeconds = waiting ? int(qMax<qint64>(0, c.lastVisitorAt.secsTo(m_now()))) : -1;
    switch (role) {
    case Qt::DisplayRole:
        return c.unread > 0 ? tr("%1 (%2)").arg(visitor).arg(c.unread) : visitor;
    case Qt::AccessibleTextRole:
        return accessibleText(index.row());
    case Qt::ToolTipRole:
        return plainToolTip(c.lastLine);
    case ConversationIdRole:
        return c.conversation.id;
    case VisitorNameRole:
        return visitor;
    case LastLineRole:
        return c.lastLine;
    case UnreadRole:
        return c.unread;
    case WaitingSecondsRole:
        return waitingSeconds;
    case TopicRole:
        return c.conversation.topic;
    case StateRole:
        return toString(c.conversation.state);
    case VisitorLeftRole:
        return c.conversation.state == ConversationState::Closed;
    case WaitingSinceRole:
        return waiting ? c.lastVisitorAt : QDateTime();
    case LastActivityRole:
        return c.lastActivityAt;
    case ConsultingForRole:
        return c.consultingFor;
    default:
        return {};
    }
}

QHash<int, QByteArray> MyChatsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(VisitorNameRole, "visitorName");
    names.insert(LastLineRole, "lastLine");
    names.insert(UnreadRole, "unread");
    names.insert(WaitingSecondsRole, "waitingSeconds");
    names.insert(TopicRole, "topic");
    names.insert(StateRole, "state");
    names.insert(VisitorLeftRole, "visitorLeft");
    names.insert(WaitingSinceRole, "waitingSince");
    names.insert(LastActivityRole, "lastActivity");
    names.insert(ConsultingForRole, "consultingFor");
    return names;
}

QString MyChatsModel::accessibleText(int row) const
{
    if (row < 0 || row >= m_chats.size())
        return {};
    const QModelIndex i = index(row);
    const Chat &c = m_chats.at(row);
    QStringList parts{ i.data(VisitorNameRole).toString() };
    if (!c.conversation.topic.isEmpty())
        parts << c.conversation.topic;
    if (!c.consultingFor.isEmpty())
        parts << tr("consulting for %1").arg(c.consultingFor);
    if (c.unread > 0)
        parts << tr("%n unread", nullptr, c.unread);
    if (c.conversation.state == ConversationState::Closed) {
        parts << tr("the visitor left");
    } else {
        const int waiting = i.data(WaitingSecondsRole).toInt();
        if (waiting >= 60)
            parts << (waiting < 120 ? tr("waiting for your reply for 1 minute")
                                    : tr("waiting for your reply for %1 minutes").arg(waiting / 60));
        else if (waiting >= 0)
            parts << tr("waiting for your reply");
    }
    return parts.join(QStringLiteral(", "));
}

void MyChatsModel::setChats(const QList<Chat> &chats)
{
    beginResetModel();
    m_chats = chats;
    for (Chat &c : m_chats) {
        c.arrival = ++m_arrivals;
        if (!c.lastActivityAt.isValid())
            c.lastActivityAt = std::max(c.lastVisitorAt, c.lastReplyAt);
    }
    std::stable_sort(m_chats.begin(), m_chats.end(), [this](const Chat &a, const Chat &b) { return before(a, b); });
    endResetModel();
}

void MyChatsModel::upsert(const ConversationSummary &c, const std::optional<ChatMessage> &last, const QDateTime &lastReplyAt)
{
    auto apply = [&](Chat &chat) {
        chat.conversation = c;
        if (last) {
            chat.lastLine = last->text;
            chat.lastAuthor = last->author;
            if (last->at.isValid() && (!chat.lastActivityAt.isValid() || last->at > chat.lastActivityAt))
                chat.lastActivityAt = last->at;
        }
        if (c.lastVisitorAt.isValid() && (!chat.lastVisitorAt.isValid() || c.lastVisitorAt > chat.lastVisitorAt))
            chat.lastVisitorAt = c.lastVisitorAt;
        if (lastReplyAt.isValid() && (!chat.lastReplyAt.isValid() || lastReplyAt > chat.lastReplyAt))
            chat.lastReplyAt = lastReplyAt;
        if (!chat.lastActivityAt.isValid())
            chat.lastActivityAt = std::max(chat.lastVisitorAt, chat.lastReplyAt);
    };
    const int row = rowOf(c.id);
    if (row >= 0) {
        apply(m_chats[row]);
        emit dataChanged(index(row), index(row));
        resort();
        return;
    }
    Chat chat;
    chat.arrival = ++m_arrivals;
    apply(chat);
    beginInsertRows({}, int(m_chats.size()), int(m_chats.size()));
    m_chats.append(chat);
    endInsertRows();
    resort();
}

void MyChatsModel::setConsultingFor(const QString &conversationId, const QString &agentName)
{
    const int row = rowOf(conversationId);
    if (row < 0 || m_chats.at(row).consultingFor == agentName)
        return;
    m_chats[row].consultingFor = agentName;
    emit dataChanged(index(row), index(row));
    resort();
}

bool MyChatsModel::remove(const QString &conversationId)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_chats.removeAt(row);
    endRemoveRows();
    return true;
}

void MyChatsModel::noteMessage(const ChatMessage &m, bool countUnread)
{
    const int row = rowOf(m.conversationId);
    if (row < 0)
        return;
    Chat &chat = m_chats[row];
    if (!m.internal || chat.lastLine.isEmpty()) {
        chat.lastLine = m.text;
        chat.lastAuthor = m.author;
    }
    const QDateTime at = m.at.isValid() ? m.at : m_now();
    if (m.author == AuthorKind::Visitor && (!chat.lastVisitorAt.isValid() || at > chat.lastVisitorAt))
        chat.lastVisitorAt = at;
    if (m.author == AuthorKind::Agent && !m.internal && (!chat.lastReplyAt.isValid() || at >= chat.lastReplyAt))
        chat.lastReplyAt = at;
    if (!chat.lastActivityAt.isValid() || at > chat.lastActivityAt)
        chat.lastActivityAt = at;
    if (countUnread)
        ++chat.unread;
    emit dataChanged(index(row), index(row));
    resort();
}

void MyChatsModel::markRead(const QString &conversationId)
{
    const int row = rowOf(conversationId);
    if (row < 0 || m_chats.at(row).unread == 0)
        return;
    m_chats[row].unread = 0;
    emit dataChanged(index(row), index(row));
    resort();
}

bool MyChatsModel::matches(int row, Filter filter) const
{
    if (row < 0 || row >= m_chats.size())
        return false;
    const Chat &c = m_chats.at(row);
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::WaitingForReply:
        return c.isWaitingForReply();
    case Filter::Unread:
        return c.unread > 0;
    case Filter::Idle: {
        const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
        return !c.lastActivityAt.isValid() || c.lastActivityAt.secsTo(now) >= kIdleSeconds;
    }
    }
    return true;
}

void MyChatsModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    resort();
}

bool MyChatsModel::before(const Chat &a, const Chat &b) const
{
    const bool aw = a.isWaitingForReply(), bw = b.isWaitingForReply();
    switch (m_order) {
    case Order::WaitingFirst:
        if (aw != bw)
            return aw;
        if (aw && a.lastVisitorAt != b.lastVisitorAt)
            return a.lastVisitorAt < b.lastVisitorAt;
        break;
    case Order::UnreadFirst:
        if (a.unread != b.unread)
            return a.unread > b.unread;
        if (aw != bw)
            return aw;
        if (aw && a.lastVisitorAt != b.lastVisitorAt)
            return a.lastVisitorAt < b.lastVisitorAt;
        break;
    case Order::IdleFirst:
        if (a.lastActivityAt.isValid() != b.lastActivityAt.isValid())
            return !a.lastActivityAt.isValid();
        if (a.lastActivityAt != b.lastActivityAt)
            return a.lastActivityAt < b.lastActivityAt;
        break;
    case Order::AsAccepted:
        break;
    }
    return a.arrival < b.arrival;
}

void MyChatsModel::resort()
{
    QList<Chat> sorted = m_chats;
    std::stable_sort(sorted.begin(), sorted.end(), [this](const Chat &a, const Chat &b) { return before(a, b); });
    bool same = true;
    for (int i = 0; i < sorted.size() && same; ++i)
        same = sorted.at(i).conversation.id == m_chats.at(i).conversation.id;
    if (same)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &i : before)
        ids << m_chats.at(i.row()).conversation.id;
    m_chats = sorted;
    QModelIndexList after;
    for (const QString &id : std::as_const(ids))
        after << index(rowOf(id));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int MyChatsModel::waitingCount() const
{
    return int(std::count_if(m_chats.begin(), m_chats.end(), [](const Chat &c) { return c.isWaitingForReply(); }));
}

QString MyChatsModel::nextWaiting(const QString &currentId) const
{
    QList<const Chat *> waiting;
    for (const Chat &c : m_chats)
        if (c.isWaitingForReply())
            waiting << &c;
    std::stable_sort(waiting.begin(), waiting.end(),
        [](const Chat *a, const Chat *b) { return a->lastVisitorAt < b->lastVisitorAt; });
    if (waiting.isEmpty())
        return {};
    for (int i = 0; i < waiting.size(); ++i)
        if (waiting.at(i)->conversation.id == currentId)
            return waiting.at((i + 1) % waiting.size())->conversation.id;
    return waiting.first()->conversation.id;
}

std::optional<MyChatsModel::Chat> MyChatsModel::chat(const QString &conversationId) const
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return std::nullopt;
    return m_chats.at(row);
}

QString MyChatsModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_chats.size() ? m_chats.at(row).conversation.id : QString();
}

int MyChatsModel::rowOf(const QString &conversationId) const
{
    for (int i = 0; i < m_chats.size(); ++i)
        if (m_chats.at(i).conversation.id == conversationId)
            return i;
    return -1;
}

int MyChatsModel::totalUnread() const
{
    int n = 0;
    for (const Chat &c : m_chats)
        n += c.unread;
    return n;
}

} // namespace handoff
