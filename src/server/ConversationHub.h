// The heart of the router: every conversation passes through here. It answers desk and visitor frames,
// runs the bot for each visitor, hands conversations to the routing engine and acts on its events,
// and restores open conversations after a restart. Role and ownership are checked on every desk action.
// Nothing here blocks: writes go to the StoreWriter (frames leave once what they depend on is durable),
// password checks to the SignInService.
//
// One class, one file per seam:
//   ConversationHub.cpp   construction, restore, user cache, shutdown, dispatch of every frame
//   HubSignIn.cpp         authentication: hello, sign-in, session attach/resume, sign-out
//   HubSessions.cpp       connections and sessions: fan-out to visitors and desks, presence, JSON forms
//   ConversationFlow.cpp  the conversation state machine: bot, escalation, offers, close, routing events
//   DeskRequests.cpp      desk requests (accept, message, transfer, close, …)
//   VisitorRequests.cpp   visitor requests (hello, message, handoff, leave a message, end)
//   CustomerRequests.cpp  a customer's earlier conversations, customer search
//   HubCluster.cpp        several routers on one PostgreSQL database: heartbeat, owning and taking over
#pragma once

#include "bot/BotEngine.h"
#include "bot/ExternalHandoff.h"
#include "protocol/Envelope.h"
#include "routing/RoutingEngine.h"
#include "server/KpiReport.h"
#include "server/IdentityToken.h"
#include "server/Limits.h"
#include "server/LogLine.h"
#include "server/SignInService.h"
#include "server/SignInThrottle.h"
#include "server/StoreWriter.h"
#include "server/TranscriptMailer.h"
#include "server/WebhookDispatcher.h"
#include "store/Store.h"

#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <map>
#include <memory>

namespace handoff::store {
class StoreNotifier;
}

namespace handoff::server {

class ClientConnection;
class ConsultService;
class DeskSession;
class IdentityService;
class OfflineMessageService;
class SupervisorService;
class TranscriptMailer;
class WebhookDispatcher;

// Routers sharing one PostgreSQL database. Each open conversation is served by one router, its owner;
// a router takes over the conversations of one that stopped or whose heartbeat is older than the lease.
struct ClusterSettings {
    QString routerId;         // empty: this router is alone (SQLite), it serves every open conversation
    QString address;          // where it listens, for the routers table
    QString database;         // the connection, for the listener of the other routers' events
    int leaseSeconds = 5;     // a router silent this long counts as gone
    int sweepSeconds = 1;     // how often conversations of gone routers are looked for
    int adoptBatch = 500;     // at most this many taken over per sweep
    int stealAfterSeconds = 2; // a chat waiting unoffered this long may be taken by a router with a free agent
};

struct HubSettings {
    routing::RoutingConfig routing = routing::RoutingConfig::defaults();
    bot::TopicSet topics = bot::TopicSet::builtIn();
    bot::BotSettings bot;
    IdentitySettings identity;      // signed-in customers: how their ID tokens are checked
    int presenceGraceSeconds = 10;  // an agent whose last desk dropped stays signed in this long
    int sessionKeepSeconds = 300;   // a detached desk session can be resumed this long
    int authFailureDelayMs = 1000;  // every failed sign-in is answered after this delay
    WebhookSettings webhooks;
    MailSettings mail;              // the transcript by e-mail (off without an SMTP server)
    Limits limits;
    ClusterSettings cluster;
};

// What the HTTP handoff API answers about a conversation it created.
struct ExternalHandoffResult {
    QString conversationId;
    ConversationState state = ConversationState::Waiting;
    QString queueId;
    int position = 0;
    int estimatedWaitSeconds = -1;
    routing::Availability availability = routing::Availability::Open;
    QString notice;
};

// What the HTTP handoff API answers about a conversation when its bot asks later: the stored record
// (never the transcript), and while it waits its place, the estimate and the queue's availability.
struct ExternalConversationStatus {
    store::ConversationRecord record;
    int position = 0;
    int estimatedWaitSeconds = -1;
    routing::Availability availability = routing::Availability::Open;
};

// Who asks for a file (AttachmentService), from the request's bearer token.
struct AttachmentCaller {
    AuthorKind kind = AuthorKind::Visitor; // Visitor, or Agent for a desk (supervisors included)
    QString conversationId;                // a visitor's own conversation
    QString user;                          // a desk's user name
    bool supervisor = false;
};

class ConversationHub : public QObject
{
    Q_OBJECT
public:
    // Reports and lookups read through `reader` (a StoreWriter set up with setReader()), which must
    // outlive the hub.
    void setReader(StoreWriter *reader) { m_reader = reader; }
    // `store` is read on this thread; every write goes through `writer`, which owns a connection of its own.
    ConversationHub(store::Store &store, StoreWriter &writer, SignInService &signIns, const HubSettings &settings,
                    std::unique_ptr<bot::OrderDirectory> orders, QObject *parent = nullptr);
    ~ConversationHub() override;

