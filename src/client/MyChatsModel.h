// The chats assigned to me: visitor, last line, unread count, and how long the visitor has been
// waiting for an answer: since their last line, while no agent line to the visitor came after it
// (system, bot lines and internal notes do not answer). The rows keep the chosen order: by default
// the chats waiting for a reply come first, the longest waiting first.
#pragma once

#include "client/DeskTypes.h"

#include <QAbstractListModel>
#include <QTimer>
#include <functional>

namespace handoff {

class MyChatsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        VisitorNameRole,
        LastLineRole,
        UnreadRole,
        WaitingSecondsRole, // -1 when the visitor is not waiting for an answer
        TopicRole,
        StateRole,
        VisitorLeftRole,
        WaitingSinceRole, // the visitor's unanswered line; invalid when not waiting
        LastActivityRole, // the last line of any kind
        ConsultingForRole, // who asked me to consult on the chat (read-only for me); empty for my own chats
    };

    enum class Order {
        WaitingFirst, // waiting for a reply (longest first), then unread, then the rest as they came
        UnreadFirst, // most unread first, then waiting
        IdleFirst, // quiet longest first
        AsAccepted, // the order the chats came in
    };

    // Which chats the list shows (the view hides the others; rows and ids stay those of this model).
    enum class Filter {
        All,
        WaitingForReply, // the visitor waits for my answer
        Unread, // lines I have not seen
        Idle, // nothing said by anyone for kIdleSeconds
    };
    static constexpr int kIdleSeconds = 300;

    struct Chat {
        ConversationSummary conversation;
        QString lastLine;
        AuthorKind lastAuthor = AuthorKind::System;
        QDateTime lastVisitorAt;
        QDateTime lastReplyAt; // last agent line to the visitor (not an internal note)
        QDateTime lastActivityAt;
        int unread = 0;
        qint64 arrival = 0; // for AsAccepted and ties
        QString consultingFor; // the colleague's name while I consult on their chat; it is not mine to answer

        bool isWaitingForReply() const
        {
            return consultingFor.isEmpty() && lastVisitorAt.isValid()
                && (!lastReplyAt.isValid() || lastVisitorAt > lastReplyAt);
        }
    };

    explicit MyChatsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setChats(const QList<Chat> &chats);
    void upsert(const ConversationSummary &c, const std::optional<ChatMessage> &last = std::nullopt,
        const QDateTime &lastReplyAt = {});
    bool remove(const QString &conversationId);
    // Marks a colleague's chat I consult on (empty: one of mine again, e.g. after they handed it over).
    void setConsultingFor(const QString &conversationId, const QString &agentName);
    // A new line: updates the last line, counts it unread when it is not the open chat's and not mine.
    void noteMessage(const ChatMessage &m, bool countUnread);
    void markRead(const QString &conversationId);

    std::optional<Chat> chat(const QString &conversationId) const;
    QString conversationIdAt(int row) const;
    int rowOf(const QString &conversationId) const;
    int totalUnread() const;
    // What a screen reader says for a row (Qt::AccessibleTextRole):
    // "Kofi, 2 unread, waiting for your reply for 3 minutes", "Bea, the visitor left".
    QString accessibleText(int row) const;
    int waitingCount() const;
    // The chat to answer after `currentId`: the longest-waiting one, or the next in waiting order when
    // `currentId` is waiting itself; empty when none waits.
    QString nextWaiting(const QString &currentId) const;

    bool matches(int row, Filter filter) const;

    void setOrder(Order order);
    Order order() const { return m_order; }

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    void resort(); // keeps the rows in m_order; persistent indexes follow their chats
    bool before(const Chat &a, const Chat &b) const;

    QList<Chat> m_chats;
    Order m_order = Order::WaitingFirst;
    qint64 m_arrivals = 0;
    QTimer m_tick;
    std::function<QDateTime()> m_now;
};

} // namespace handoff
