// The transcript by e-mail through the real router and a real SMTP server (aiosmtpd, tests/integration/
// smtp_sink.py): the mail arrives with the transcript in its text and HTML parts and the configured sender
// and subject (non-ASCII intact); at most three mails per chat and a cap per address an hour; an address
// that would add a header or a recipient is refused; a server that is down gets the mail once it is up,
// also when the router was killed (SIGKILL) in between.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");
const QString kSubjectPrefix = QStringLiteral("Votre conversation chez Café Crème");
const QString kVisitorLine = QStringLiteral("Grüße aus Köln — où est ma commande n° 42? 👋");
const QString kAgentLine = QStringLiteral("Très bien: elle part aujourd'hui <b>sans</b> faute & à l'heure.");

QString str(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString();
}

QString codeOf(const Envelope &e)
{
    return e.type == kOk ? kOk : str(e.data, "code");
}

// Debian's python3-aiosmtpd, run by the system's Python (the one that has it).
class SmtpServer
{
public:
    explicit SmtpServer(quint16 port)
        : m_port(port)
    {
    }
    ~SmtpServer() { stop(); }

    bool start()
    {
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        m_proc->start(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral(HANDOFF_SOURCE_DIR "/tests/integration/smtp_sink.py"), QString::number(m_port),
                       m_dir.path()});
        return m_proc->waitForStarted(10000)
            && waitUntil([&] { return m_proc->canReadLine() || m_proc->state() != QProcess::Running; }, 15000)
            && m_proc->readLine().trimmed() == "ready";
    }
    void stop()
    {
        if (!m_proc)
            return;
        m_proc->terminate();
        m_proc->waitForFinished(10000);
        m_proc.reset();
    }
    // Every message received so far, as smtp_sink.py parsed it, oldest first.
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> out;
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << QJsonDocument::fromJson(f.readAll()).object();
        }
        return out;
    }
    QList<QJsonObject> messagesTo(const QString &address) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages())
            if (m.value(QStringLiteral("rcptTos")).toArray().contains(address))
                out << m;
        return out;
    }
    QByteArray raw(int n) const
    {
        QFile f(QDir(m_dir.path()).filePath(QStringLiteral("%1.eml").arg(n, 3, 10, QLatin1Char('0'))));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    quint16 m_port;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_proc;
};

QString partText(const QJsonObject &message, const QString &type)
{
    for (const QJsonValue &p : message.value(QStringLiteral("parts")).toArray())
        if (str(p.toObject(), "type") == type)
            return str(p.toObject(), "text");
    return {};
}

struct Chat {
    std::unique_ptr<ProtocolPeer> visitor = std::make_unique<ProtocolPeer>();
    QString id;
    QJsonObject closed; // the `closed` event the page got
};