    // Loads open conversations and agents from the store and starts the routing clock.
    bool restore(QString *error);
    void setRoutingConfig(const routing::RoutingConfig &config);

    void handleFrame(ClientConnection *connection, const protocol::Envelope &e);
    void connectionClosed(ClientConnection *connection);

    // Handoffs from external bots (HTTP API). nullopt with *error when the store failed.
    std::optional<ExternalHandoffResult> createExternalHandoff(const bot::ExternalHandoff &handoff,
                                                               const QString &apiTokenName, QString *error);
    // The conversation as it is now, open (live) or closed (from the store); nullopt for an unknown id.
    std::optional<ExternalConversationStatus> externalStatus(const QString &conversationId);
    // Files (HubAttachments.cpp). The caller a bearer token names: a visitor's resume token (their open
    // conversation here) or the sign-in token of a desk session; nullopt for anything else.
    std::optional<AttachmentCaller> attachmentCaller(const QString &bearerToken) const;
    // Uploads: the visitor into their conversation, the agent into a chat assigned to them, while it is open.
    bool mayUpload(const AttachmentCaller &caller, const QString &conversationId) const;
    // Downloads: the conversation's visitor (while it is open), the agent it is or was assigned to, supervisors.
    // `stored`: the conversation's row as read with the file's (for a chat not open here).
    bool mayDownload(const AttachmentCaller &caller, const QString &conversationId,
                     const std::optional<store::ConversationRecord> &stored);
    // Stores the row through the store writer; `done` runs once it is durable (or failed).
    void recordAttachment(const store::AttachmentRecord &record, std::function<void(bool ok)> done);
    int openConversationCount() const { return static_cast<int>(m_open.size()); }
    int hostedConversationCount() const { return static_cast<int>(m_hosted.size()); }
    // Each queue's figures; with several routers including the chats waiting on the others and the agents
    // signed in through them (as they said at most 2 s ago).
    QList<routing::QueueStatus> queueStatus() const;
    const Limits &limits() const { return m_settings.limits; }
    // Today's KPI figures per queue (days of the router's time zone), read from the store on the writer's
    // thread: kKpiChangedSeconds after a KPI event at the most, and every kKpiRefreshSeconds (a new day);
    // nullopt until the first read. For /metrics.
    static constexpr int kKpiChangedSeconds = 5;
    static constexpr int kKpiRefreshSeconds = 60;
    const std::optional<KpiReport> &kpiToday() const { return m_kpiToday; }
    // Every frame and HTTP answer leaves through here: after all writes decided before it are durable.
    void whenDurable(std::function<void()> fn) { m_writer.whenDurable(std::move(fn)); }
    // A report or lookup that only reads: on the reader's connection when there is one (setReader), once
    // every write decided so far is durable, so it sees them and never holds up the writer.
    void read(StoreWriter::Job job, StoreWriter::Done done = {});
    // The same for a request of `c`: its later frames wait until `done` has answered (ClientConnection::hold).
    void readFor(ClientConnection *c, StoreWriter::Job job, StoreWriter::Done done);
    void shutdown(); // tells every peer the router is going away
    // After the last write: gives this router's open conversations back to the others (cluster only).
    void leaveCluster();
    bool clustered() const { return !m_settings.cluster.routerId.isEmpty(); }

private:
    friend class SupervisorService; // the supervisor actions work on the same conversations
    friend class OfflineMessageService; // left messages: the same store, sessions and queues
    friend class ConsultService;        // consults work on the same conversations and desks
    struct Live;
    using ErrorCode = protocol::ErrorCode;

