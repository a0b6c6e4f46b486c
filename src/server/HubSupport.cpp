#include "server/HubSupport.h"

#include "protocol/DomainTypes.h"
#include "bot/VisitorLanguage.h"
#include "server/ClientConnection.h"
#include "server/RequestShape.h"

#include <QCoreApplication>

namespace handoff::server::hub {

QString forVisitor(const QString &language, const char *source)
{
    return bot::VisitorLanguage::translate(language, kHubContext, source);
}

QString visitorLanguage(const store::ConversationRecord &record)
{
    return bot::VisitorLanguage::choose(record.language);
}

QString field(const QJsonObject &data, const char *name)
{
    return data.value(QLatin1String(name)).toString();
}

bool requireId(ClientConnection *c, const Envelope &e, const char *name, QString *out)
{
    if (const auto error = idFieldError(e.data, name, c->visitorLanguage)) {
        c->sendError(e.id, error->code, error->message);
        return false;
    }
    *out = e.data.value(QLatin1String(name)).toString();
    return true;
}

bool requireText(ClientConnection *c, const Envelope &e, const char *name, QString *out)
{
    if (const auto error = textFieldError(e.data, name, c->visitorLanguage)) {
        c->sendError(e.id, error->code, error->message);
        return false;
    }
    *out = e.data.value(QLatin1String(name)).toString();
    return true;
}

qsizetype characterCount(const QString &text)
{
    qsizetype n = text.size();
    for (const QChar ch : text)
        if (ch.isLowSurrogate())
            --n; // the second half of a pair: one character, two UTF-16 units
    return n;
}

ConversationState visibleToVisitor(ConversationState state)
{
    return state == ConversationState::Offered ? ConversationState::Waiting : state;
}

QJsonArray messagesJson(const QList<ChatMessage> &messages, bool includeInternal)
{
    QJsonArray list;
    for (const ChatMessage &m : messages)
        if (includeInternal || !m.internal)
            list.append(m.toJson());
    return list;
}

QJsonObject helloAnswer(const QString &visitorToken, const store::ConversationRecord &record, const QJsonArray &lines)
{
    return {{QStringLiteral("visitorToken"), visitorToken},
            {QStringLiteral("conversationId"), record.id},
            {QStringLiteral("state"), toString(visibleToVisitor(record.state))},
            {QStringLiteral("messages"), lines}};
}

QJsonObject offerJson(const routing::Offer &o)
{
    return {{QStringLiteral("conversationId"), o.conversationId},
            {QStringLiteral("offeredAt"), toIsoUtc(o.offeredAt)},
            {QStringLiteral("expiresAt"), toIsoUtc(o.expiresAt)}};
}

QJsonObject ratingJson(const store::RatingRecord &r)
{
    return {{QStringLiteral("conversationId"), r.conversationId},
            {QStringLiteral("rating"), r.rating},
            {QStringLiteral("comment"), r.comment},
            {QStringLiteral("at"), toIsoUtc(r.at)}};
}

QString availabilityName(routing::Availability a)
{
    switch (a) {
    case routing::Availability::Closed: return QStringLiteral("closed");
    case routing::Availability::NoAgents: return QStringLiteral("no_agents");
    case routing::Availability::Open: break;
    }
    return QStringLiteral("open");
}

QByteArray encodedMessageEvent(const ChatMessage &m)
{
    return QByteArrayLiteral("{\"message\":") + m.toJsonBytes() + '}';
}

} // namespace handoff::server::hub
