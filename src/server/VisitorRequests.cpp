// What a web visitor's page asks for: hello (a new chat or back to one), messages, asking for a
// person, leaving a message, ending the chat.
#include "server/ConversationHub.h"

#include "bot/VisitorLanguage.h"
#include "server/ClientConnection.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"
#include "server/IdentityService.h"
#include "server/OfflineMessageService.h"
#include "server/TranscriptMailer.h"
#include "server/MailMessage.h"
#include "store/SecretToken.h"

#include <QRegularExpression>

namespace handoff::server {

using store::SecretToken;
using namespace hub;

namespace {
const char *const kMessageNotStored
    = QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Your message could not be stored; send it again.");
}

void ConversationHub::visitorHello(ClientConnection *c, const Envelope &e)
{
    c->visitorLanguage = bot::VisitorLanguage::choose(field(e.data, "language").left(35));
    // The browser's stable random id (the page keeps it in localStorage): anonymous history, never proof.
    static const QRegularExpression visitorIdShape(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
    const QString visitorId = field(e.data, "visitorId");
    c->visitorId = visitorIdShape.match(visitorId).hasMatch() ? visitorId : QString();
    const QString identityToken = field(e.data, "identityToken");
    if (!m_identity->enabled()) {
        if (!identityToken.isEmpty())
            logEvent(QStringLiteral("identity token from %1 ignored: no \"identity\" configured").arg(c->peer()));
        visitorHelloChecked(c, e);
        return;
    }
    const bool required = m_identity->settings().required;
    if (identityToken.isEmpty()) {
        if (required) {
            c->sendError(e.id, ErrorCode::Unauthenticated,
                         forVisitor(c->visitorLanguage, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                          "Sign in on the website to chat with us.")));
            return;
        }
        visitorHelloChecked(c, e);
        return;
    }
    c->helloDone = true; // no second hello while the token is checked
    m_identity->check(identityToken.toUtf8(), [this, guard = QPointer<ClientConnection>(c), e,
                                               required](const IdentityTokenVerifier::Result &result) {
        if (!guard)
            return;
        if (result.identity) {
            guard->customer = result.identity;
            guard->identityNote = {{QStringLiteral("verified"), true}, {QStringLiteral("name"), result.identity->name}};
            visitorHelloChecked(guard, e);
            return;
        }
        const QString problem = forVisitor(guard->visitorLanguage, IdentityTokenVerifier::failureText(result.failure));
        const QString code = IdentityTokenVerifier::failureCode(result.failure);
        logEvent(QStringLiteral("identity token from %1 refused: %2").arg(guard->peer(), code), LogLevel::Warning);
        if (required) {
            guard->helloDone = false;
            guard->sendError(e.id, ErrorCode::Unauthenticated, problem + QLatin1Char(' ')
                                 + forVisitor(guard->visitorLanguage,
                                              QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                "Sign in on the website again to chat with us.")));
            return;
        }
        guard->identityNote = {{QStringLiteral("verified"), false},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("message"),
                                problem + QLatin1Char(' ')
                                    + forVisitor(guard->visitorLanguage,
                                                 QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                   "You are chatting without being signed in."))}};
        visitorHelloChecked(guard, e);
    });
}

