#include "client/DeskSession.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QUuid>
#include <QJsonDocument>
#include <QDir>
#include <QJsonArray>

namespace handoff {

using protocol::Envelope;
using protocol::ErrorCode;

DeskSession::DeskSession(QObject *parent)
    : QObject(parent)
    , m_outbox(&m_cache, &m_connection)
{
    m_consultThread.setThread(QStringLiteral("consult"));
    connect(&m_connection, &DeskConnection::eventReceived, this, &DeskSession::onEvent);
    connect(&m_connection, &DeskConnection::signedIn, this, &DeskSession::onSignedIn);
    connect(
        &m_outbox, &Outbox::itemChanged, this, [this](const OutboxItem &item) { m_transcript.updateOutboxItem(item); });
    connect(&m_outbox, &Outbox::delivered, this, &DeskSession::applyMessage);
    connect(&m_connection, &DeskConnection::stateChanged, this, [this](ConnectionState s) {
        if (s != ConnectionState::Connected)
            m_typingSent.clear();
        if (s != ConnectionState::Connected && !m_typing.isEmpty()) {
            const auto typing = m_typing;
            m_typing.clear();
            for (const QString &id : typing)
                emit visitorTypingChanged(id, false);
        }
    });
}

DeskSession::~DeskSession() = default;

QString DeskSession::displayName() const
{
    const QString name = m_connection.user().displayName;
    return name.isEmpty() ? m_connection.userName() : name;
}

bool DeskSession::openCacheFor(const QString &server, const QString &user)
{
    const QString path = m_cacheDir.isEmpty() ? LocalCache::defaultPath(server, user)
                                              : QDir(m_cacheDir).filePath(LocalCache::fileNameFor(server, user));
    if (m_cache.isOpen() && m_cache.path() == path)
        return true;
    QString error;
    if (!m_cache.open(path, &error)) {
        emit cacheError(error);
        return false;
    }
    // Received files beside it, one directory per cache file: "cache-<server>-<user>.db.files".
    m_attachments.cache()->setDirectory(path + QStringLiteral(".files"));
    loadFromCache();
    return true;
}

void DeskSession::loadFromCache()
{
    QList<MyChatsModel::Chat> chats;
    const auto cached = m_cache.openChats();
    for (const LocalCache::OpenChat &c : cached) {
        MyChatsModel::Chat chat;
        chat.conversation = c.conversation;
        chat.lastVisitorAt = c.conversation.lastVisitorAt;
        chat.lastReplyAt = c.lastReplyAt;
        if (c.lastMessage) {
            chat.lastLine = c.lastMessage->text;
            chat.lastAuthor = c.lastMessage->author;
            chat.lastActivityAt = c.lastMessage->at;
        }
        chats << chat;
    }
    m_myChats.setChats(chats);
    m_canned.setPersonal(m_cache.personalCannedResponses());
    m_offlineMessages.clear(); // another user's or router's messages are not this one's
    m_current.clear();
    m_transcript.clear();
    m_fields.clear();
}

void DeskSession::signIn(const QString &server, const QString &user, const QString &password)
{
    m_transcript.setMyUserId(user);
    m_consultThread.setMyUserId(user);
    m_consults.setMyUserId(user);
    openCacheFor(server, user);
    m_connection.signInWithPassword(server, user, password);
}

void DeskSession::signInWithToken(const QString &server, const QString &user, const QString &token)
{
    m_transcript.setMyUserId(user);
    m_consultThread.setMyUserId(user);
    m_consults.setMyUserId(user);
    openCacheFor(server, user);
    m_connection.signInWithToken(server, user, token);
}

void DeskSession::signOut()
{
    m_connection.signOut();
}

void DeskSession::onSignedIn(bool resumed)
{
    Q_UNUSED(resumed);
    m_transcript.setMyUserId(userId());
    m_consultThread.setMyUserId(userId());
    m_consults.setMyUserId(userId());
    if (m_capacity == 0)
        m_capacity = m_connection.user().capacity;
    m_outbox.resendUnsent();
    m_attachments.retry(); // files that waited for the router, or failed while it was away
    refreshCannedResponses();
    refreshOfflineMessages(); // events missed while away are not replayed for every router
    if (m_watchColleagues)
        sendWatchColleagues(); // a new session on the router knows nothing of the watch
}

std::optional<ConversationSummary> DeskSession::conversation(const QString &id) const
{
    if (auto chat = m_myChats.chat(id))
        return chat->conversation;
    if (auto offer = m_offers.offer(id))
        return offer->conversation;
    if (id.isEmpty() || !m_cache.isOpen())
        return std::nullopt;
    return m_cache.conversation(id);
}

void DeskSession::openConversation(const QString &conversationId)
{
    m_current = conversationId;
    if (conversationId.isEmpty()) {
        m_transcript.clear();
        m_consultThread.clear();
        m_fields.clear();
        m_history.clear();
        emit conversationOpened(QString());
        return;
    }
    const auto summary = conversation(conversationId);
    // Only the newest page: a transcript of thousands of lines opens as fast as a short one.
    QList<ChatMessage> messages = m_cache.recentMessages(conversationId, kTranscriptPage + 1);
    const bool earlier = messages.size() > kTranscriptPage;
    if (earlier)
        messages.removeFirst();
    if (messages.isEmpty())
        if (auto offer = m_offers.offer(conversationId))
            messages = offer->messages; // a preview of an offered chat before accepting it
    QList<OutboxItem> outbox = m_cache.outboxItems(conversationId);
    if (earlier) // delivered lines older than the page are among the messages not loaded yet
        outbox.removeIf([&](const OutboxItem &o) {
            return o.state == DeliveryState::Sent && o.createdAt < messages.first().at;
        });
    m_transcript.setConversation(summary, messages, outbox, earlier);
    m_consultThread.setConversation(summary, messages, {});
    m_fields.setConversation(summary);
    if (summary && summary->state == ConversationState::Closed)
        askRating(conversationId);
    m_myChats.markRead(conversationId);
    refreshCustomerHistory();
    emit conversationOpened(conversationId);
}

int DeskSession::loadEarlierMessages()
{
    if (!m_transcript.hasEarlier() || m_current.isEmpty())
        return 0;
    QList<ChatMessage> messages
        = m_cache.messagesBefore(m_current, m_transcript.oldestMessageId(), kTranscriptPage + 1);
    const bool more = messages.size() > kTranscriptPage;
    if (more)
        messages.removeFirst();
    m_transcript.prependEarlier(messages, more);
    return int(messages.size());
}

void DeskSession::onEvent(const Envelope &e)
{
    const QJsonObject &d = e.data;
    const QString type = e.type;
    if (onConsultEvent(e))
        return;
    if (type == QLatin1String("snapshot")) {
        applySnapshot(d);
    } else if (type == QLatin1String("offer")) {
        if (auto offer = OfferInfo::fromJson(d)) {
            m_offers.addOffer(*offer);
            emit offerArrived(*offer);
        }
    } else if (type == QLatin1String("offer.withdrawn")) {
        const QString id = d.value(QStringLiteral("conversationId")).toString();
        m_offers.removeOffer(id);
        if (m_current == id && m_myChats.rowOf(id) < 0)
            openConversation(QString());
    } else if (type == QLatin1String("conversation.assigned")) {
        if (auto c = ConversationSummary::fromJson(d.value(QStringLiteral("conversation")).toObject()))
            adoptConversation(*c, messagesFromJson(d.value(QStringLiteral("messages"))));
    } else if (type == QLatin1String("conversation.updated")) {
        if (auto c = ConversationSummary::fromJson(d.value(QStringLiteral("conversation")).toObject())) {
            const bool mine = m_myChats.rowOf(c->id) >= 0;
            m_cache.saveConversation(*c, mine);
            if (mine)
                m_myChats.upsert(*c);
            if (c->id == m_current) {
                const bool newCustomer = m_fields.customer() != c->customer;
                m_fields.setConversation(*c);
                m_transcript.setVisitorName(c->visitorName);
                if (newCustomer) // signed in on the site during the chat
                    refreshCustomerHistory();
            }
            emit conversationUpdated(c->id);
        }
    } else if (type == QLatin1String("conversation.rated")) {
        const QString id = d.value(QStringLiteral("conversationId")).toString();
        if (auto r = VisitorRating::fromJson(d); r && !id.isEmpty()) {
            m_ratings.insert(id, *r);
            emit conversationUpdated(id);
        }
    } else if (type == QLatin1String("conversation.removed")) {
        const QString id = d.value(QStringLiteral("conversationId")).toString();
        const QString reason = d.value(QStringLiteral("reason")).toString();
        if (reason == QLatin1String("closed") || reason == QLatin1String("force_closed"))
            keepClosed(id);
        dropConversation(id);
        emit conversationRemoved(id, d.value(QStringLiteral("text")).toString());
    } else if (type == QLatin1String("message")) {
        if (auto m = ChatMessage::fromJson(d.value(QStringLiteral("message")).toObject()))
            applyMessage(*m);
    } else if (type == QLatin1String("typing")) {
        const QString id = d.value(QStringLiteral("conversationId")).toString();
        const bool typing = d.value(QStringLiteral("typing")).toBool();
        const bool was = m_typing.contains(id);
        if (typing)
            m_typing.insert(id);
        else
            m_typing.remove(id);
        if (was != typing)
            emit visitorTypingChanged(id, typing);
    } else if (type == QLatin1String("offline.new")) {
        if (auto m = OfflineMessage::fromJson(d.value(QStringLiteral("message")).toObject())) {
            const bool known = m_offlineMessages.message(m->id).has_value();
            m_offlineMessages.upsert(*m);
            if (!known && !m->isHandled())
                emit offlineMessageArrived(*m);
        }
    } else if (type == QLatin1String("offline.handled")) {
        if (auto m = OfflineMessage::fromJson(d.value(QStringLiteral("message")).toObject()))
            m_offlineMessages.upsert(*m);
    } else if (type == QLatin1String("presence")) {
        const Presence before = m_chosenPresence;
        applyPresence(d);
        if (m_chosenPresence != before)
            emit presenceChangedForMe(m_chosenPresence, d.value(QStringLiteral("reason")).toString());
    } else if (type == QLatin1String("queues")) {
        QList<QueueStatus> queues;
        const QJsonArray a = d.value(QStringLiteral("queues")).toArray();
        for (const QJsonValue &v : a)
            queues << QueueStatus::fromJson(v.toObject());
        m_queues.setQueues(queues);
    } else if (type == QLatin1String("agents.changed")) {
        QList<BoardAgent> agents;
        for (const QJsonValue &v : d.value(QStringLiteral("agents")).toArray())
            agents.append(BoardAgent::fromJson(v.toObject()));
        if (m_watchColleagues && !agents.isEmpty())
            emit colleaguesChanged(agents);
    }
}

void DeskSession::applyPresence(const QJsonObject &d)
{
    m_presence = presenceFromString(d.value(QStringLiteral("presence")).toString()).value_or(m_presence);
    m_chosenPresence = presenceFromString(d.value(QStringLiteral("chosen")).toString()).value_or(m_presence);
    if (d.contains(QStringLiteral("load")))
        m_load = d.value(QStringLiteral("load")).toInt();
    if (d.contains(QStringLiteral("capacity")))
        m_capacity = d.value(QStringLiteral("capacity")).toInt();
    emit presenceChanged(m_presence, m_load, m_capacity);
}

void DeskSession::applySnapshot(const QJsonObject &d)
{
    applyPresence(d);
    QSet<QString> stillMine;
    const QJsonArray conversations = d.value(QStringLiteral("conversations")).toArray();
    for (const QJsonValue &v : conversations) {
        const QJsonObject o = v.toObject();
        if (auto c = ConversationSummary::fromJson(o.value(QStringLiteral("conversation")).toObject())) {
            stillMine.insert(c->id);
            adoptConversation(*c, messagesFromJson(o.value(QStringLiteral("messages"))));
        }
    }
    // Chats that left my desk while I was away (closed, reassigned) are no longer mine.
    const auto cached = m_cache.openConversations();
    for (const ConversationSummary &c : cached)
        if (!stillMine.contains(c.id))
            dropConversation(c.id);
    QList<OfferInfo> offers;
    const QJsonArray offerArray = d.value(QStringLiteral("offers")).toArray();
    for (const QJsonValue &v : offerArray)
        if (auto o = OfferInfo::fromJson(v.toObject()))
            offers << *o;
    m_offers.setOffers(offers);
    for (const OfferInfo &o : offers)
        emit offerArrived(o);
    QList<QueueStatus> queues;
    const QJsonArray queueArray = d.value(QStringLiteral("queues")).toArray();
    for (const QJsonValue &v : queueArray)
        queues << QueueStatus::fromJson(v.toObject());
    m_queues.setQueues(queues);
    applyConsults(d.value(QStringLiteral("consults")).toArray());
    emit snapshotApplied();
}

void DeskSession::adoptConversation(const ConversationSummary &c, const QList<ChatMessage> &messages)
{
    m_cache.saveConversation(c, true);
    QList<ChatMessage> added;
    for (const ChatMessage &m : messages)
        if (m_cache.saveMessage(m))
            added << m;
    for (const ChatMessage &m : messages)
        m_outbox.noteDelivered(m);
    const bool isNew = m_myChats.rowOf(c.id) < 0;
    m_myChats.upsert(c, m_cache.lastMessage(c.id), m_cache.lastReplyAt(c.id));
    if (!m_myChats.chat(c.id)->consultingFor.isEmpty()) {
        m_myChats.setConsultingFor(c.id, QString()); // handed over to me: mine to answer now
        emit conversationUpdated(c.id);
    }
    if (!isNew && c.id != m_current)
        for (const ChatMessage &m : added)
            m_myChats.noteMessage(m, m.author == AuthorKind::Visitor);
    m_offers.removeOffer(c.id);
    if (c.id == m_current) {
        m_fields.setConversation(c);
        refreshCustomerHistory();
        m_transcript.setVisitorName(c.visitorName);
        for (const ChatMessage &m : messages) {
            m_transcript.addMessage(m);
            m_consultThread.addMessage(m);
        }
    }
}

void DeskSession::keepClosed(const QString &id)
{
    auto c = conversation(id);
    if (!c || !m_cache.isOpen())
        return;
    c->state = ConversationState::Closed;
    if (!c->closedAt.isValid())
        c->closedAt = QDateTime::currentDateTimeUtc();
    m_cache.saveConversation(*c, false);
}

void DeskSession::dropConversation(const QString &id)
{
    m_cache.setConversationOpen(id, false);
    m_myChats.remove(id);
    m_offers.removeOffer(id);
    if (m_typing.remove(id))
        emit visitorTypingChanged(id, false);
    if (id == m_current)
        openConversation(QString());
}

void DeskSession::applyMessage(const ChatMessage &m)
{
    const bool isNew = m_cache.saveMessage(m);
    m_outbox.noteDelivered(m);
    if (m.author == AuthorKind::Visitor && m_typing.remove(m.conversationId))
        emit visitorTypingChanged(m.conversationId, false);
    if (isNew) {
        const bool mine = m.author == AuthorKind::Agent && m.authorId == userId();
        m_myChats.noteMessage(m, m.conversationId != m_current && !mine);
    }
    m_transcript.addMessage(m);
    m_consultThread.addMessage(m);
    if (isNew)
        emit messageArrived(m);
}

std::optional<VisitorRating> DeskSession::rating(const QString &conversationId) const
{
    const auto it = m_ratings.constFind(conversationId);
    return it == m_ratings.cend() ? std::nullopt : std::optional<VisitorRating>(*it);
}

QList<ChatMessage> DeskSession::allMessages(const QString &conversationId) const
{
    return m_cache.messages(conversationId);
}

void DeskSession::askRating(const QString &conversationId)
{
    if (m_ratings.contains(conversationId) || m_ratingsAsked.contains(conversationId) || !m_connection.isSignedIn())
        return;
    m_ratingsAsked.insert(conversationId);
    m_connection.request(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), conversationId}},
                         [this, conversationId](const Envelope &reply) {
                             if (reply.isError()) {
                                 m_ratingsAsked.remove(conversationId); // asked again the next time it is opened
                                 return;
                             }
                             if (auto r = VisitorRating::fromJson(reply.data.value(QStringLiteral("rating")).toObject())) {
                                 m_ratings.insert(conversationId, *r);
                                 emit conversationUpdated(conversationId);
                             }
                         });
}

