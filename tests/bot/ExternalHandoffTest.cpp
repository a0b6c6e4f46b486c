// Handoffs from other bots: our JSON shape and Copilot Studio's `handoff.initiate` activity, with
// the sample activity modelled on Microsoft's published one and broken variants of both.
#include "bot/ExternalHandoff.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::bot;
using ::testing::HasSubstr;

namespace {

QJsonObject load(const char *name)
{
    QFile f(QStringLiteral(HANDOFF_BOT_TEST_DATA "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::string errorOf(const std::variant<ExternalHandoff, MappingError> &result)
{
    if (const auto *e = std::get_if<MappingError>(&result))
        return e->message.toStdString();
    ADD_FAILURE() << "expected a MappingError";
    return {};
}

const ExternalHandoff &ok(const std::variant<ExternalHandoff, MappingError> &result)
{
    if (const auto *e = std::get_if<MappingError>(&result))
        ADD_FAILURE() << e->message.toStdString();
    static const ExternalHandoff empty;
    const auto *h = std::get_if<ExternalHandoff>(&result);
    return h ? *h : empty;
}

} // namespace

// ---- our JSON shape -------------------------------------------------------------------------------

TEST(HandoffRequest, TheDocumentedExampleMapsCompletely)
{
    const QJsonObject body = load("handoff-request.json");
    ASSERT_FALSE(body.isEmpty());
    const auto result = parseHandoffRequest(body);
    const ExternalHandoff &h = ok(result);
    EXPECT_EQ(h.context.source, QStringLiteral("api"));
    EXPECT_EQ(h.context.trigger, EscalationTrigger::Explicit);
    EXPECT_EQ(h.context.reason, QStringLiteral("The visitor wants to cancel an order that has already shipped."));
    EXPECT_EQ(h.context.lastTopic, QStringLiteral("cancel-order"));
    EXPECT_EQ(h.context.language, QStringLiteral("en-GB"));
    EXPECT_EQ(h.context.page, QStringLiteral("https://shop.example.com/orders/A1001"));
    EXPECT_EQ(h.context.agentMessage, QStringLiteral("Offer a return label if cancelling is not possible."));
    EXPECT_EQ(h.visitorName, QStringLiteral("Anna Berg"));
    EXPECT_EQ(h.externalConversationId, QStringLiteral("shopbot-5f2a9c"));
    const QList<BotField> expected { { QStringLiteral("visitor.name"), QStringLiteral("Anna Berg") },
        { QStringLiteral("visitor.email"), QStringLiteral("anna.berg@example.com") },
        { QStringLiteral("loyalty.points"), QStringLiteral("120") },
        { QStringLiteral("order.number"), QStringLiteral("A1001") },
        { QStringLiteral("order.total"), QStringLiteral("59.90 EUR") } };
    EXPECT_EQ(h.context.fields, expected);
    ASSERT_EQ(h.transcript.size(), 3);
    EXPECT_EQ(h.transcript[0].author, AuthorKind::Visitor);
    EXPECT_EQ(h.transcript[0].authorName, QStringLiteral("Anna Berg"));
    EXPECT_EQ(h.transcript[1].author, AuthorKind::Bot);
    EXPECT_EQ(h.transcript[1].at, QDateTime(QDate(2026, 11, 25), QTime(9, 30, 1, 250), Qt::UTC));
    EXPECT_EQ(h.transcript[2].text, QStringLiteral("Then I want to speak to someone"));
    EXPECT_TRUE(h.transcript[2].id.isEmpty()) << "the router assigns ids";
}

TEST(HandoffRequest, FieldsMayBeAListKeepingTheirOrder)
{
    QJsonObject body { { QStringLiteral("reason"), QStringLiteral("Needs a refund approval.") } };
    body.insert(QStringLiteral("fields"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("order.number") },
                         { QStringLiteral("value"), QStringLiteral("B2002") } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("amount") }, { QStringLiteral("value"), 75.25 } } });
    const auto result = parseHandoffRequest(body);
    const ExternalHandoff &h = ok(result);
    EXPECT_EQ(h.context.fields,
        (QList<BotField> { { QStringLiteral("order.number"), QStringLiteral("B2002") },
            { QStringLiteral("amount"), QStringLiteral("75.25") } }));
    EXPECT_EQ(h.context.trigger, EscalationTrigger::External) << "the default trigger";
    EXPECT_TRUE(h.context.at.isValid());
}

