// One agent's desk without widgets: ties the connection, the local cache, the outbox and the item
// models together, applies router events to them, and offers the actions the GUI (or handoff-cli) calls.
#pragma once

#include "client/AttachmentDownloads.h"
#include "client/CannedResponseModel.h"
#include "client/ConsultModel.h"
#include "client/CustomerHistoryModel.h"
#include "client/SupervisorTypes.h"
#include "client/DeskConnection.h"
#include "client/FieldsModel.h"
#include "client/LocalCache.h"
#include "client/MyChatsModel.h"
#include "client/OfflineMessageModel.h"
#include "client/OfferModel.h"
#include "client/Outbox.h"
#include "client/PlaceholderFiller.h"
#include "client/QueueOverviewModel.h"
#include "client/TranscriptModel.h"

#include <QObject>

class QNetworkAccessManager;
#include <QSet>
#include <functional>

namespace handoff {

class DeskSession : public QObject
{
    Q_OBJECT
public:
    // Called with an empty string on success, or a sentence saying what went wrong.
    using Done = std::function<void(const QString &error)>;

    explicit DeskSession(QObject *parent = nullptr);
    ~DeskSession() override;

    // Where the per-user cache files go; defaults to AppLocalDataLocation.
    void setCacheDirectory(const QString &dir) { m_cacheDir = dir; }
    QString cachePath() const { return m_cache.path(); }

    DeskConnection *connection() { return &m_connection; }
    LocalCache *cache() { return &m_cache; }
    Outbox *outbox() { return &m_outbox; }
    OfferModel *offers() { return &m_offers; }
    MyChatsModel *myChats() { return &m_myChats; }
    QueueOverviewModel *queues() { return &m_queues; }
    TranscriptModel *transcript() { return &m_transcript; }
    FieldsModel *fields() { return &m_fields; }
    CannedResponseModel *cannedResponses() { return &m_canned; }
    OfflineMessageModel *offlineMessages() { return &m_offlineMessages; }
    // The open chat's customer's earlier conversations (asked of the router when a chat of mine opens).
    CustomerHistoryModel *customerHistory() { return &m_history; }
    // Consults (docs/protocol.md, "Consult"): invitations to me, consults I asked for and those I am in.
    ConsultModel *consults() { return &m_consults; }
    // The open chat's consult thread: the lines only the agent and the colleague consulted see.
    TranscriptModel *consultThread() { return &m_consultThread; }
    // Files received in chats: downloaded with this desk's token into a cache next to the local cache.
    AttachmentDownloads *attachments() { return &m_attachments; }

    // Opens the user's cache (so chats show at once) and signs in.
    void signIn(const QString &server, const QString &user, const QString &password);
    void signInWithToken(const QString &server, const QString &user, const QString &token);
    void signOut();

    QString currentConversationId() const { return m_current; }
    void openConversation(const QString &conversationId); // shows it in transcript and fields; marks read
    // A long transcript opens with its newest lines; this adds the page before them. Returns how many.
    int loadEarlierMessages();
    static constexpr int kTranscriptPage = 300;
    std::optional<ConversationSummary> conversation(const QString &id) const;

    void acceptOffer(const QString &conversationId, Done done = {});
    void declineOffer(const QString &conversationId, Done done = {});
    // Returns false (and *error) when the text cannot be sent at all; the caller keeps it then.
    bool send(const QString &conversationId, const QString &text, bool internal, QString *error = nullptr);
    // A file as a line of the chat: uploaded to the router with this desk's token
    // (POST /api/v1/attachments), then sent with message.send. Only while connected; `done` says how it went.
    static constexpr qint64 kMaxAttachmentBytes = AttachmentDownloads::kDefaultMaxBytes; // the router's default limit
    void sendAttachment(const QString &conversationId, const QString &name, const QByteArray &bytes, Done done);
    void retrySend(const QString &clientId) { m_outbox.retry(clientId); }
    void setPresence(Presence p, Done done = {});
    // Exactly one of queueId and agentId is set.
    void transfer(const QString &conversationId, const QString &queueId, const QString &agentId, const QString &note,
        Done done = {});
    // The router's list of everyone a chat could be transferred to, with presence and load.
    using ColleaguesDone = std::function<void(const QList<BoardAgent> &agents, const QString &error)>;
    void fetchColleagues(ColleaguesDone done);
    // While on (the transfer dialog is open), the router reports colleagues whose presence, load or
    // capacity changed (colleaguesChanged); kept on across reconnects until switched off.
    void watchColleagues(bool on);
    void closeConversation(
        const QString &conversationId, const QString &disposition, const QString &note, Done done = {});
    void setTyping(const QString &conversationId, bool typing);
    QList<SearchHit> searchTranscripts(const QString &words, int limit = 50) const;
    void refreshCannedResponses();
    bool addPersonalCannedResponse(const CannedResponse &c);
    bool removePersonalCannedResponse(const QString &id);