    // Desk side.
    void deskHello(ClientConnection *c, const protocol::Envelope &e);
    void deskAuth(ClientConnection *c, const protocol::Envelope &e);
    void deskRequest(ClientConnection *c, const protocol::Envelope &e);
    void signedIn(ClientConnection *c, const protocol::Envelope &e, const store::UserRecord &user, const QString &token);
    void failAuth(ClientConnection *c, const QString &re, const QString &user, const QString &message);
    void deskPresence(ClientConnection *c, const protocol::Envelope &e);
    void deskAccept(ClientConnection *c, const protocol::Envelope &e);
    void deskDecline(ClientConnection *c, const protocol::Envelope &e);
    void deskMessage(ClientConnection *c, const protocol::Envelope &e);
    void deskTyping(ClientConnection *c, const protocol::Envelope &e);
    void deskHistory(ClientConnection *c, const protocol::Envelope &e);
    void deskTransfer(ClientConnection *c, const protocol::Envelope &e);
    void deskClose(ClientConnection *c, const protocol::Envelope &e);
    void deskCanned(ClientConnection *c, const protocol::Envelope &e);
    void deskAgents(ClientConnection *c, const protocol::Envelope &e);
    void deskWatchAgents(ClientConnection *c, const protocol::Envelope &e);
    void deskLogout(ClientConnection *c, const protocol::Envelope &e);
    // Signed-in customers and earlier conversations (CustomerRequests.cpp).
    void deskCustomerHistory(ClientConnection *c, const protocol::Envelope &e);
    void deskCustomerSearch(ClientConnection *c, const protocol::Envelope &e);
    // conversation.history of an earlier chat of the customer of the caller's chat `via`.
    void deskEarlierConversation(ClientConnection *c, const protocol::Envelope &e, const QString &via);
    // One earlier conversation as the history lists it: date, queue, agent, outcome.
    QJsonObject historyEntry(const store::ConversationRecord &r) const;
    // The caller's open chat, or nullptr after answering not_found / forbidden / conflict.
    Live *ownChat(ClientConnection *c, const protocol::Envelope &e, bool allowSupervisor);
    bool isSupervisor(const QString &user) const;

    // Visitor side.
    void visitorHello(ClientConnection *c, const protocol::Envelope &e); // checks the identity token, if any
    void visitorHelloChecked(ClientConnection *c, const protocol::Envelope &e);
    // Puts a page's verified customer and browser id on a resumed chat (the page here, or on another router
    // hosting it); true when it changed.
    bool adoptIdentity(Live &l, const std::optional<CustomerIdentity> &customer, const QString &visitorId);
    void startVisitor(ClientConnection *c, const QString &re, const QString &page, const QString &language);
    void attachVisitor(ClientConnection *c, const QString &re, Live &l, const QString &visitorToken, bool resumed);
    void visitorRequest(ClientConnection *c, const protocol::Envelope &e);
    void visitorMessage(ClientConnection *c, Live &l, const protocol::Envelope &e);
    // message.send's content: "text", or "attachmentId" (a file the sender uploaded into this chat) with an
    // optional "text". Fills m->text and m->attachment (m->author and authorId set); false after an error,
    // and while the file's row is read (the frame is handled again with it, m_fileLookedUp).
    bool readMessageContent(ClientConnection *c, const protocol::Envelope &e, const Live &l, ChatMessage *m);
    // The same without the store: "text", or "attachmentId" (returned) with an optional caption.
    static bool readMessageShape(ClientConnection *c, const protocol::Envelope &e, QString *text,
                                 QString *attachmentId);
    // Whether `a` is a file m's author uploaded into m's conversation (author, authorId, conversationId set).
    static bool sentHere(const std::optional<store::AttachmentRecord> &a, const ChatMessage &m);
    static void refuseAttachment(ClientConnection *c, const QString &re, const QString &attachmentId);
    void visitorHandoff(ClientConnection *c, Live &l, const protocol::Envelope &e);
    void visitorLeaveMessage(ClientConnection *c, const store::ConversationRecord &record, const protocol::Envelope &e);
    void visitorEnd(ClientConnection *c, Live &l, const protocol::Envelope &e);
    void visitorSurvey(ClientConnection *c, const protocol::Envelope &e); // the rating of the chat that ended
    void visitorTranscriptMail(ClientConnection *c, const protocol::Envelope &e); // the ended chat by e-mail
    // Whether the visitor of a closed chat is asked to rate it: an agent took part and its queue asks.
    bool surveyOffered(const QString &queueId, const QString &agentId) const;
    // "survey" of the `closed` event and of a hello to an ended chat: "ask", "answered", or absent.
    void addSurveyState(QJsonObject &data, const store::ConversationRecord &closed, bool answered) const;
    // "transcriptMail": true in the `closed` event and a hello to an ended chat when the page may offer it.
    void addTranscriptMailOffer(QJsonObject &data, const store::ConversationRecord &closed) const;
    void handoffAsked(Live &l);   // "Talk to a person", from a visitor here or on another router
    void endedByVisitor(Live &l); // "End chat", likewise