TEST(HandoffRequest, MalformedRequestsAreRejectedNamingTheField)
{
    const QJsonObject good = load("handoff-request.json");
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(QString::fromLatin1(key));
        else
            o.insert(QString::fromLatin1(key), v);
        return parseHandoffRequest(o);
    };
    EXPECT_THAT(errorOf(with("reason", QJsonValue::Undefined)), HasSubstr("\"reason\" is missing"));
    EXPECT_THAT(errorOf(with("reason", QStringLiteral("  "))), HasSubstr("\"reason\" is missing"));
    EXPECT_THAT(errorOf(with("trigger", QStringLiteral("angry"))), HasSubstr("\"trigger\" must be one of"));
    EXPECT_THAT(errorOf(with("topic", 5)), HasSubstr("\"topic\" must be a string"));
    EXPECT_THAT(errorOf(with("visitor", QStringLiteral("Anna"))), HasSubstr("\"visitor\" must be an object"));
    EXPECT_THAT(errorOf(with("visitor", QJsonObject { { QStringLiteral("email"), QStringLiteral("not-an-email") } })),
        HasSubstr("\"visitor.email\" is not an email address"));
    EXPECT_THAT(errorOf(with("fields", QStringLiteral("x"))), HasSubstr("\"fields\" must be an object"));
    EXPECT_THAT(errorOf(with("fields", QJsonArray { QJsonObject { { QStringLiteral("value"), 1 } } })),
        HasSubstr("\"fields[0]\" must be an object with a \"name\""));
    EXPECT_THAT(errorOf(with("transcript", QJsonObject {})), HasSubstr("\"transcript\" must be an array"));
    EXPECT_THAT(errorOf(with("transcript",
                    QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("agent") },
                        { QStringLiteral("text"), QStringLiteral("hi") } } })),
        HasSubstr("\"transcript[0].role\" must be \"user\" or \"bot\""));
    EXPECT_THAT(
        errorOf(with("transcript", QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") } } })),
        HasSubstr("\"transcript[0].text\" must be a string"));
    EXPECT_THAT(errorOf(with("transcript",
                    QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                        { QStringLiteral("text"), QStringLiteral("hi") },
                        { QStringLiteral("timestamp"), QStringLiteral("yesterday") } } })),
        HasSubstr("\"transcript[0].timestamp\" must be an ISO 8601 time"));
    EXPECT_THAT(errorOf(with("externalConversationId", QJsonArray {})),
        HasSubstr("\"externalConversationId\" must be a string"));
    EXPECT_THAT(errorOf(with("reason", QString(3000, QLatin1Char('x')))), HasSubstr("\"reason\" is longer than"));
}

// ---- Copilot Studio ----------------------------------------------------------------------------------