void ConversationHub::visitorHelloChecked(ClientConnection *c, const Envelope &e)
{
    const QString token = field(e.data, "visitorToken");
    const QString page = field(e.data, "page").left(kMaxPageChars);
    const QString language = field(e.data, "language").left(35);
    c->visitorLanguage = bot::VisitorLanguage::choose(language);
    if (token.size() > 256) {
        c->sendError(e.id, ErrorCode::Invalid,
                     forVisitor(c->visitorLanguage, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                      "Field \"visitorToken\" is too long.")));
        return;
    }
    c->helloDone = true;
    if (!token.isEmpty()) {
        const QString hash = SecretToken::hash(token);
        if (Live *l = find(m_visitorTokens.value(hash))) {
            attachVisitor(c, e.id, *l, token, true);
            return;
        }
        // Not open: a closed chat, or a token the router never made. The store is asked (on the reader, once
        // every write decided so far is on disk, so a chat that closed a moment ago is found closed).
        struct Known {
            std::optional<store::ConversationRecord> record;
            QList<ChatMessage> messages; // of a closed one
            bool rated = false;
        };
        auto known = std::make_shared<Known>();
        readFor(
            c,
            [known, hash](store::Store &s) {
                known->record = s.conversationForVisitor(hash);
                if (known->record && known->record->state == ConversationState::Closed) {
                    known->messages = s.messages(known->record->id);
                    known->rated = s.rating(known->record->id).has_value();
                }
                return true;
            },
            [this, guard = QPointer<ClientConnection>(c), re = e.id, known, token, page, language](bool) {
                if (!guard)
                    return;
                const auto &record = known->record;
                if (record && record->state == ConversationState::Closed) {
                    // The visitor sees the ended chat again; "start a new chat" is a hello without a token.
                    // It may still be rated, unless it has been.
                    QJsonObject answer = helloAnswer(token, *record, messagesJson(known->messages, false));
                    if (surveyOffered(record->queueId, record->agentId))
                        addSurveyState(answer, *record, known->rated);
                    addTranscriptMailOffer(answer, *record);
                    guard->ended = {record->id, record->queueId, record->agentId};
                    if (!guard->identityNote.isEmpty())
                        answer.insert(QStringLiteral("identity"), guard->identityNote);
                    guard->sendOk(re, answer);
                    logEvent(QStringLiteral("visitor back to closed %1 from %2").arg(record->id, guard->peer()));
                    return;
                }
                if (Live *l = record ? find(record->id) : nullptr) {
                    attachVisitor(guard, re, *l, token, true);
                    return;
                }
                if (record && clustered()) {
                    // Open, but not here: another router serves it, or served it and is gone.
                    resumeVisitorElsewhere(guard, re, *record, token);
                    return;
                }
                // An unknown token is replaced: tokens are made by the router only.
                startVisitor(guard, re, page, language);
            });
        return;
    }
    startVisitor(c, e.id, page, language);
}

void ConversationHub::startVisitor(ClientConnection *c, const QString &re, const QString &page, const QString &language)
{
    // Every new chat costs a stored conversation and a bot: one address may start only so many a minute.
    const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60;
    NewChats &recent = m_newChats[c->peerAddress()];
    if (recent.minute != minute)
        recent = {minute, 0};
    if (++recent.count > m_settings.limits.maxNewChatsPerMinute) {
        if (recent.count == m_settings.limits.maxNewChatsPerMinute + 1)
            logEvent(QStringLiteral("new chats refused for %1: more than %2 this minute")
                         .arg(c->peerAddress())
                         .arg(m_settings.limits.maxNewChatsPerMinute), LogLevel::Warning);
        c->helloDone = false;
        c->sendError(re, ErrorCode::RateLimited,
                     forVisitor(c->visitorLanguage,
                                QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                  "Too many new chats from your address; try again in a minute.")));
        c->close(WebSocketChannel::PolicyViolated, Text::tr("too many new chats"));
        return;
    }
    const QString visitorToken = SecretToken::generate(32);
    Live *l = newConversation(SecretToken::hash(visitorToken), page, language, c->customer, c->visitorId);
    attachVisitor(c, re, *l, visitorToken, false);
}

