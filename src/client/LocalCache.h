// The desk's SQLite file for one user on one router: my conversations and their transcripts, the
// outbox of lines not yet acknowledged, personal canned responses and a full-text index for search.
// It is read at start-up so the desk shows my chats even while the router is down.
#pragma once

#include "client/DeskTypes.h"

#include <QString>
#include <optional>

namespace handoff {

class LocalCache
{
public:
    LocalCache();
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    // AppLocalDataLocation/cache-<server>-<user>.db, with unsafe characters replaced.
    static QString defaultPath(const QString &server, const QString &user);
    static QString fileNameFor(const QString &server, const QString &user);

    // Loads the SQLite driver plugin (and SQLite) on a thread of its own, so that the first open()
    // finds it mapped and bound; called early in the desk's start, before work that needs no cache.
    static void prepareDriver();

    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const { return !m_connectionName.isEmpty(); }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Conversations. `open` means it is one of my chats now.
    bool saveConversation(const ConversationSummary &c, bool open);
    bool setConversationOpen(const QString &id, bool open);
    QList<ConversationSummary> openConversations() const;
    // My open chats as the chat list shows them at start-up: each with its newest message and when an
    // agent last wrote to the visitor, read in one query.
    struct OpenChat {
        ConversationSummary conversation;
        std::optional<ChatMessage> lastMessage;
        QDateTime lastReplyAt;
    };
    QList<OpenChat> openChats() const;
    std::optional<ConversationSummary> conversation(const QString &id) const;

    // Messages, deduplicated by id. Returns true when the message was new.
    bool saveMessage(const ChatMessage &m);
    int saveMessages(const QList<ChatMessage> &messages); // number of new ones
    QList<ChatMessage> messages(const QString &conversationId) const;
    // The newest `limit` messages, oldest first (a long transcript is opened from its end).
    QList<ChatMessage> recentMessages(const QString &conversationId, int limit) const;
    // Up to `limit` messages just before the one with id `messageId`, oldest first.
    QList<ChatMessage> messagesBefore(const QString &conversationId, const QString &messageId, int limit) const;
    std::optional<ChatMessage> lastMessage(const QString &conversationId) const;
    // When an agent last wrote to the visitor (internal notes do not count); invalid when never.
    QDateTime lastReplyAt(const QString &conversationId) const;
    bool hasMessage(const QString &id) const;

    // Words (prefix match) across every cached transcript, newest first.
    QList<SearchHit> search(const QString &words, int limit = 50) const;

    // Outbox: written before anything is sent.
    bool addOutboxItem(const OutboxItem &item);
    bool setOutboxState(const QString &clientId, DeliveryState state, const QString &error = {});
    bool incrementOutboxAttempts(const QString &clientId);
    QList<OutboxItem> outboxItems(const QString &conversationId = {}) const; // all states, oldest first
    QList<OutboxItem> unsentOutboxItems() const;
    std::optional<OutboxItem> outboxItem(const QString &clientId) const;

    // Canned responses the agent keeps for themself.
    QList<CannedResponse> personalCannedResponses() const;
    bool savePersonalCannedResponse(const CannedResponse &c);
    bool removePersonalCannedResponse(const QString &id);

private:
    bool migrate();
    bool exec(const QString &sql);

    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError;
};

} // namespace handoff