TEST(CopilotHandoff, TheSampleActivityMapsCompletely)
{
    const QJsonObject activity = load("copilot-handoff-initiate.json");
    ASSERT_FALSE(activity.isEmpty());
    const auto result = mapCopilotHandoff(activity);
    const ExternalHandoff &h = ok(result);
    EXPECT_EQ(h.context.source, QStringLiteral("copilot-studio"));
    EXPECT_EQ(h.context.trigger, EscalationTrigger::External);
    EXPECT_EQ(h.context.lastTopic, QStringLiteral("Escalate"));
    EXPECT_EQ(h.context.agentMessage, QStringLiteral("Order A1001 was not delivered; the customer wants a person."));
    EXPECT_EQ(h.context.reason,
        QStringLiteral("The Copilot Studio bot handed over: \"Order A1001 was not delivered; "
                       "the customer wants a person.\"."));
    EXPECT_EQ(h.context.language, QStringLiteral("en-US")) << "\"En-US\" in the sample";
    EXPECT_EQ(h.context.at, QDateTime(QDate(2026, 11, 25), QTime(9, 14, 52, 332), Qt::UTC));
    EXPECT_EQ(h.externalConversationId, QStringLiteral("7Kq2mXbRt3uLw9Yz1Aa-eu"));
    EXPECT_EQ(h.visitorName, QStringLiteral("Maria Lopez"));
    EXPECT_EQ(h.context.field(QStringLiteral("OrderNumber")), QStringLiteral("A1001"));
    EXPECT_EQ(h.context.field(QStringLiteral("CustomerEmail")), QStringLiteral("maria.lopez@example.com"));
    EXPECT_EQ(h.context.field(QStringLiteral("ItemsInOrder")), QStringLiteral("3"));
    EXPECT_EQ(h.context.field(QStringLiteral("IsMember")), QStringLiteral("true"));
    EXPECT_EQ(h.context.field(QStringLiteral("copilot.botName")), QStringLiteral("Contoso Shop Assistant"));
    EXPECT_EQ(h.context.field(QStringLiteral("copilot.topics")), QStringLiteral("Track an order, Escalate"));
    EXPECT_EQ(h.context.field(QStringLiteral("copilot.lastPhrase")), QStringLiteral("yes please, talk to an agent"));
    for (const BotField &f : h.context.fields)
        EXPECT_FALSE(f.name.startsWith(QLatin1String("va_"))) << "Copilot's own variables are not visitor fields";

    // Only the messages, in order: no conversationUpdate, typing or trace.
    ASSERT_EQ(h.transcript.size(), 5);
    EXPECT_EQ(h.transcript[0].author, AuthorKind::Visitor);
    EXPECT_EQ(h.transcript[0].text, QStringLiteral("my order never arrived"));
    EXPECT_EQ(h.transcript[0].authorName, QStringLiteral("Maria Lopez"));
    EXPECT_EQ(h.transcript[0].at, QDateTime(QDate(2026, 11, 25), QTime(9, 14, 2, 441), Qt::UTC));
    EXPECT_EQ(h.transcript[1].author, AuthorKind::Bot);
    EXPECT_EQ(h.transcript[2].text, QStringLiteral("A1001"));
    EXPECT_EQ(h.transcript[4].text, QStringLiteral("yes please, talk to an agent"));

    EXPECT_EQ(
        h.relatesTo.value(QStringLiteral("activityId")).toString(), QStringLiteral("7Kq2mXbRt3uLw9Yz1Aa-eu|0000007"));
    EXPECT_EQ(h.relatesTo.value(QStringLiteral("serviceUrl")).toString(),
        QStringLiteral("https://directline.botframework.com/"));
}

TEST(CopilotHandoff, AcceptsTheDocumentedSpellingsInAnyCase)
{
    QJsonObject activity = load("copilot-handoff-initiate.json");
    QJsonObject value;
    value.insert(QStringLiteral("VA_LASTTOPIC"), QStringLiteral("Returns"));
    value.insert(QStringLiteral("va_lastphrases"), QStringLiteral("I want a refund"));
    value.insert(QStringLiteral("va_conversationid"), QStringLiteral("conv-1"));
    value.insert(QStringLiteral("va_language"), QStringLiteral("en-us"));
    value.insert(QStringLiteral("MSCallerId"), QStringLiteral("caller"));
    activity.insert(QStringLiteral("value"), value);
    const auto result = mapCopilotHandoff(activity);
    const ExternalHandoff &h = ok(result);
    EXPECT_EQ(h.context.lastTopic, QStringLiteral("Returns"));
    EXPECT_EQ(h.context.reason, QStringLiteral("The Copilot Studio bot handed over from the topic \"Returns\"."));
    EXPECT_EQ(h.context.field(QStringLiteral("copilot.lastPhrase")), QStringLiteral("I want a refund"));
    EXPECT_EQ(h.context.language, QStringLiteral("en-US"));
    EXPECT_EQ(h.externalConversationId, QStringLiteral("conv-1"));
    EXPECT_TRUE(h.context.field(QStringLiteral("MSCallerId")).isEmpty());
}

TEST(CopilotHandoff, TheTranscriptAttachmentIsFoundByNameInAnyCaseAndMayBeAString)
{
    QJsonObject activity = load("copilot-handoff-initiate.json");
    QJsonObject attachment = activity.value(QStringLiteral("attachments")).toArray().first().toObject();
    attachment.insert(QStringLiteral("name"), QStringLiteral("transcript"));
    attachment.insert(QStringLiteral("content"),
        QString::fromUtf8(QJsonDocument(attachment.value(QStringLiteral("content")).toObject()).toJson()));
    activity.insert(QStringLiteral("attachments"),
        QJsonArray { QJsonObject { { QStringLiteral("contentType"), QStringLiteral("image/png") },
                         { QStringLiteral("name"), QStringLiteral("photo.png") } },
            attachment });
    const auto result = mapCopilotHandoff(activity);
    EXPECT_EQ(ok(result).transcript.size(), 5);
}

