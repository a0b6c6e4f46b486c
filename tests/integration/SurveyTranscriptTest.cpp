// The end of a chat as the visitor and the record see it, against the real router: the post-chat survey
// (asked after an agent's chat, stored once, bad values refused, not asked where the queue turns it off),
// the rating on the agent's desk and in the supervisors' report, and the visitor's transcript download
// (plain text and HTML, visitor text escaped, another conversation's token refused).
#include "ProtocolPeer.h"
#include "TestSupport.h"
#include "protocol/DomainTypes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");

QString str(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

QString codeOf(const Envelope &e)
{
    return str(e.data, "code");
}

struct Chat {
    std::unique_ptr<ProtocolPeer> visitor = std::make_unique<ProtocolPeer>();
    QString id;
    QString token;
};

class SurveyTranscriptTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_router = new RouterProcess;
        ASSERT_TRUE(s_router->addUser(QStringLiteral("ann"), QStringLiteral("password-ann"), QStringLiteral("agent"),
                                      {QStringLiteral("--display-name"), QStringLiteral("Ann"), QStringLiteral("--capacity"),
                                       QStringLiteral("10")}));
        ASSERT_TRUE(s_router->addUser(QStringLiteral("sam"), QStringLiteral("password-sam"),
                                      QStringLiteral("supervisor"), {QStringLiteral("--display-name"), QStringLiteral("Sam")}));
        // Two queues: "general" asks for a rating (the default), "sales" does not.
        const QJsonObject routing{
            {QStringLiteral("defaultQueue"), QStringLiteral("general")},
            {QStringLiteral("queues"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("general")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("sales")}, {QStringLiteral("survey"), false}}}},
            {QStringLiteral("rules"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sales pages")},
                                    {QStringLiteral("condition"), QStringLiteral("page contains \"/sales\"")},
                                    {QStringLiteral("queue"), QStringLiteral("sales")}}}}};
        const QString config = s_router->dataDir() + QStringLiteral("/router.json");
        QFile file(config);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("routing"), routing}}).toJson());
        file.close();
        ASSERT_TRUE(s_router->start({QStringLiteral("--config"), config})) << s_router->log().toStdString();
        s_ann = new ProtocolPeer;
        ASSERT_TRUE(s_ann->open(s_router->wsUrl(QStringLiteral("desk"))));
        ASSERT_EQ(s_ann->helloDesk().type, kOk);
        ASSERT_EQ(s_ann->signIn(QStringLiteral("ann"), QStringLiteral("password-ann")).type, kOk);
    }
    static void TearDownTestSuite()
    {
        delete s_ann;
        s_ann = nullptr;
        delete s_router;
        s_router = nullptr;
    }

    // A visitor on `page` who asks for a person, is taken by Ann, says `line`, and whose chat Ann ends.
    static Chat endedChat(const QString &page, const QString &line)
    {
        Chat c;
        EXPECT_TRUE(c.visitor->open(s_router->wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = c.visitor->call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                                                         {QStringLiteral("page"), page},
                                                                         {QStringLiteral("language"), QStringLiteral("en")}});
        EXPECT_EQ(hello.type, kOk);
        c.id = str(hello.data, "conversationId");
        c.token = str(hello.data, "visitorToken");
        EXPECT_EQ(c.visitor->call(QStringLiteral("handoff.request")).type, kOk);
        const auto offer = s_ann->event(QStringLiteral("offer"), [&](const Envelope &e) {
            return str(e.data.value(QStringLiteral("offer")).toObject(), "conversationId") == c.id;
        }, 15000);
        EXPECT_TRUE(offer) << "Ann is offered the chat";
        EXPECT_EQ(s_ann->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), c.id}}).type, kOk);
        EXPECT_EQ(s_ann->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), c.id},
                                                               {QStringLiteral("clientId"), QStringLiteral("a1")},
                                                               {QStringLiteral("text"), QStringLiteral("Hello, I am Ann.")}})
                      .type,
                  kOk);
        EXPECT_EQ(c.visitor->call(QStringLiteral("message.send"),
                                  {{QStringLiteral("clientId"), QStringLiteral("v1")}, {QStringLiteral("text"), line}})
                      .type,
                  kOk);
        EXPECT_EQ(s_ann->call(QStringLiteral("conversation.close"), {{QStringLiteral("conversationId"), c.id}}).type, kOk);
        return c;
    }

    static Envelope rate(Chat &c, const QJsonValue &rating, const QString &comment = {})
    {
        QJsonObject data{{QStringLiteral("rating"), rating}};
        if (!comment.isNull())
            data.insert(QStringLiteral("comment"), comment);
        return c.visitor->call(QStringLiteral("survey.submit"), data);
    }

    static std::pair<int, QByteArray> download(const QString &path, const QString &token)
    {
        QNetworkAccessManager http;
        QNetworkRequest request(QUrl(s_router->httpUrl(path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(http.get(request));
        waitUntil([&] { return reply->isFinished(); }, 15000);
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

    static inline RouterProcess *s_router = nullptr;
    static inline ProtocolPeer *s_ann = nullptr;
};

TEST_F(SurveyTranscriptTest, TheVisitorRatesOnceAndTheDeskAndTheReportShowIt)
{
    Chat c = endedChat(QStringLiteral("https://shop.example/help"), QStringLiteral("Thanks for the help"));
    const auto closed = c.visitor->event(QStringLiteral("closed"));
    ASSERT_TRUE(closed);
    EXPECT_EQ(str(closed->data, "survey"), QStringLiteral("ask"));

    // Bad values are refused and cost nothing: the visitor can still answer afterwards.
    for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(6), QJsonValue(3.5), QJsonValue(QStringLiteral("4")), QJsonValue()})
        EXPECT_EQ(codeOf(rate(c, bad)), QStringLiteral("invalid")) << QJsonDocument(QJsonArray{bad}).toJson().constData();
    EXPECT_EQ(codeOf(rate(c, 4, QString(1001, QLatin1Char('x')))), QStringLiteral("too_large"));

    const Envelope answer = rate(c, 4, QStringLiteral("Quick and friendly"));
    ASSERT_EQ(answer.type, kOk) << codeOf(answer).toStdString();
    EXPECT_EQ(answer.data.value(QStringLiteral("rating")).toObject().value(QStringLiteral("rating")).toInt(), 4);
    // One rating per conversation: the first answer stays.
    EXPECT_EQ(codeOf(rate(c, 1, QStringLiteral("changed my mind"))), QStringLiteral("conflict"));

    // Ann's desk hears of it at once and finds it with the closed chat's history.
    const auto rated = s_ann->event(QStringLiteral("conversation.rated"),
                                    [&](const Envelope &e) { return str(e.data, "conversationId") == c.id; });
    ASSERT_TRUE(rated);
    EXPECT_EQ(rated->data.value(QStringLiteral("rating")).toInt(), 4);
    EXPECT_EQ(str(rated->data, "comment"), QStringLiteral("Quick and friendly"));
    const Envelope history = s_ann->call(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), c.id}});
    ASSERT_EQ(history.type, kOk);
    const QJsonObject stored = history.data.value(QStringLiteral("rating")).toObject();
    EXPECT_EQ(stored.value(QStringLiteral("rating")).toInt(), 4);
    EXPECT_EQ(str(stored, "comment"), QStringLiteral("Quick and friendly"));

    // A reloaded page sees the chat rated, and a second page of the same visitor is refused too.
    ProtocolPeer again;
    ASSERT_TRUE(again.open(s_router->wsUrl(QStringLiteral("visitor"))));
    const Envelope back = again.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                                                {QStringLiteral("visitorToken"), c.token}});
    ASSERT_EQ(back.type, kOk);
    EXPECT_EQ(str(back.data, "state"), QStringLiteral("closed"));
    EXPECT_EQ(str(back.data, "survey"), QStringLiteral("answered"));
    EXPECT_EQ(codeOf(again.call(QStringLiteral("survey.submit"), {{QStringLiteral("rating"), 2}})), QStringLiteral("conflict"));

    // A second chat rated 2: the report counts both, by queue and by agent.
    Chat second = endedChat(QStringLiteral("https://shop.example/help"), QStringLiteral("It took long"));
    ASSERT_TRUE(second.visitor->event(QStringLiteral("closed")));
    ASSERT_EQ(rate(second, 2).type, kOk);

    ProtocolPeer sam;
    ASSERT_TRUE(sam.open(s_router->wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(sam.helloDesk().type, kOk);
    ASSERT_EQ(sam.signIn(QStringLiteral("sam"), QStringLiteral("password-sam")).type, kOk);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Envelope report = sam.call(QStringLiteral("report.escalations"),
                                     {{QStringLiteral("from"), toIsoUtc(now.addDays(-1))}, {QStringLiteral("to"), toIsoUtc(now.addSecs(60))}});
    ASSERT_EQ(report.type, kOk);
    const QJsonObject satisfaction = report.data.value(QStringLiteral("report")).toObject().value(QStringLiteral("satisfaction")).toObject();
    EXPECT_EQ(satisfaction.value(QStringLiteral("count")).toInt(), 2);
    EXPECT_DOUBLE_EQ(satisfaction.value(QStringLiteral("average")).toDouble(), 3.0);
    EXPECT_DOUBLE_EQ(satisfaction.value(QStringLiteral("satisfiedPercent")).toDouble(), 50.0);
    const QJsonArray byAgent = satisfaction.value(QStringLiteral("byAgent")).toArray();
    ASSERT_EQ(byAgent.size(), 1);
    EXPECT_EQ(str(byAgent.at(0).toObject(), "agentId"), QStringLiteral("ann"));
    EXPECT_EQ(byAgent.at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
    const QJsonArray byQueue = satisfaction.value(QStringLiteral("byQueue")).toArray();
    ASSERT_EQ(byQueue.size(), 1);
    EXPECT_EQ(str(byQueue.at(0).toObject(), "queueId"), QStringLiteral("general"));

    // An agent may not read the report.
    EXPECT_EQ(codeOf(s_ann->call(QStringLiteral("report.escalations"),
                                 {{QStringLiteral("from"), toIsoUtc(now.addDays(-1))}, {QStringLiteral("to"), toIsoUtc(now)}})),
              QStringLiteral("forbidden"));
}

TEST_F(SurveyTranscriptTest, AQueueWithTheSurveyOffDoesNotAskAndRefusesARating)
{
    Chat c = endedChat(QStringLiteral("https://shop.example/sales/offer"), QStringLiteral("How much is it?"));
    const auto closed = c.visitor->event(QStringLiteral("closed"));
    ASSERT_TRUE(closed);
    EXPECT_FALSE(closed->data.contains(QStringLiteral("survey")));
    EXPECT_EQ(codeOf(rate(c, 5)), QStringLiteral("conflict"));
    // This router has no SMTP server: the page is not offered e-mail, and a request is refused.
    EXPECT_FALSE(closed->data.contains(QStringLiteral("transcriptMail")));
    EXPECT_EQ(codeOf(c.visitor->call(QStringLiteral("transcript.mail"), {{QStringLiteral("address"), QStringLiteral("ada@example.org")}})),
              QStringLiteral("unavailable"));

    // A chat still open has nothing to rate either.
    ProtocolPeer open;
    ASSERT_TRUE(open.open(s_router->wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(open.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}}).type, kOk);
    EXPECT_EQ(codeOf(open.call(QStringLiteral("survey.submit"), {{QStringLiteral("rating"), 5}})), QStringLiteral("conflict"));
}

TEST_F(SurveyTranscriptTest, TheVisitorDownloadsTheTranscriptWithItsOwnTokenOnly)
{
    const QString script = QStringLiteral("<script>alert('x')</script> & more");
    Chat c = endedChat(QStringLiteral("https://shop.example/help"), script);
    ASSERT_TRUE(c.visitor->event(QStringLiteral("closed")));

    const auto [textStatus, text] = download(QStringLiteral("/api/v1/transcripts/%1.txt").arg(c.id), c.token);
    ASSERT_EQ(textStatus, 200) << text.constData();
    const QString plain = QString::fromUtf8(text);
    EXPECT_TRUE(plain.contains(QStringLiteral("Ann: Hello, I am Ann."))) << text.constData();
    EXPECT_TRUE(plain.contains(QStringLiteral("You: ") + script)) << text.constData();
    EXPECT_TRUE(plain.contains(QStringLiteral("Agent: Ann"))) << text.constData();

    const auto [htmlStatus, html] = download(QStringLiteral("/api/v1/transcripts/%1.html").arg(c.id), c.token);
    ASSERT_EQ(htmlStatus, 200);
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    EXPECT_FALSE(html.contains("<script>")) << "visitor text never becomes markup";
    EXPECT_TRUE(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                || html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; more"))
        << html.constData();
    EXPECT_TRUE(html.contains("@media print"));

    // Another conversation's token, no token, a made-up token: as if there were nothing.
    Chat other = endedChat(QStringLiteral("https://shop.example/help"), QStringLiteral("another visitor"));
    EXPECT_EQ(download(QStringLiteral("/api/v1/transcripts/%1.txt").arg(c.id), other.token).first, 404);
    EXPECT_EQ(download(QStringLiteral("/api/v1/transcripts/%1.html").arg(c.id), QString()).first, 404);
    EXPECT_EQ(download(QStringLiteral("/api/v1/transcripts/%1.txt").arg(c.id), QStringLiteral("made-up")).first, 404);
    EXPECT_EQ(download(QStringLiteral("/api/v1/transcripts/%1.pdf").arg(c.id), c.token).first, 404);
}

} // namespace
