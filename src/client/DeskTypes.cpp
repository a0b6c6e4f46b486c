#include "client/DeskTypes.h"

#include "protocol/Envelope.h"

#include <QJsonArray>

namespace handoff {

QString toString(DeliveryState v)
{
    switch (v) {
    case DeliveryState::Queued:
        return QStringLiteral("queued");
    case DeliveryState::Sent:
        return QStringLiteral("sent");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

DeliveryState deliveryStateFromString(const QString &s)
{
    if (s == QLatin1String("sent"))
        return DeliveryState::Sent;
    if (s == QLatin1String("failed"))
        return DeliveryState::Failed;
    return DeliveryState::Queued;
}

QueueStatus QueueStatus::fromJson(const QJsonObject &o)
{
    QueueStatus q;
    q.id = o.value(QStringLiteral("id")).toString();
    q.name = o.value(QStringLiteral("name")).toString(q.id);
    q.waiting = o.value(QStringLiteral("waiting")).toInt();
    q.longestWaitSeconds = o.value(QStringLiteral("longestWaitSeconds")).toInt();
    q.agentsAvailable = o.value(QStringLiteral("agentsAvailable")).toInt();
    q.agentsSignedIn = o.value(QStringLiteral("agentsSignedIn")).toInt();
    q.open = o.value(QStringLiteral("open")).toBool(true);
    return q;
}

std::optional<OfferInfo> OfferInfo::fromJson(const QJsonObject &o)
{
    const QJsonObject offer = o.value(QStringLiteral("offer")).toObject();
    auto summary = ConversationSummary::fromJson(o.value(QStringLiteral("conversation")).toObject());
    OfferInfo info;
    info.conversationId = offer.value(QStringLiteral("conversationId")).toString();
    if (info.conversationId.isEmpty() && summary)
        info.conversationId = summary->id;
    if (info.conversationId.isEmpty())
        return std::nullopt;
    info.offeredAt = fromIsoUtc(offer.value(QStringLiteral("offeredAt")).toString());
    info.expiresAt = fromIsoUtc(offer.value(QStringLiteral("expiresAt")).toString());
    if (summary)
        info.conversation = *summary;
    else
        info.conversation.id = info.conversationId;
    info.messages = messagesFromJson(o.value(QStringLiteral("messages")));
    return info;
}

std::optional<ConsultInfo> ConsultInfo::fromJson(const QJsonObject &consult, const QJsonObject &conversation)
{
    ConsultInfo k;
    k.conversationId = consult.value(QStringLiteral("conversationId")).toString();
    k.agentId = consult.value(QStringLiteral("agentId")).toString();
    k.consultantId = consult.value(QStringLiteral("consultantId")).toString();
    if (k.conversationId.isEmpty() || k.agentId.isEmpty() || k.consultantId.isEmpty())
        return std::nullopt;
    k.agentName = consult.value(QStringLiteral("agentName")).toString();
    if (k.agentName.isEmpty())
        k.agentName = k.agentId;
    k.consultantName = consult.value(QStringLiteral("consultantName")).toString();
    if (k.consultantName.isEmpty())
        k.consultantName = k.consultantId;
    k.active = consult.value(QStringLiteral("state")).toString() == QLatin1String("active");
    k.canHandOver = consult.value(QStringLiteral("canHandOver")).toBool(true);
    k.expiresAt = fromIsoUtc(consult.value(QStringLiteral("expiresAt")).toString());
    if (auto summary = ConversationSummary::fromJson(conversation))
        k.conversation = *summary;
    else
        k.conversation.id = k.conversationId;
    return k;
}

QJsonObject CannedResponse::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("shortcut"), shortcut },
        { QStringLiteral("title"), title }, { QStringLiteral("category"), category }, { QStringLiteral("text"), text },
        { QStringLiteral("scope"), personal ? QStringLiteral("personal") : QStringLiteral("shared") } };
}

CannedResponse CannedResponse::fromJson(const QJsonObject &o)
{
    CannedResponse c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.shortcut = o.value(QStringLiteral("shortcut")).toString();
    if (c.shortcut.startsWith(QLatin1Char('/')))
        c.shortcut.remove(0, 1);
    c.title = o.value(QStringLiteral("title")).toString();
    c.category = o.value(QStringLiteral("category")).toString();
    c.text = o.value(QStringLiteral("text")).toString();
    c.personal = o.value(QStringLiteral("scope")).toString() == QLatin1String("personal");
    return c;
}

QList<ChatMessage> messagesFromJson(const QJsonValue &array)
{
    QList<ChatMessage> out;
    const QJsonArray a = array.toArray();
    for (const QJsonValue &v : a)
        if (auto m = ChatMessage::fromJson(v.toObject()))
            out.append(*m);
    return out;
}

std::optional<VisitorRating> VisitorRating::fromJson(const QJsonObject &o)
{
    const int rating = o.value(QStringLiteral("rating")).toInt();
    if (rating < 1 || rating > 5)
        return std::nullopt;
    return VisitorRating{rating, o.value(QStringLiteral("comment")).toString().left(protocol::kMaxSurveyCommentChars),
                         fromIsoUtc(o.value(QStringLiteral("at")).toString())};
}

} // namespace handoff