TEST(CopilotHandoff, AVeryLongMessageIsSplitNotCut)
{
    QJsonObject activity = load("copilot-handoff-initiate.json");
    const QString longText = QString(4000, QLatin1Char('a')) + QString(1500, QLatin1Char('b'));
    const QJsonObject message { { QStringLiteral("type"), QStringLiteral("message") },
        { QStringLiteral("from"), QJsonObject { { QStringLiteral("role"), QStringLiteral("bot") } } },
        { QStringLiteral("text"), longText } };
    activity.insert(QStringLiteral("attachments"),
        QJsonArray { QJsonObject { { QStringLiteral("contentType"), QStringLiteral("application/json") },
            { QStringLiteral("name"), QStringLiteral("Transcript") },
            { QStringLiteral("content"),
                QJsonObject { { QStringLiteral("activities"), QJsonArray { message } } } } } });
    const auto result = mapCopilotHandoff(activity);
    const ExternalHandoff &h = ok(result);
    ASSERT_EQ(h.transcript.size(), 2);
    EXPECT_EQ(h.transcript[0].text.size(), 4000);
    EXPECT_EQ(h.transcript[0].text + h.transcript[1].text, longText);
}

TEST(CopilotHandoff, FilesInTheTranscriptAreKeptAsLinksNeverFetched)
{
    QJsonObject activity = load("copilot-handoff-initiate.json");
    const QJsonObject withPhoto { { QStringLiteral("type"), QStringLiteral("message") },
        { QStringLiteral("from"), QJsonObject { { QStringLiteral("role"), QStringLiteral("user") } } },
        { QStringLiteral("text"), QStringLiteral("Here is the damage") },
        { QStringLiteral("attachments"),
            QJsonArray { QJsonObject { { QStringLiteral("contentType"), QStringLiteral("image/jpeg") },
                             { QStringLiteral("contentUrl"), QStringLiteral("https://files.example/u/parcel.jpg") },
                             { QStringLiteral("name"), QStringLiteral("parcel.jpg") } },
                // A card has no address: nothing to keep. A file: address is not a link a desk may open.
                QJsonObject { { QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.hero") },
                    { QStringLiteral("content"), QJsonObject { { QStringLiteral("title"), QStringLiteral("Card") } } } },
                QJsonObject { { QStringLiteral("contentType"), QStringLiteral("text/plain") },
                    { QStringLiteral("contentUrl"), QStringLiteral("file:///etc/passwd") } } } } };
    const QJsonObject onlyFile { { QStringLiteral("type"), QStringLiteral("message") },
        { QStringLiteral("from"), QJsonObject { { QStringLiteral("role"), QStringLiteral("bot") } } },
        { QStringLiteral("attachments"),
            QJsonArray { QJsonObject { { QStringLiteral("contentType"), QStringLiteral("application/pdf") },
                { QStringLiteral("contentUrl"), QStringLiteral("https://files.example/terms.pdf") } } } } };
    activity.insert(QStringLiteral("attachments"),
        QJsonArray { QJsonObject { { QStringLiteral("contentType"), QStringLiteral("application/json") },
            { QStringLiteral("name"), QStringLiteral("Transcript") },
            { QStringLiteral("content"),
                QJsonObject { { QStringLiteral("activities"), QJsonArray { withPhoto, onlyFile } } } } } });
    const auto result = mapCopilotHandoff(activity);
    const ExternalHandoff &h = ok(result);
    ASSERT_EQ(h.transcript.size(), 3);
    EXPECT_EQ(h.transcript[0].text, QStringLiteral("Here is the damage"));
    EXPECT_FALSE(h.transcript[0].attachment);
    ASSERT_TRUE(h.transcript[1].attachment);
    EXPECT_EQ(h.transcript[1].author, AuthorKind::Visitor);
    EXPECT_EQ(h.transcript[1].attachment->url, QStringLiteral("https://files.example/u/parcel.jpg"));
    EXPECT_EQ(h.transcript[1].attachment->name, QStringLiteral("parcel.jpg"));
    EXPECT_EQ(h.transcript[1].attachment->contentType, QStringLiteral("image/jpeg"));
    EXPECT_TRUE(h.transcript[1].attachment->id.isEmpty());
    ASSERT_TRUE(h.transcript[2].attachment);
    EXPECT_EQ(h.transcript[2].author, AuthorKind::Bot);
    EXPECT_EQ(h.transcript[2].attachment->name, QStringLiteral("terms.pdf")) << "named after the address";
}

TEST(HandoffRequest, TranscriptLinesMayCarryFileLinks)
{
    const QJsonObject body { { QStringLiteral("reason"), QStringLiteral("Damaged parcel") },
        { QStringLiteral("transcript"),
            QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                { QStringLiteral("attachments"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("parcel.jpg") },
                        { QStringLiteral("url"), QStringLiteral("https://files.example/parcel.jpg") },
                        { QStringLiteral("contentType"), QStringLiteral("image/jpeg") } } } } } } } };
    const auto result = parseHandoffRequest(body);
    const ExternalHandoff &h = ok(result);
    ASSERT_EQ(h.transcript.size(), 1);
    ASSERT_TRUE(h.transcript[0].attachment);
    EXPECT_EQ(h.transcript[0].attachment->url, QStringLiteral("https://files.example/parcel.jpg"));
}