void DeskSession::simpleRequest(const QString &type, const QJsonObject &data, Done done)
{
    m_connection.request(type, data, [done](const Envelope &reply) {
        if (done)
            done(reply.isError() ? reply.errorMessage() : QString());
    });
}

void DeskSession::acceptOffer(const QString &conversationId, Done done)
{
    m_connection.request(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), conversationId } },
        [this, conversationId, done](const Envelope &reply) {
            if (reply.isError()) {
                if (reply.errorCode() == ErrorCode::Conflict || reply.errorCode() == ErrorCode::NotFound)
                    m_offers.removeOffer(conversationId);
                if (done)
                    done(reply.errorMessage());
                return;
            }
            if (auto c = ConversationSummary::fromJson(reply.data.value(QStringLiteral("conversation")).toObject()))
                adoptConversation(*c, messagesFromJson(reply.data.value(QStringLiteral("messages"))));
            m_offers.removeOffer(conversationId);
            openConversation(conversationId);
            if (done)
                done(QString());
        });
}

void DeskSession::declineOffer(const QString &conversationId, Done done)
{
    m_connection.request(QStringLiteral("offer.decline"), { { QStringLiteral("conversationId"), conversationId } },
        [this, conversationId, done](const Envelope &reply) {
            if (!reply.isError() || reply.errorCode() == ErrorCode::NotFound)
                m_offers.removeOffer(conversationId);
            if (m_current == conversationId && m_myChats.rowOf(conversationId) < 0)
                openConversation(QString());
            if (done)
                done(reply.isError() && reply.errorCode() != ErrorCode::NotFound ? reply.errorMessage() : QString());
        });
}