void ConversationHub::attachVisitor(ClientConnection *c, const QString &re, Live &live, const QString &visitorToken,
                                    bool resumed)
{
    Live *l = &live;
    c->conversationId = l->record.id;
    // A chat goes on in the language it started in, whatever a reloaded page says now.
    c->visitorLanguage = visitorLanguage(l->record);
    l->visitors.append(c);
    l->visitorGoneSince = QDateTime();
    if (resumed && adoptIdentity(*l, c->customer, c->visitorId))
        save(*l);
    QJsonObject answer = helloAnswer(visitorToken, l->record, messagesJson(l->messages, false));
    if (!c->identityNote.isEmpty())
        answer.insert(QStringLiteral("identity"), c->identityNote);
    c->sendOk(re, answer);
    logEvent(QStringLiteral("visitor %1: %2 from %3").arg(resumed ? QStringLiteral("back") : QStringLiteral("new"),
                                                          l->record.id, c->peer()));
    if (resumed && l->record.state != ConversationState::Bot) {
        const ConversationState state = l->record.state;
        if (state == ConversationState::Assigned)
            c->send(Envelope::event(QStringLiteral("agent.joined"), {{QStringLiteral("agentName"), l->record.agentName}}));
        sendStatus(*l, false);
        if ((state == ConversationState::Waiting || state == ConversationState::Offered)) {
            const auto availability = m_engine.availability(l->record.queueId);
            if (availability != routing::Availability::Open)
                c->send(Envelope::event(QStringLiteral("offline"),
                                        {{QStringLiteral("reason"), availabilityName(availability)},
                                         {QStringLiteral("notice"), visitorNotice(l->record.queueId, availability, c->visitorLanguage)}}));
            else if (l->record.formOfferedAt.isValid()) // a reloaded page shows the form it was offered again
                c->send(Envelope::event(QStringLiteral("offline"), {{QStringLiteral("reason"), QStringLiteral("timeout")},
                                                                    {QStringLiteral("notice"), waitedTooLongNotice(c->visitorLanguage)}}));
        }
    }
}

bool ConversationHub::adoptIdentity(Live &l, const std::optional<CustomerIdentity> &customer, const QString &visitorId)
{
    bool changed = false;
    if (l.record.visitorId.isEmpty() && !visitorId.isEmpty()) {
        l.record.visitorId = visitorId;
        changed = true;
    }
    // A customer who signed in on the site during the chat: the chat becomes theirs. A chat already of
    // another customer stays theirs (one browser, two accounts): the new sign-in is not applied to it.
    if (customer && !l.record.customer) {
        l.record.customer = customer;
        changed = true;
        if (l.record.state == ConversationState::Assigned)
            toUser(l.record.agentId, QStringLiteral("conversation.updated"),
                   {{QStringLiteral("conversation"), l.record.summary().toJson()}});
    } else if (customer && l.record.customer->subject != customer->subject) {
        logEvent(QStringLiteral("identity of %1 kept: another customer signed in on its page").arg(l.record.id),
                 LogLevel::Warning);
    }
    return changed;
}

void ConversationHub::visitorMessage(ClientConnection *c, Live &l, const Envelope &e)
{
    QString clientId;
    ChatMessage m;
    m.author = AuthorKind::Visitor;
    if (!requireId(c, e, "clientId", &clientId) || !readMessageContent(c, e, l, &m))
        return;
    m.conversationId = l.record.id;
    m.clientId = clientId;
    m.authorName = l.record.visitorName;
    const QString text = m.text;
    if (l.byClientKey.contains(Live::clientKey(m))) {
        storeMessage(l, m, [sender = QPointer<ClientConnection>(c), re = e.id](const std::optional<ChatMessage> &first, bool) {
            if (sender && first)
                sender->sendOk(re, {{QStringLiteral("message"), first->toJson()}});
        });
        return;
    }
    // Who hears of it is decided now (the other tabs, the agent it is assigned to now); they hear it, and
    // the sender gets its `ok`, once it is on disk. The message alone is written: lastVisitorAt is derived.
    QList<QPointer<ClientConnection>> otherTabs;
    for (const auto &v : l.visitors)
        if (v && v != c)
            otherTabs << v;
    const QString agent = l.record.state == ConversationState::Assigned ? l.record.agentId : QString();
    storeMessage(l, m,
                 [this, sender = QPointer<ClientConnection>(c), re = e.id, otherTabs, agent,
                  language = c->visitorLanguage](
                     const std::optional<ChatMessage> &stored, bool) {
                     if (!stored) {
                         if (sender)
                             sender->sendError(re, ErrorCode::Unavailable,
                                               forVisitor(language, kMessageNotStored));
                         return;
                     }
                     // One encoding for the sender's ok, the other tabs and the agent's desks.
                     const QByteArray event = encodedMessageEvent(*stored);
                     if (sender)
                         sender->sendOkEncoded(re, event);
                     toConnectionsEncoded(otherTabs, QStringLiteral("message"), event);
                     if (!agent.isEmpty())
                         toUserEncoded(agent, QStringLiteral("message"), event);
                 });
    l.record.lastVisitorAt = QDateTime::currentDateTimeUtc();
    if (l.record.state == ConversationState::Bot && l.bot && !text.isEmpty())
        applyBotTurn(l, l.bot->reply(text));
}