    // Conversation flow.
    Live *newConversation(const QString &visitorTokenHash, const QString &page, const QString &language,
                          const std::optional<CustomerIdentity> &customer = {}, const QString &visitorId = {});
    std::optional<ChatMessage> addLine(Live &l, AuthorKind author, const QString &text, bool internal = false,
                                       const QString &authorId = {}, const QString &authorName = {});
    void applyBotTurn(Live &l, const bot::BotTurn &turn);
    void escalate(Live &l, HandoffContext context);
    // Gives an open chat straight to `target` (no offer): record, store and routing engine; returns the agent
    // who had it (empty when none). welcomeAgent() then tells the visitor ("Bob joined the chat") and the new
    // agent's desks (conversation.assigned, with whatever was added to the transcript in between).
    QString assignTo(Live &l, const store::UserRecord &target);
    void welcomeAgent(Live &l);
    void save(Live &l, StoreWriter::Done done = {}); // queues the conversation row for the store writer
    void announce(Live &l); // events out for what changed since they last heard of it (from save())
    // Stores a transcript line: kept in memory at once, written by the store writer; `then` runs once it is
    // durable (stored), failed (nullopt), or at once in order for a repeated clientId (duplicate = true).
    using MessageStored = std::function<void(const std::optional<ChatMessage> &stored, bool duplicate)>;
    void storeMessage(Live &l, ChatMessage m, MessageStored then = {});
    void write(StoreWriter::Job job, StoreWriter::Done done = {}) { m_writer.submit(std::move(job), std::move(done)); }
    // Ends the chat and forgets it; returns its final record.
    store::ConversationRecord closeConversation(Live &l, const QString &by, const QString &byName,
                                                const QString &disposition, const QString &note);
    // Stores one KPI event of the conversation (contact_events) through the writer: `kind` in its queue
    // (record.queueId) with `agent`, at `at` (now when invalid).
    void contactEvent(const store::ConversationRecord &record, const QString &kind, const QString &agent = {},
                      const QString &detail = {}, QDateTime at = {}, qint64 waitMs = 0, qint64 handleMs = 0);
    // Milliseconds from a start to an end, 0 for an invalid start (a row from before the times were kept).
    static qint64 msBetween(const QDateTime &start, const QDateTime &end)
    {
        return start.isValid() ? std::max<qint64>(0, start.msecsTo(end)) : 0;
    }
    void pump(); // dispatch() and act on the routing events
    void onTick();
    void endAbandonedWaits(); // waiting visitors whose page has been gone longer than the grace period
    void purgeUntouchedChats(); // bot chats the visitor never wrote in, whose page is long gone
    void handleRoutingEvents(const QList<routing::RoutingEvent> &events);
    void sendStatus(Live &l, bool onlyWhenChanged);
    void toVisitors(Live &l, const QString &type, const QJsonObject &data);
    void toUser(const QString &user, const QString &type, const QJsonObject &data, ClientConnection *except = nullptr);
    // The same with the payload encoded once by the caller (FrameCodec::encodeData) for several recipients.
    void toUserEncoded(const QString &user, const QString &type, const QByteArray &encodedData,
                       ClientConnection *except = nullptr);
    void toConnections(const QList<QPointer<ClientConnection>> &connections, const QString &type,
                       const QJsonObject &data);
    void toConnectionsEncoded(const QList<QPointer<ClientConnection>> &connections, const QString &type,
                              const QByteArray &encodedData);
    void toAllDesks(const QString &type, const QJsonObject &data);
    void broadcastQueuesIfChanged();
    void sendPresence(const QString &user);