class TranscriptMail : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_smtpPort = freePort();
        m_smtp = std::make_unique<SmtpServer>(m_smtpPort);
        ASSERT_TRUE(m_router.addUser(QStringLiteral("ann"), QStringLiteral("password-ann"), QStringLiteral("agent"),
                                     {QStringLiteral("--display-name"), QStringLiteral("Ann"),
                                      QStringLiteral("--capacity"), QStringLiteral("10")}));
    }

    // A router that sends through the test's SMTP server (no TLS: it is on this machine) and tries again
    // after a second.
    bool startRouter()
    {
        const QJsonObject smtp{{QStringLiteral("url"), QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpPort)},
                               {QStringLiteral("requireTls"), false},
                               {QStringLiteral("from"), QStringLiteral("chat@shop.example")},
                               {QStringLiteral("fromName"), QStringLiteral("Café Crème, Service")},
                               {QStringLiteral("subject"), kSubjectPrefix + QStringLiteral(" – {title} ({date})")},
                               {QStringLiteral("firstRetrySeconds"), 1},
                               {QStringLiteral("maxRetrySeconds"), 2},
                               {QStringLiteral("connectTimeoutSeconds"), 2},
                               {QStringLiteral("timeoutSeconds"), 10},
                               {QStringLiteral("perAddressPerHour"), 6}};
        const bool started = m_router.startWithConfig(QJsonDocument(QJsonObject{{QStringLiteral("smtp"), smtp}}).toJson());
        if (!started)
            return false;
        m_ann = std::make_unique<ProtocolPeer>();
        return m_ann->open(m_router.wsUrl(QStringLiteral("desk"))) && m_ann->helloDesk().type == kOk
            && m_ann->signIn(QStringLiteral("ann"), QStringLiteral("password-ann")).type == kOk;
    }

    // A French-speaking visitor whom Ann answers; Ann ends the chat.
    Chat endedChat()
    {
        Chat c;
        EXPECT_TRUE(c.visitor->open(m_router.wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = c.visitor->call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                                                         {QStringLiteral("language"), QStringLiteral("fr")}});
        EXPECT_EQ(hello.type, kOk);
        EXPECT_FALSE(hello.data.contains(QStringLiteral("transcriptMail"))) << "offered only once the chat has ended";
        c.id = str(hello.data, "conversationId");
        EXPECT_EQ(c.visitor->call(QStringLiteral("handoff.request")).type, kOk);
        EXPECT_TRUE(m_ann->event(QStringLiteral("offer"), [&](const Envelope &e) {
            return str(e.data.value(QStringLiteral("offer")).toObject(), "conversationId") == c.id;
        }, 15000));
        EXPECT_EQ(m_ann->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), c.id}}).type, kOk);
        EXPECT_EQ(c.visitor->call(QStringLiteral("message.send"),
                                  {{QStringLiteral("clientId"), QStringLiteral("v1")}, {QStringLiteral("text"), kVisitorLine}})
                      .type,
                  kOk);
        EXPECT_EQ(m_ann->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), c.id},
                                                               {QStringLiteral("clientId"), QStringLiteral("a1")},
                                                               {QStringLiteral("text"), kAgentLine}})
                      .type,
                  kOk);
        EXPECT_EQ(m_ann->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), c.id},
                                                               {QStringLiteral("clientId"), QStringLiteral("n1")},
                                                               {QStringLiteral("text"), QStringLiteral("internal: VIP customer")},
                                                               {QStringLiteral("internal"), true}})
                      .type,
                  kOk);
        EXPECT_EQ(m_ann->call(QStringLiteral("conversation.close"), {{QStringLiteral("conversationId"), c.id}}).type, kOk);
        const auto closed = c.visitor->event(QStringLiteral("closed"));
        EXPECT_TRUE(closed);
        if (closed)
            c.closed = closed->data;
        return c;
    }

    static Envelope mail(Chat &c, const QString &address)
    {
        return c.visitor->call(QStringLiteral("transcript.mail"), {{QStringLiteral("address"), address}});
    }

    // Waits for the router's log to hold `text` `times` times.
    bool logShows(const QString &text, int times = 1, int timeoutMs = 15000)
    {
        return waitUntil([&] { return m_router.log().count(text) >= times; }, timeoutMs);
    }

    static void pause(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }

    RouterProcess m_router;
    quint16 m_smtpPort = 0;
    std::unique_ptr<SmtpServer> m_smtp;
    std::unique_ptr<ProtocolPeer> m_ann;
};