void ConversationHub::visitorHandoff(ClientConnection *c, Live &l, const Envelope &e)
{
    // The `ok` leaves once the escalation is on disk (it is sent behind the writes handoffAsked decided).
    handoffAsked(l);
    c->sendOk(e.id);
}

void ConversationHub::handoffAsked(Live &l)
{
    if (l.record.state != ConversationState::Bot)
        return; // already with or waiting for a person
    if (l.bot) {
        bot::BotTurn turn = l.bot->requestHuman();
        if (!turn.handoff || !turn.context) {
            // The bot always hands over on this button; make sure of it even if it said nothing.
            turn.handoff = true;
            HandoffContext ctx;
            ctx.trigger = EscalationTrigger::Explicit;
            ctx.reason = Text::tr("The visitor asked for a person.");
            ctx.lastTopic = l.bot->lastTopic();
            ctx.fields = l.bot->fields();
            ctx.source = QStringLiteral("bot");
            turn.context = ctx;
        }
        applyBotTurn(l, turn);
    }
}

void ConversationHub::visitorLeaveMessage(ClientConnection *c, const store::ConversationRecord &record,
                                          const Envelope &e)
{
    QString text;
    if (!requireText(c, e, "text", &text))
        return;
    const QString name = field(e.data, "name");
    const QString email = field(e.data, "email");
    if (name.size() > 200 || email.size() > 320) {
        c->sendError(e.id, ErrorCode::TooLarge,
                     forVisitor(c->visitorLanguage, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                      "The name or e-mail address is too long.")));
        return;
    }
    store::OfflineMessageRecord m;
    m.conversationId = record.id;
    m.name = name;
    m.email = email;
    m.text = text;
    m.queueId = record.queueId;
    m.at = QDateTime::currentDateTimeUtc();
    m.id = m_store.addOfflineMessage(m);
    if (m.id == 0) {
        c->sendError(e.id, ErrorCode::Unavailable, forVisitor(c->visitorLanguage, kMessageNotStored));
        return;
    }
    logEvent(QStringLiteral("offline message %1 left in %2").arg(m.id).arg(record.id));
    c->sendOk(e.id, {{QStringLiteral("id"), QString::number(m.id)}});
    m_offline->messageLeft(m);
}

void ConversationHub::visitorEnd(ClientConnection *c, Live &l, const Envelope &e)
{
    c->sendOk(e.id);
    endedByVisitor(l);
}

void ConversationHub::endedByVisitor(Live &l)
{
    const QString agent = l.record.state == ConversationState::Assigned ? l.record.agentId : QString();
    const store::ConversationRecord closed =
        closeConversation(l, QStringLiteral("visitor"), QString(), QStringLiteral("visitor_left"), QString());
    if (!agent.isEmpty())
        toUser(agent, QStringLiteral("conversation.updated"), {{QStringLiteral("conversation"), closed.summary().toJson()}});
}