QString DeskSession::textProblem(const QString &trimmed)
{
    if (trimmed.isEmpty())
        return tr("Type a message first.");
    if (trimmed.size() > protocol::kMaxMessageChars)
        return tr("The message is %1 characters long; the limit is %2. Please shorten it.")
            .arg(trimmed.size())
            .arg(protocol::kMaxMessageChars);
    return {};
}

bool DeskSession::send(const QString &conversationId, const QString &text, bool internal, QString *error)
{
    auto setError = [error](const QString &e) {
        if (error)
            *error = e;
        return false;
    };
    const QString trimmed = text.trimmed();
    if (const QString problem = textProblem(trimmed); !problem.isEmpty())
        return setError(problem);
    if (m_myChats.rowOf(conversationId) < 0)
        return setError(tr("This chat is not assigned to you any more."));
    if (const QString agent = consultingFor(conversationId); !agent.isEmpty())
        return setError(tr("You are consulting on %1's chat: only %1 writes to the visitor.").arg(agent));
    if (!m_cache.isOpen())
        return setError(tr("The local cache is not open; nothing was sent."));
    auto item = m_outbox.enqueue(conversationId, trimmed, internal, error);
    if (!item)
        return false;
    if (!internal)
        setTyping(conversationId, false);
    return true;
}