    // Messages visitors left while nobody could chat: fetched after every sign-in and resume, kept
    // current by the router's events. Showing handled ones fetches those of the last 30 days too.
    void refreshOfflineMessages();
    void setShowHandledOfflineMessages(bool on);
    // Marks a left message handled; a colleague who was quicker is named in the error.
    void markOfflineHandled(const QString &id, Done done = {});

    // Asks the router for the earlier conversations of the open chat's customer (customer.history); the
    // answer fills customerHistory(). Only for a chat assigned to me (or any, for supervisors).
    void refreshCustomerHistory();
    // The next page of it (20 older conversations), appended to customerHistory(); when hasMore().
    void loadOlderCustomerHistory();
    // One earlier conversation of the open chat's customer, read-only: its summary and transcript.
    using EarlierDone = std::function<void(const std::optional<ConversationSummary> &conversation,
                                           const QList<ChatMessage> &messages, const QString &error)>;
    void fetchEarlierConversation(const QString &earlierId, EarlierDone done);
    // Supervisors: any conversation, read-only (conversation.history).
    void fetchConversation(const QString &conversationId, EarlierDone done);
    // Supervisors: conversations of signed-in customers whose id, e-mail address or name contains `query`.
    struct CustomerHit {
        EarlierConversation conversation;
        CustomerIdentity customer;
    };
    using CustomerSearchDone = std::function<void(const QList<CustomerHit> &hits, bool more, const QString &error)>;
    void searchCustomers(const QString &query, CustomerSearchDone done);

    // Placeholder values for a conversation: its bot fields, visitor name, topic, page and my name.
    PlaceholderFiller fillerFor(const QString &conversationId) const;

    // The visitor's rating of a closed chat: heard live (conversation.rated) or asked for when a closed
    // chat is opened (conversation.history); conversationUpdated() tells when it arrives.
    std::optional<VisitorRating> rating(const QString &conversationId) const;
    // Every line of a conversation this desk has kept (the transcript view loads the newest page only).
    QList<ChatMessage> allMessages(const QString &conversationId) const;

    // Consulting a colleague about one of my chats. Each `done` gets an empty string or why it failed.
    void inviteConsult(const QString &conversationId, const QString &colleagueId, Done done = {});
    // Accepting opens the chat read-only in my list ("consulting for Ann") and shows it.
    void acceptConsult(const QString &conversationId, Done done = {});
    void declineConsult(const QString &conversationId, Done done = {});
    // A line of the consult thread (consult.say); never reaches the visitor.
    void sayInConsult(const QString &conversationId, const QString &text, Done done = {});
    // Ends it, or withdraws an invitation not answered yet; either side.
    void endConsult(const QString &conversationId, Done done = {});
    // Gives the chat to the colleague consulted, with a note they read first; it leaves my list.
    void handOverConsult(const QString &conversationId, const QString &note, Done done = {});
    // The colleague whose chat I consult on (read-only for me); empty for my own chats and others.
    QString consultingFor(const QString &conversationId) const;
    // How the chat's last consult ended, in words ("Ben declined."); empty while one runs or none did.
    QString consultOutcome(const QString &conversationId) const { return m_consultOutcomes.value(conversationId); }
    void forgetConsultOutcome(const QString &conversationId)
    {
        if (m_consultOutcomes.remove(conversationId))
            emit consultChanged(conversationId);
    }