bool ConversationHub::surveyOffered(const QString &queueId, const QString &agentId) const
{
    if (agentId.isEmpty())
        return false; // the bot alone, or nobody answered: nothing to rate
    const routing::QueueDefinition *q = m_engine.config().queue(queueId);
    return !q || q->survey;
}

void ConversationHub::addSurveyState(QJsonObject &data, const store::ConversationRecord &closed, bool answered) const
{
    // Web visitors only: an API handoff's visitor is on the other bot's page.
    if (!closed.visitorTokenHash.isEmpty() && surveyOffered(closed.queueId, closed.agentId))
        data.insert(QStringLiteral("survey"), answered ? QStringLiteral("answered") : QStringLiteral("ask"));
}

void ConversationHub::visitorSurvey(ClientConnection *c, const Envelope &e)
{
    const auto refuse = [&](ErrorCode code, const char *text) {
        c->sendError(e.id, code, forVisitor(c->visitorLanguage, text));
    };
    // Only the chat this page saw end, and only when it is asked: a chat still open has nothing to rate.
    const ClientConnection::Ended ended = c->ended;
    if (ended.id.isEmpty() || !surveyOffered(ended.queueId, ended.agentId)) {
        refuse(ErrorCode::Conflict,
               QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "There is no ended chat to rate here."));
        return;
    }
    if (c->ended.answered) {
        refuse(ErrorCode::Conflict, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "You have rated this chat already."));
        return;
    }
    const QJsonValue ratingValue = e.data.value(QStringLiteral("rating"));
    const double rating = ratingValue.toDouble(0);
    if (!ratingValue.isDouble() || rating != std::floor(rating) || rating < 1 || rating > 5) {
        refuse(ErrorCode::Invalid,
               QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Field \"rating\" must be a whole number from 1 to 5."));
        return;
    }
    const QJsonValue commentValue = e.data.value(QStringLiteral("comment"));
    if (!commentValue.isUndefined() && !commentValue.isNull() && !commentValue.isString()) {
        refuse(ErrorCode::Invalid, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Field \"comment\" must be text."));
        return;
    }
    const QString comment = commentValue.toString().trimmed();
    if (comment.size() > protocol::kMaxSurveyCommentChars) {
        refuse(ErrorCode::TooLarge,
               QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "The comment is too long (1000 characters at most)."));
        return;
    }
    store::RatingRecord r;
    r.conversationId = ended.id;
    r.rating = static_cast<int>(rating);
    r.comment = comment;
    r.queueId = ended.queueId;
    r.agentId = ended.agentId;
    r.at = QDateTime::currentDateTimeUtc();
    c->ended.answered = true;
    auto outcome = std::make_shared<store::Store::RatingSaved>(store::Store::RatingSaved::Failed);
    auto conversation = std::make_shared<std::optional<store::ConversationRecord>>();
    const bool announced = m_webhooks->wants(QStringLiteral("conversation.rated"));
    write(
        [r, outcome, conversation, announced](store::Store &s) {
            *outcome = s.addRating(r);
            if (announced && *outcome == store::Store::RatingSaved::Saved)
                *conversation = s.conversation(r.conversationId); // for the webhook event
            return *outcome != store::Store::RatingSaved::Failed;
        },
        [this, guard = QPointer<ClientConnection>(c), re = e.id, r, outcome, conversation,
            language = c->visitorLanguage](bool ok) {
            if (!ok || *outcome == store::Store::RatingSaved::Failed) {
                if (guard) {
                    guard->ended.answered = false; // nothing was stored: the visitor may send it again
                    guard->sendError(re, ErrorCode::Unavailable,
                                     forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                            "Your rating could not be stored; send it again.")));
                }
                return;
            }
            if (*outcome == store::Store::RatingSaved::AlreadyRated) {
                if (guard)
                    guard->sendError(re, ErrorCode::Conflict,
                                     forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                            "You have rated this chat already.")));
                return;
            }
            logEvent(QStringLiteral("rated: %1 %2/5").arg(r.conversationId).arg(r.rating));
            const QJsonObject rated = ratingJson(r);
            if (guard)
                guard->sendOk(re, {{QStringLiteral("rating"), rated}});
            // The agent's desk shows it with the closed chat.
            toUser(r.agentId, QStringLiteral("conversation.rated"), rated);
            if (clustered())
                publish(QStringLiteral("rated"), r.conversationId,
                        {{QStringLiteral("agent"), r.agentId}, {QStringLiteral("rating"), rated}});
            if (*conversation)
                m_webhooks->conversationEvent(QStringLiteral("conversation.rated"), **conversation,
                    { { QStringLiteral("rating"), rated } });
        });
}

