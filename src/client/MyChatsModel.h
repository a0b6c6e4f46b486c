// The chats assigned to me: visitor, last line, unread count, and how long the visitor has been
// waiting for an answer (since their last message, while it is unanswered).
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
    };

    struct Chat {
        ConversationSummary conversation;
        QString lastLine;
        AuthorKind lastAuthor = AuthorKind::System;
        QDateTime lastVisitorAt;
        int unread = 0;
    };

    explicit MyChatsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setChats(const QList<Chat> &chats);
    void upsert(const ConversationSummary &c, const std::optional<ChatMessage> &last = std::nullopt);
    bool remove(const QString &conversationId);
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

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    QList<Chat> m_chats;
    QTimer m_tick;
    std::function<QDateTime()> m_now;
};

} // namespace handoff