TEST_F(TranscriptMail, TheMailArrivesWithTheTranscriptInBothPartsAndTheConfiguredHeaders)
{
    ASSERT_TRUE(m_smtp->start());
    ASSERT_TRUE(startRouter()) << m_router.log().toStdString();
    Chat c = endedChat();
    ASSERT_FALSE(HasFailure());
    EXPECT_TRUE(c.closed.value(QStringLiteral("transcriptMail")).toBool()) << "the page is told it may offer e-mail";

    const Envelope queued = mail(c, QStringLiteral("ada@example.org"));
    ASSERT_EQ(queued.type, kOk) << str(queued.data, "message").toStdString();
    EXPECT_EQ(str(queued.data, "address"), QStringLiteral("ada@example.org"));
    ASSERT_TRUE(waitUntil([&] { return !m_smtp->messagesTo(QStringLiteral("ada@example.org")).isEmpty(); }, 20000))
        << m_router.log().toStdString();
    const QJsonObject m = m_smtp->messagesTo(QStringLiteral("ada@example.org")).first();
    EXPECT_EQ(str(m, "mailFrom"), QStringLiteral("chat@shop.example"));
    EXPECT_EQ(m.value(QStringLiteral("rcptTos")).toArray(), QJsonArray{QStringLiteral("ada@example.org")});
    const QJsonObject headers = m.value(QStringLiteral("headers")).toObject();
    EXPECT_EQ(str(headers, "To"), QStringLiteral("ada@example.org"));
    EXPECT_EQ(str(headers, "From"), QStringLiteral("\"Café Crème, Service\" <chat@shop.example>"));
    const QString ended = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd"));
    // The French transcript title, the configured words, the chat's date.
    EXPECT_EQ(str(headers, "Subject"), kSubjectPrefix + QStringLiteral(" – Transcription de la discussion (%1)").arg(ended))
        << str(headers, "Subject").toStdString();
    EXPECT_FALSE(str(headers, "Date").isEmpty());
    EXPECT_TRUE(str(headers, "Message-ID").endsWith(QStringLiteral("@shop.example>"))) << str(headers, "Message-ID").toStdString();
    EXPECT_EQ(str(m, "contentType"), QStringLiteral("multipart/alternative"));

    const QString plain = partText(m, QStringLiteral("text/plain"));
    const QString html = partText(m, QStringLiteral("text/html"));
    EXPECT_TRUE(plain.contains(kVisitorLine)) << plain.toStdString();
    EXPECT_TRUE(plain.contains(QStringLiteral("Ann: ") + kAgentLine)) << plain.toStdString();
    EXPECT_TRUE(plain.contains(c.id));
    EXPECT_TRUE(html.contains(kVisitorLine)) << html.toStdString();
    EXPECT_TRUE(html.contains(QString(kAgentLine).toHtmlEscaped())) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("<b>sans</b>"))) << "the agent's text never becomes markup";
    EXPECT_FALSE(plain.contains(QStringLiteral("VIP")) || html.contains(QStringLiteral("VIP"))) << "internal notes stay inside";
    EXPECT_TRUE(logShows(QStringLiteral("to a…@example.org: sent"))) << m_router.log().toStdString();
}