    Presence presence() const { return m_presence; }
    Presence chosenPresence() const { return m_chosenPresence; }
    int load() const { return m_load; }
    int capacity() const { return m_capacity; }
    bool isVisitorTyping(const QString &conversationId) const { return m_typing.contains(conversationId); }
    QString userId() const
    {
        return m_connection.user().id.isEmpty() ? m_connection.userName() : m_connection.user().id;
    }
    QString displayName() const;

signals:
    void offerArrived(const handoff::OfferInfo &offer);
    void offlineMessageArrived(const handoff::OfflineMessage &message); // a visitor just left one
    void conversationOpened(const QString &conversationId);
    // A chat left my desk (transferred, reassigned, closed elsewhere); `text` says why.
    void conversationRemoved(const QString &conversationId, const QString &text);
    void conversationUpdated(const QString &conversationId);
    void messageArrived(const handoff::ChatMessage &message);
    void visitorTypingChanged(const QString &conversationId, bool typing);
    void presenceChanged(handoff::Presence presence, int load, int capacity);
    // The router changed my chosen status without this desk asking (after missed offers: reason
    // "missed_offers"; a supervisor: empty).
    void presenceChangedForMe(handoff::Presence chosen, const QString &reason);
    void cacheError(const QString &message);
    void snapshotApplied();
    void colleaguesChanged(const QList<handoff::BoardAgent> &changed); // while watchColleagues(true)
    // A colleague asks me about one of their chats (consult.invited).
    void consultInvited(const handoff::ConsultInfo &consult);
    // A consult of this chat began, changed (accepted) or ended; consults() and consultOutcome() tell.
    void consultChanged(const QString &conversationId);
    // It ended; `text` says how, from my side ("Ben declined.", "Ann handed the chat to you: …").
    void consultEnded(const QString &conversationId, const QString &text);

private:
    QNetworkAccessManager *network();
    QNetworkAccessManager *m_network = nullptr;
    bool openCacheFor(const QString &server, const QString &user);
    void loadFromCache();
    void onEvent(const protocol::Envelope &e);
    void onSignedIn(bool resumed);
    void applySnapshot(const QJsonObject &d);
    void adoptConversation(const ConversationSummary &c, const QList<ChatMessage> &messages);
    void dropConversation(const QString &id);
    // The cached summary of a chat that has ended says so (search opens it as closed, with its rating).
    void keepClosed(const QString &id);
    void applyMessage(const ChatMessage &m);
    void applyPresence(const QJsonObject &d);
    void simpleRequest(const QString &type, const QJsonObject &data, Done done);
    void sendWatchColleagues();
    void askRating(const QString &conversationId);
    void requestConversation(const QJsonObject &data, EarlierDone done); // conversation.history
    // Why a line cannot be sent (empty, too long); empty when it can.
    static QString textProblem(const QString &trimmed);
    // Consult events (consult.*), the snapshot's "consults", and a chat I consult on shown read-only.
    bool onConsultEvent(const protocol::Envelope &e);
    void applyConsults(const QJsonArray &consults);
    void adoptConsultedChat(const QJsonObject &d); // {conversation, messages, consult}
    void endedConsult(const QString &conversationId, const QString &reason, const QString &by, const QString &note);
    void dropConsultedChat(const QString &conversationId);

    DeskConnection m_connection;
    LocalCache m_cache;
    Outbox m_outbox;
    OfferModel m_offers;
    MyChatsModel m_myChats;
    QueueOverviewModel m_queues;
    TranscriptModel m_transcript;
    FieldsModel m_fields;
    CannedResponseModel m_canned;
    OfflineMessageModel m_offlineMessages;
    CustomerHistoryModel m_history;
    ConsultModel m_consults;
    TranscriptModel m_consultThread;
    QHash<QString, QString> m_consultOutcomes; // conversation id -> how its last consult ended
    AttachmentDownloads m_attachments{&m_connection};
    QString m_cacheDir;
    QString m_current;
    QSet<QString> m_typing; // conversations whose visitor is typing
    QHash<QString, VisitorRating> m_ratings;
    QSet<QString> m_ratingsAsked; // closed chats whose rating was asked for
    QSet<QString> m_typingSent; // conversations where I told the router I am typing
    Presence m_presence = Presence::Offline;
    Presence m_chosenPresence = Presence::Offline;
    int m_load = 0;
    int m_capacity = 0;
    bool m_watchColleagues = false;
};

} // namespace handoff