TEST(CopilotHandoff, NoTranscriptAndNoAgentMessageStillHandsOver)
{
    QJsonObject activity = load("copilot-handoff-initiate.json");
    activity.remove(QStringLiteral("attachments"));
    QJsonObject value = activity.value(QStringLiteral("value")).toObject();
    value.remove(QStringLiteral("va_AgentMessage"));
    value.remove(QStringLiteral("va_LastTopic"));
    value.remove(QStringLiteral("va_ConversationId"));
    activity.insert(QStringLiteral("value"), value);
    const auto result = mapCopilotHandoff(activity);
    const ExternalHandoff &h = ok(result);
    EXPECT_TRUE(h.transcript.isEmpty());
    EXPECT_EQ(h.context.reason, QStringLiteral("The Copilot Studio bot handed over the conversation."));
    EXPECT_EQ(h.externalConversationId, QStringLiteral("7Kq2mXbRt3uLw9Yz1Aa-eu")) << "from conversation.id";
}

// Numbers far outside qint64 become text without undefined behaviour (the range is tested before the cast).
TEST(CopilotHandoff, HugeNumbersInVariablesBecomeText)
{
    QJsonObject activity = load("copilot-handoff-initiate.json");
    QJsonObject value = activity.value(QStringLiteral("value")).toObject();
    value.insert(QStringLiteral("Big"), 1e300);
    value.insert(QStringLiteral("Small"), -1e300);
    value.insert(QStringLiteral("Count"), 3);
    activity.insert(QStringLiteral("value"), value);
    const auto result = mapCopilotHandoff(activity);
    const ExternalHandoff &h = ok(result);
    auto field = [&](const QString &name) {
        for (const auto &f : h.context.fields)
            if (f.name == name)
                return f.value;
        return QString();
    };
    EXPECT_EQ(field(QStringLiteral("Big")), QStringLiteral("1e+300"));
    EXPECT_EQ(field(QStringLiteral("Small")), QStringLiteral("-1e+300"));
    EXPECT_EQ(field(QStringLiteral("Count")), QStringLiteral("3"));
}

TEST(CopilotHandoff, ADirectLineActivitySetIsSearchedForTheHandoff)
{
    const QJsonObject activity = load("copilot-handoff-initiate.json");
    const QJsonObject set { { QStringLiteral("activities"),
                                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("message") },
                                                 { QStringLiteral("text"), QStringLiteral("One moment") } },
                                    activity } },
        { QStringLiteral("watermark"), QStringLiteral("9") } };
    const auto result = mapCopilotHandoff(set);
    EXPECT_EQ(ok(result).externalConversationId, QStringLiteral("7Kq2mXbRt3uLw9Yz1Aa-eu"));
    EXPECT_THAT(errorOf(mapCopilotHandoff(QJsonObject { { QStringLiteral("activities"), QJsonArray {} } })),
        HasSubstr("no event named \"handoff.initiate\""));
}