    // Several routers (HubCluster.cpp).
    struct Adopted {
        store::ConversationRecord record;
        QList<ChatMessage> messages;
    };
    struct RestoreCounts {
        int withBot = 0, waiting = 0, assigned = 0;
    };
    // Makes a stored open conversation live here: the bot resumes, a waiting one re-enters its queue with
    // its original clock, an assigned one counts for its agent. nullptr for a closed one.
    Live *installOpen(const store::ConversationRecord &record, const QList<ChatMessage> &messages,
                      RestoreCounts &counts);
    bool joinCluster(QString *error);
    void clusterTick();
    // Takes over (one conversation, or every orphan) on the writer; `then` gets what this router owns now.
    void adoptOnWriter(const QString &onlyId, std::function<void(const QList<Adopted> &)> then);
    void installAdopted(const QList<Adopted> &adopted);
    void dropLost(const QStringList &lost); // another router took them: forget them here
    void resumeVisitorElsewhere(ClientConnection *c, const QString &re, const store::ConversationRecord &known,
                                const QString &token);
    // A visitor here whose conversation another router serves: their frames go to the store and to that
    // router, what that router tells its visitors comes back through the database's notifications.
    struct Hosted {
        store::ConversationRecord record;
        QList<QPointer<ClientConnection>> visitors;
        QSet<QString> delivered; // message ids the visitors have
        qint64 seenSerial = 0;   // the newest line read from the store
        bool fetching = false;
        bool fetchAgain = false;
        bool watched = false; // a supervisor here monitors it: new lines go to them too
        // "handoff" or "end" asked by a visitor here and not yet seen done (the state the serving router
        // reports): asked again with every renewal, and done here if this router takes the chat over.
        QString pendingRequest;
    };
    // A supervisor here monitors a chat another router serves: its row and transcript from the store, and
    // its new lines from then on (the serving router announces them, as for a visitor served here).
    void watchElsewhere(const QString &conversationId,
        std::function<void(const std::optional<store::ConversationRecord> &, const QList<ChatMessage> &)> then);
    void hostVisitor(ClientConnection *c, const QString &re, const QString &conversationId, const QString &token);
    void hostedVisitorRequest(ClientConnection *c, const protocol::Envelope &e);
    void hostedFetch(const QString &conversationId); // new lines of a hosted chat, from the store
    void publish(const QString &kind, const QString &conversationId, const QJsonObject &extra = {});
    void onClusterEvent(const QString &kind, const QString &conversationId, const QJsonObject &event);
    void onRemoteMessage(const QString &conversationId);
    void takeRemoteLines(const QString &conversationId, const QList<std::pair<qint64, ChatMessage>> &stored);
    // Lines are read from a little before the newest serial seen: concurrent writers commit out of order.
    static constexpr qint64 kSerialWindow = 64;
    static constexpr int kMaxBoardOthers = 5000; // the other routers' chats read for the board, at most
    void syncRemoteVisitors(Live &l); // a router started hosting this chat's visitor: tell it where things are
    bool hostedElsewhere(const Live &l) const; // another router serves a visitor of this chat (renewed every 2 s)
    void stealWaiting();              // a free agent here, a chat waiting unoffered elsewhere
    void claimAgentChats(const QString &agent); // their desk signed in here: their chats come here
    void startListening();
    void shareFigures(); // this router's agents to the others; theirs and their waiting chats from them
    struct OtherAgent {
        Presence presence = Presence::Offline;
        int load = 0;
        int capacity = 0;
        QString router;
    };
    // A transfer to an agent signed in through another router: the chat (saved as waiting) goes there,
    // where it is offered to that agent; the visitors here stay, served from the store.
    void handOver(const QString &conversationId, const QString &agentId);
    void takeHandOver(const QString &conversationId, const QString &agentId);