TEST_F(TranscriptMail, ThreeMailsAChatAnAddressThatWouldAddAHeaderIsRefused)
{
    ASSERT_TRUE(m_smtp->start());
    ASSERT_TRUE(startRouter()) << m_router.log().toStdString();

    // Nothing to send while the chat is open.
    ProtocolPeer open;
    ASSERT_TRUE(open.open(m_router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(open.call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}}).type, kOk);
    EXPECT_EQ(codeOf(open.call(QStringLiteral("transcript.mail"), {{QStringLiteral("address"), QStringLiteral("x@example.org")}})),
              QStringLiteral("conflict"));

    Chat c = endedChat();
    ASSERT_FALSE(HasFailure());
    // Header injection, several recipients, no address at all: refused before anything is stored or sent.
    for (const QString &bad : {QStringLiteral("eve@example.org\r\nBcc: mallory@example.net"),
                               QStringLiteral("eve@example.org\nBcc: mallory@example.net"),
                               QStringLiteral("eve@example.org, mallory@example.net"),
                               QStringLiteral("eve@example.org>\r\nRCPT TO:<mallory@example.net"),
                               QStringLiteral("eve@@example.org"), QStringLiteral("eve"), QString(),
                               QStringLiteral("e") + QString(250, QLatin1Char('x')) + QStringLiteral("@example.org")})
        EXPECT_EQ(codeOf(mail(c, bad)), QStringLiteral("invalid")) << bad.toStdString();
    EXPECT_EQ(codeOf(c.visitor->call(QStringLiteral("transcript.mail"), {{QStringLiteral("address"), 42}})),
              QStringLiteral("invalid"));

    for (int i = 1; i <= 3; ++i)
        ASSERT_EQ(codeOf(mail(c, QStringLiteral("copy%1@example.org").arg(i))), kOk) << i;
    const Envelope fourth = mail(c, QStringLiteral("copy4@example.org"));
    EXPECT_EQ(codeOf(fourth), QStringLiteral("conflict"));
    EXPECT_TRUE(str(fourth.data, "message").contains(QStringLiteral("3"))) << str(fourth.data, "message").toStdString();
    ASSERT_TRUE(waitUntil([&] { return m_smtp->messages().size() >= 3; }, 20000)) << m_router.log().toStdString();
    pause(1500);
    const QList<QJsonObject> all = m_smtp->messages();
    EXPECT_EQ(all.size(), 3);
    for (int n = 1; n <= all.size(); ++n) {
        EXPECT_EQ(all.at(n - 1).value(QStringLiteral("rcptTos")).toArray().size(), 1);
        const QByteArray raw = m_smtp->raw(n);
        EXPECT_FALSE(raw.contains("mallory")) << raw.constData();
        EXPECT_FALSE(raw.contains("Bcc")) << raw.constData();
    }
    EXPECT_TRUE(m_smtp->messagesTo(QStringLiteral("copy4@example.org")).isEmpty());

    // This address (the test's loopback) may ask 6 times an hour: the fourth request above counted, so a
    // second chat gets two more.
    Chat second = endedChat();
    ASSERT_FALSE(HasFailure());
    EXPECT_EQ(codeOf(mail(second, QStringLiteral("second1@example.org"))), kOk);
    EXPECT_EQ(codeOf(mail(second, QStringLiteral("second2@example.org"))), kOk);
    EXPECT_EQ(codeOf(mail(second, QStringLiteral("second3@example.org"))), QStringLiteral("rate_limited"));
}

TEST_F(TranscriptMail, AServerThatIsDownGetsTheMailLaterAlsoAfterTheRouterWasKilled)
{
    // Nobody listens on the SMTP port yet.
    ASSERT_TRUE(startRouter()) << m_router.log().toStdString();
    Chat first = endedChat();
    ASSERT_FALSE(HasFailure());
    ASSERT_EQ(codeOf(mail(first, QStringLiteral("first@example.org"))), kOk);
    ASSERT_TRUE(logShows(QStringLiteral("to f…@example.org: attempt 1 of 8 failed"))) << m_router.log().toStdString();
    ASSERT_TRUE(m_smtp->start());
    ASSERT_TRUE(waitUntil([&] { return !m_smtp->messagesTo(QStringLiteral("first@example.org")).isEmpty(); }, 20000))
        << m_router.log().toStdString();
    m_smtp->stop();

    // Down again: the request is on disk and has failed once when the router is killed.
    Chat second = endedChat();
    ASSERT_FALSE(HasFailure());
    ASSERT_EQ(codeOf(mail(second, QStringLiteral("second@example.org"))), kOk);
    ASSERT_TRUE(logShows(QStringLiteral("to s…@example.org: attempt 1 of 8 failed"))) << m_router.log().toStdString();
    m_router.kill();
    ASSERT_TRUE(m_smtp->start());
    ASSERT_TRUE(startRouter()) << m_router.log().toStdString();
    ASSERT_TRUE(waitUntil([&] { return !m_smtp->messagesTo(QStringLiteral("second@example.org")).isEmpty(); }, 40000))
        << m_router.log().toStdString();
    const QJsonObject m = m_smtp->messagesTo(QStringLiteral("second@example.org")).first();
    EXPECT_TRUE(partText(m, QStringLiteral("text/plain")).contains(second.id));
    EXPECT_TRUE(partText(m, QStringLiteral("text/plain")).contains(kVisitorLine));
    // Sent once: neither mail comes again.
    pause(3000);
    EXPECT_EQ(m_smtp->messagesTo(QStringLiteral("second@example.org")).size(), 1);
    EXPECT_EQ(m_smtp->messagesTo(QStringLiteral("first@example.org")).size(), 1);
}

} // namespace