TEST(CopilotHandoff, MalformedActivitiesAreRejectedNamingTheField)
{
    const QJsonObject good = load("copilot-handoff-initiate.json");
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(QString::fromLatin1(key));
        else
            o.insert(QString::fromLatin1(key), v);
        return mapCopilotHandoff(o);
    };
    auto withValue = [&](const char *key, const QJsonValue &v) {
        QJsonObject value = good.value(QStringLiteral("value")).toObject();
        value.insert(QString::fromLatin1(key), v);
        return with("value", value);
    };
    EXPECT_THAT(errorOf(mapCopilotHandoff(QJsonObject {})), HasSubstr("\"type\" must be \"event\""));
    EXPECT_THAT(errorOf(with("type", QStringLiteral("message"))), HasSubstr("\"type\" must be \"event\""));
    EXPECT_THAT(
        errorOf(with("name", QStringLiteral("handoff.status"))), HasSubstr("\"name\" must be \"handoff.initiate\""));
    EXPECT_THAT(errorOf(with("value", QJsonValue::Undefined)), HasSubstr("\"value\" must be an object"));
    EXPECT_THAT(errorOf(with("value", QStringLiteral("{}"))), HasSubstr("\"value\" must be an object"));
    EXPECT_THAT(errorOf(withValue("va_LastTopic", 7)), HasSubstr("\"value.va_LastTopic\" must be a string"));
    EXPECT_THAT(errorOf(withValue("va_Topics", QJsonArray { 1, 2 })),
        HasSubstr("\"value.va_Topics\" must be an array of strings"));
    EXPECT_THAT(errorOf(with("relatesTo", QStringLiteral("x"))), HasSubstr("\"relatesTo\" must be an object"));
    EXPECT_THAT(errorOf(with("attachments", QJsonObject {})), HasSubstr("\"attachments\" must be an array"));
    EXPECT_THAT(errorOf(with("attachments",
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Transcript") },
                        { QStringLiteral("contentType"), QStringLiteral("application/json") },
                        { QStringLiteral("content"), QJsonObject {} } } })),
        HasSubstr("\"attachments[0].content.activities\" must be an array"));
    EXPECT_THAT(errorOf(with("attachments",
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Transcript") },
                        { QStringLiteral("contentType"), QStringLiteral("text/plain") },
                        { QStringLiteral("content"), QStringLiteral("hi") } } })),
        HasSubstr("\"attachments[0].contentType\" of the Transcript must be \"application/json\""));

    QJsonObject noIds = good;
    noIds.remove(QStringLiteral("conversation"));
    QJsonObject value = good.value(QStringLiteral("value")).toObject();
    value.remove(QStringLiteral("va_ConversationId"));
    noIds.insert(QStringLiteral("value"), value);
    EXPECT_THAT(errorOf(mapCopilotHandoff(noIds)), HasSubstr("\"value.va_ConversationId\" is missing"));
}

TEST(CopilotHandoff, StatusEventsGoBackToTheSameConversation)
{
    const auto result = mapCopilotHandoff(load("copilot-handoff-initiate.json"));
    const ExternalHandoff &h = ok(result);
    const QDateTime at(QDate(2026, 11, 25), QTime(9, 15), Qt::UTC);
    const QJsonObject accepted = copilotHandoffStatus(h, CopilotHandoffState::Accepted, {}, at);
    EXPECT_EQ(accepted.value(QStringLiteral("type")).toString(), QStringLiteral("event"));
    EXPECT_EQ(accepted.value(QStringLiteral("name")).toString(), QStringLiteral("handoff.status"));
    EXPECT_EQ(accepted.value(QStringLiteral("value")).toObject(),
        (QJsonObject { { QStringLiteral("state"), QStringLiteral("accepted") } }));
    EXPECT_EQ(accepted.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("7Kq2mXbRt3uLw9Yz1Aa-eu"));
    EXPECT_EQ(accepted.value(QStringLiteral("relatesTo")).toObject(), h.relatesTo);
    EXPECT_EQ(accepted.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-25T09:15:00.000Z"));
    EXPECT_FALSE(accepted.value(QStringLiteral("id")).toString().isEmpty());

    const QJsonObject failed
        = copilotHandoffStatus(h, CopilotHandoffState::Failed, QStringLiteral("No agent is online."));
    EXPECT_EQ(failed.value(QStringLiteral("value")).toObject(),
        (QJsonObject { { QStringLiteral("state"), QStringLiteral("failed") },
            { QStringLiteral("message"), QStringLiteral("No agent is online.") } }));
    EXPECT_NE(failed.value(QStringLiteral("id")), accepted.value(QStringLiteral("id")));
}