void ConversationHub::addTranscriptMailOffer(QJsonObject &data, const store::ConversationRecord &closed) const
{
    // Web visitors only, as the survey: an API handoff's visitor is on the other bot's page.
    if (m_mailer->enabled() && !closed.visitorTokenHash.isEmpty())
        data.insert(QStringLiteral("transcriptMail"), true);
}

void ConversationHub::visitorTranscriptMail(ClientConnection *c, const Envelope &e)
{
    const auto refuse = [&](ErrorCode code, const char *text) {
        c->sendError(e.id, code, forVisitor(c->visitorLanguage, text));
    };
    if (!m_mailer->enabled()) {
        refuse(ErrorCode::Unavailable,
               QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "This site does not send transcripts by e-mail."));
        return;
    }
    // Only the chat this page saw end (its own visitor token said hello): never another conversation, never
    // one still open.
    const QString conversationId = c->ended.id;
    if (conversationId.isEmpty()) {
        refuse(ErrorCode::Conflict,
               QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "There is no ended chat to send here."));
        return;
    }
    const QString address = field(e.data, "address").trimmed();
    if (!MailMessage::validAddress(address)) {
        refuse(ErrorCode::Invalid, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                     "Please enter one e-mail address, such as name@example.com."));
        return;
    }
    if (!m_mailer->allow(c->peerAddress())) {
        logEvent(QStringLiteral("transcript mail for %1 refused: hourly limit (%2)").arg(conversationId, c->peer()),
                 LogLevel::Warning);
        refuse(ErrorCode::RateLimited,
               QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Too many e-mail requests; try again later."));
        return;
    }
    store::TranscriptMailRecord m;
    m.conversationId = conversationId;
    m.address = address;
    m.requestedFrom = c->peerAddress();
    m.createdAt = QDateTime::currentDateTimeUtc();
    auto outcome = std::make_shared<store::Store::TranscriptMailQueued>(store::Store::TranscriptMailQueued::Failed);
    // Stored before the visitor hears that it will come: from then on a restart does not lose it.
    write(
        [m, outcome](store::Store &s) {
            *outcome = s.queueTranscriptMail(m, TranscriptMailer::kMaxPerConversation);
            return *outcome != store::Store::TranscriptMailQueued::Failed;
        },
        [this, guard = QPointer<ClientConnection>(c), re = e.id, m, outcome, language = c->visitorLanguage](bool ok) {
            if (!ok || *outcome == store::Store::TranscriptMailQueued::Failed) {
                if (guard)
                    guard->sendError(re, ErrorCode::Unavailable,
                                     forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                            "Your request could not be stored; send it again.")));
                return;
            }
            if (*outcome == store::Store::TranscriptMailQueued::TooMany) {
                if (guard)
                    guard->sendError(re, ErrorCode::Conflict,
                                     forVisitor(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                                            "A chat's transcript can be e-mailed at most %1 times."))
                                         .arg(TranscriptMailer::kMaxPerConversation));
                return;
            }
            logEvent(QStringLiteral("transcript mail of %1 to %2 queued").arg(m.conversationId, TranscriptMailer::masked(m.address)));
            if (guard)
                guard->sendOk(re, {{QStringLiteral("address"), m.address}});
        });
}

} // namespace handoff::server