    // Agents and sessions.
    void deskAttached(const QString &user);
    void deskDetached(const QString &user);
    int attachedDesks(const QString &user) const;
    void expireSessions();
    void loadAgents();

    // JSON forms.
    QJsonObject snapshotFor(const QString &user) const;
    QJsonObject conversationWithMessages(const Live &l, bool includeInternal) const;
    QJsonArray queuesJson() const;
    QJsonObject presenceJson(const QString &user) const;
    // One user as colleagues see them: id, name, role, skills, presence, load and capacity (no chats).
    QJsonObject agentFigures(const store::UserRecord &u) const;
    QJsonArray visibleMessages(const QString &conversationId, bool includeInternal) const;
    QString botName() const;
    // What a waiting visitor is told, in `language` (hub::visitorLanguage of the conversation).
    QString visitorNotice(const QString &queueId, routing::Availability availability, const QString &language) const;
    QString waitedTooLongNotice(const QString &language) const;
    Live *find(const QString &conversationId);
    // Users as of their last sign-in (or the start): roles and names without reading the store per frame.
    std::optional<store::UserRecord> userRecord(const QString &name);
    QString displayName(const QString &name);
    void logEvent(const QString &line, LogLevel level = LogLevel::Info) const;

    store::Store &m_store;
    StoreWriter &m_writer;
    StoreWriter *m_reader = nullptr;
    SignInService &m_signIns;
    QHash<QString, store::UserRecord> m_users;
    QHash<QString, QString> m_visitorTokens; // visitor token hash -> open conversation id
    struct NewChats {
        qint64 minute = 0; // minutes since the epoch
        int count = 0;
    };
    QHash<QString, NewChats> m_newChats; // per peer address, this minute
    qint64 m_lastPurge = 0;
    void refreshKpiToday();
    std::optional<KpiReport> m_kpiToday;
    qint64 m_lastKpiRefresh = 0;
    bool m_kpiRefreshing = false;
    bool m_kpiChanged = false; // a KPI event was written since the last read began
    HubSettings m_settings;
    std::unique_ptr<bot::OrderDirectory> m_orders;
    routing::SystemClock m_clock;
    routing::RoutingEngine m_engine;
    SignInThrottle m_throttle;
    std::map<QString, std::unique_ptr<Live>> m_open;
    std::map<QString, std::unique_ptr<DeskSession>> m_sessions;
    QHash<QString, QDateTime> m_detachedSince; // agents with no desk, waiting out the grace period
    QHash<QString, Presence> m_chosenPresence;
    QTimer m_tick;
    QJsonArray m_lastQueues;
    qint64 m_enqueueOrder = 0;
    int m_sweepCountdown = 0;
    int m_announceCountdown = 0;
    static constexpr int kSweepsPerReconcile = 10;
    int m_sweepsToReconcile = kSweepsPerReconcile; // sweeps until the next comparison with the rows
    bool m_stealRunning = false;
    QHash<QString, Hosted> m_hosted;
    std::optional<std::pair<QString, std::optional<store::AttachmentRecord>>> m_fileLookedUp; // id, its row
    QHash<QString, OtherAgent> m_othersAgents;                    // agents signed in through other routers
    QHash<QString, std::pair<int, int>> m_othersWaiting;           // queue -> waiting, longest wait (s)
    QHash<QString, store::ConversationRecord> m_othersOpen;        // for the board: chats other routers serve
    bool m_figuresRunning = false;
    std::unique_ptr<store::StoreNotifier> m_notifier;
    qint64 m_lastHeartbeatOk = 0; // ms since the epoch
    bool m_sweepRunning = false;
    bool m_shuttingDown = false;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<OfflineMessageService> m_offline;
    std::unique_ptr<WebhookDispatcher> m_webhooks;
    std::unique_ptr<TranscriptMailer> m_mailer;
    std::unique_ptr<ConsultService> m_consults;
    std::unique_ptr<SupervisorService> m_supervisors; // last: it refers to everything above
};

} // namespace handoff::server