QNetworkAccessManager *DeskSession::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

void DeskSession::sendAttachment(const QString &conversationId, const QString &name, const QByteArray &bytes, Done done)
{
    const auto fail = [done](const QString &why) {
        if (done)
            done(why);
    };
    if (m_myChats.rowOf(conversationId) < 0)
        return fail(tr("This chat is not assigned to you any more."));
    if (const QString agent = consultingFor(conversationId); !agent.isEmpty())
        return fail(tr("You are consulting on %1's chat: only %1 writes to the visitor.").arg(agent));
    if (!m_connection.isSignedIn())
        return fail(tr("Files can only be sent while the router is reachable."));
    if (bytes.isEmpty())
        return fail(tr("%1 is empty.").arg(name));
    if (bytes.size() > kMaxAttachmentBytes)
        return fail(tr("%1 is larger than 10 MB.").arg(name));
    QUrl url = m_connection.httpUrl(QStringLiteral("/api/v1/attachments"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("conversationId"), conversationId);
    query.addQueryItem(QStringLiteral("name"), name);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_connection.token().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setTransferTimeout(60000);
    QNetworkReply *reply = network()->post(request, bytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, conversationId, name, fail, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        if (status != 201) {
            const QString why = answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            return fail(tr("%1 was not sent: %2").arg(name, why.isEmpty() ? reply->errorString() : why));
        }
        const QString id = answer.value(QStringLiteral("attachment")).toObject().value(QStringLiteral("id")).toString();
        m_connection.request(QStringLiteral("message.send"),
            { { QStringLiteral("conversationId"), conversationId },
                { QStringLiteral("clientId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral("text"), QString() }, { QStringLiteral("attachmentId"), id } },
            [name, done](const Envelope &r) {
                if (done)
                    done(r.isError() ? tr("%1 was not sent: %2").arg(name, r.errorMessage()) : QString());
            });
    });
}

void DeskSession::setPresence(Presence p, Done done)
{
    m_connection.request(QStringLiteral("presence.set"), { { QStringLiteral("presence"), toString(p) } },
        [this, p, done](const Envelope &reply) {
            if (!reply.isError()) {
                QJsonObject d = reply.data;
                if (!d.contains(QStringLiteral("chosen")))
                    d.insert(QStringLiteral("chosen"), toString(p));
                if (!d.contains(QStringLiteral("presence")))
                    d.insert(QStringLiteral("presence"), toString(p));
                applyPresence(d);
            }
            if (done)
                done(reply.isError() ? reply.errorMessage() : QString());
        });
}

void DeskSession::transfer(
    const QString &conversationId, const QString &queueId, const QString &agentId, const QString &note, Done done)
{
    QJsonObject data { { QStringLiteral("conversationId"), conversationId } };
    if (!queueId.isEmpty())
        data.insert(QStringLiteral("queueId"), queueId);
    if (!agentId.isEmpty())
        data.insert(QStringLiteral("agentId"), agentId);
    if (!note.trimmed().isEmpty())
        data.insert(QStringLiteral("note"), note.trimmed());
    m_connection.request(
        QStringLiteral("conversation.transfer"), data, [this, conversationId, done](const Envelope &reply) {
            if (!reply.isError()) {
                keepClosed(conversationId);
                dropConversation(conversationId);
            }
            if (done)
                done(reply.isError() ? reply.errorMessage() : QString());
        });
}

void DeskSession::fetchColleagues(ColleaguesDone done)
{
    m_connection.request(QStringLiteral("agents.list"), {}, [done](const Envelope &reply) {
        QList<BoardAgent> agents;
        if (!reply.isError())
            for (const QJsonValue &v : reply.data.value(QStringLiteral("agents")).toArray())
                agents.append(BoardAgent::fromJson(v.toObject()));
        done(agents, reply.isError() ? reply.errorMessage() : QString());
    });
}

void DeskSession::refreshCustomerHistory()
{
    const QString id = m_current;
    const bool mine = m_myChats.rowOf(id) >= 0;
    if (id.isEmpty() || (!mine && m_connection.user().role != Role::Supervisor)) {
        m_history.clear();
        return;
    }
    if (m_history.conversationId() != id)
        m_history.clear();
    m_connection.request(QStringLiteral("customer.history"), {{QStringLiteral("conversationId"), id}},
                         [this, id](const Envelope &reply) {
                             if (!reply.isError() && id == m_current)
                                 m_history.setHistory(id, reply.data);
                         });
}

void DeskSession::loadOlderCustomerHistory()
{
    const QString id = m_history.conversationId();
    if (id.isEmpty() || id != m_current || !m_history.hasMore())
        return;
    m_connection.request(QStringLiteral("customer.history"),
                         {{QStringLiteral("conversationId"), id}, {QStringLiteral("offset"), m_history.rowCount()}},
                         [this, id](const Envelope &reply) {
                             if (!reply.isError() && id == m_current)
                                 m_history.appendPage(id, reply.data);
                         });
}

void DeskSession::fetchEarlierConversation(const QString &earlierId, EarlierDone done)
{
    requestConversation({{QStringLiteral("conversationId"), earlierId}, {QStringLiteral("via"), m_current}},
                        std::move(done));
}

void DeskSession::fetchConversation(const QString &conversationId, EarlierDone done)
{
    requestConversation({{QStringLiteral("conversationId"), conversationId}}, std::move(done));
}

void DeskSession::requestConversation(const QJsonObject &data, EarlierDone done)
{
    m_connection.request(QStringLiteral("conversation.history"), data, [done](const Envelope &reply) {
        if (reply.isError()) {
            done(std::nullopt, {}, reply.errorMessage());
            return;
        }
        done(ConversationSummary::fromJson(reply.data.value(QStringLiteral("conversation")).toObject()),
             messagesFromJson(reply.data.value(QStringLiteral("messages"))), QString());
    });
}

void DeskSession::searchCustomers(const QString &query, CustomerSearchDone done)
{
    m_connection.request(QStringLiteral("customer.search"), {{QStringLiteral("query"), query}},
                         [done](const Envelope &reply) {
                             QList<CustomerHit> hits;
                             for (const QJsonValue &v : reply.data.value(QStringLiteral("conversations")).toArray()) {
                                 const auto c = EarlierConversation::fromJson(v.toObject());
                                 const auto who = CustomerIdentity::fromJson(
                                     v.toObject().value(QStringLiteral("customer")).toObject());
                                 if (c && who)
                                     hits.append({*c, *who});
                             }
                             done(hits, reply.data.value(QStringLiteral("more")).toBool(),
                                  reply.isError() ? reply.errorMessage() : QString());
                         });
}

void DeskSession::watchColleagues(bool on)
{
    if (m_watchColleagues == on)
        return;
    m_watchColleagues = on;
    sendWatchColleagues();
}

void DeskSession::sendWatchColleagues()
{
    // Not connected: nothing is sent, and the next sign-in sends it.
    m_connection.request(QStringLiteral("agents.watch"), { { QStringLiteral("watch"), m_watchColleagues } }, {});
}

void DeskSession::closeConversation(
    const QString &conversationId, const QString &disposition, const QString &note, Done done)
{
    QJsonObject data { { QStringLiteral("conversationId"), conversationId },
        { QStringLiteral("disposition"), disposition.isEmpty() ? QStringLiteral("resolved") : disposition } };
    if (!note.trimmed().isEmpty())
        data.insert(QStringLiteral("note"), note.trimmed());
    m_connection.request(
        QStringLiteral("conversation.close"), data, [this, conversationId, done](const Envelope &reply) {
            if (!reply.isError())
                dropConversation(conversationId);
            if (done)
                done(reply.isError() ? reply.errorMessage() : QString());
        });
}

void DeskSession::setTyping(const QString &conversationId, bool typing)
{
    if (conversationId.isEmpty() || !m_connection.isSignedIn())
        return;
    // Only changes go on the wire: one frame when typing starts and one when it stops.
    if (m_typingSent.contains(conversationId) == typing)
        return;
    if (typing)
        m_typingSent.insert(conversationId);
    else
        m_typingSent.remove(conversationId);
    m_connection.request(QStringLiteral("typing"),
        { { QStringLiteral("conversationId"), conversationId }, { QStringLiteral("typing"), typing } });
}

QList<SearchHit> DeskSession::searchTranscripts(const QString &words, int limit) const
{
    return m_cache.search(words, limit);
}

void DeskSession::refreshCannedResponses()
{
    m_connection.request(QStringLiteral("canned.list"), {}, [this](const Envelope &reply) {
        if (reply.isError())
            return;
        QList<CannedResponse> list;
        const QJsonArray a = reply.data.value(QStringLiteral("responses")).toArray();
        for (const QJsonValue &v : a)
            list << CannedResponse::fromJson(v.toObject());
        m_canned.setShared(list);
    });
}

void DeskSession::refreshOfflineMessages()
{
    if (!m_connection.isSignedIn())
        return;
    const bool includeHandled = m_offlineMessages.showHandled();
    m_connection.request(QStringLiteral("offline.list"), { { QStringLiteral("includeHandled"), includeHandled } },
        [this, includeHandled](const Envelope &reply) {
            // A reply to a request made before "show handled" changed would drop or hide the wrong rows.
            if (reply.isError() || includeHandled != m_offlineMessages.showHandled())
                return;
            QList<OfflineMessage> list;
            const QJsonArray a = reply.data.value(QStringLiteral("messages")).toArray();
            for (const QJsonValue &v : a)
                if (auto m = OfflineMessage::fromJson(v.toObject()))
                    list << *m;
            m_offlineMessages.setMessages(list);
        });
}

void DeskSession::setShowHandledOfflineMessages(bool on)
{
    if (on == m_offlineMessages.showHandled())
        return;
    m_offlineMessages.setShowHandled(on);
    refreshOfflineMessages();
}

void DeskSession::markOfflineHandled(const QString &id, Done done)
{
    m_connection.request(
        QStringLiteral("offline.handle"), { { QStringLiteral("id"), id } }, [this, id, done](const Envelope &reply) {
            if (!reply.isError()) {
                if (auto m = OfflineMessage::fromJson(reply.data.value(QStringLiteral("message")).toObject()))
                    m_offlineMessages.upsert(*m);
                if (done)
                    done(QString());
                return;
            }
            QString error = reply.errorMessage();
            if (reply.errorCode() == ErrorCode::Conflict) {
                // The router names who was quicker; say it in the desk's own words when it can.
                QString by = reply.data.value(QStringLiteral("handledByName")).toString();
                if (by.isEmpty())
                    by = reply.data.value(QStringLiteral("handledBy")).toString();
                if (!by.isEmpty())
                    error = tr("Already handled by %1.").arg(by);
                else if (error.isEmpty())
                    error = tr("Someone else has already handled this message.");
                refreshOfflineMessages();
            } else if (reply.errorCode() == ErrorCode::NotFound) {
                m_offlineMessages.remove(id);
                if (error.isEmpty())
                    error = tr("This message is no longer there.");
            }
            if (done)
                done(error);
        });
}

bool DeskSession::addPersonalCannedResponse(const CannedResponse &c)
{
    if (!m_cache.savePersonalCannedResponse(c))
        return false;
    m_canned.setPersonal(m_cache.personalCannedResponses());
    return true;
}

bool DeskSession::removePersonalCannedResponse(const QString &id)
{
    if (!m_cache.removePersonalCannedResponse(id))
        return false;
    m_canned.setPersonal(m_cache.personalCannedResponses());
    return true;
}

PlaceholderFiller DeskSession::fillerFor(const QString &conversationId) const
{
    PlaceholderFiller f;
    f.setValue(QStringLiteral("agent.name"), displayName());
    if (const auto c = conversation(conversationId)) {
        f.setValue(QStringLiteral("visitor.name"), c->visitorName);
        f.setValue(QStringLiteral("conversation.topic"), c->topic);
        if (c->handoff) {
            f.setValue(QStringLiteral("page"), c->handoff->page);
            for (const BotField &field : c->handoff->fields)
                f.setValue(field.name, field.value);
        }
    }
    return f;
}

} // namespace handoff
