// Files in chats against the real router process: uploads over HTTP with the chat's own token, type judged
// from the bytes (a text file named .png is refused), the size limit, who may download (the visitor, the
// assigned agent, supervisors; nobody else), the chat line that carries a file, a 10 MB upload streamed to
// disk without the router's memory growing by 10 MB, the files of a deleted chat removed, and the virus
// scanning hook blocking EICAR through a clamd-protocol server.
#include "HttpExchange.h"
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");
// The anti-virus test file every scanner reports (www.eicar.org); harmless text.
const QByteArray kEicar = R"(X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*)";

QString codeOf(const Envelope &e)
{
    return e.data.value(QStringLiteral("code")).toString();
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Sets VmHWM back to the current VmRSS (Linux: "5" into /proc/PID/clear_refs), so a peak measured afterwards
// is this test's, not that of an earlier sign-in's password hashing.
bool resetPeakMemory(qint64 pid)
{
    QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// VmRSS / VmHWM of a process in KiB (/proc/PID/status).
qint64 memoryKiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

RouterProcess *startRouter(const QByteArray &config)
{
    auto *router = new RouterProcess;
    EXPECT_TRUE(router->addUser(QStringLiteral("sam"), QStringLiteral("sam-password"), QStringLiteral("supervisor")));
    EXPECT_TRUE(router->addUser(QStringLiteral("erin"), QStringLiteral("erin-password")));
    EXPECT_TRUE(router->addUser(QStringLiteral("frank"), QStringLiteral("frank-password")));
    EXPECT_TRUE(router->startWithConfig(config)) << router->log().toStdString();
    return router;
}

struct Visitor {
    std::unique_ptr<ProtocolPeer> peer = std::make_unique<ProtocolPeer>();
    QString conversationId;
    QString token;
};

Visitor openChat(RouterProcess &router)
{
    Visitor v;
    EXPECT_TRUE(v.peer->open(router.wsUrl(QStringLiteral("visitor"))));
    const Envelope hello = v.peer->call(QStringLiteral("hello"), {{QStringLiteral("version"), QStringLiteral("1.0")}});
    EXPECT_EQ(hello.type, kOk);
    v.conversationId = hello.data.value(QStringLiteral("conversationId")).toString();
    v.token = hello.data.value(QStringLiteral("visitorToken")).toString();
    return v;
}

struct Desk {
    std::unique_ptr<ProtocolPeer> peer = std::make_unique<ProtocolPeer>();
    QString token;
};

Desk signIn(RouterProcess &router, const QString &user)
{
    Desk d;
    EXPECT_TRUE(d.peer->open(router.wsUrl(QStringLiteral("desk"))));
    EXPECT_EQ(d.peer->helloDesk().type, kOk);
    const Envelope auth = d.peer->signIn(user, user + QStringLiteral("-password"));
    EXPECT_EQ(auth.type, kOk);
    d.token = auth.data.value(QStringLiteral("token")).toString();
    return d;
}

// The visitor asks for a person and `agent` accepts the offer.
void assign(Visitor &visitor, Desk &agent)
{
    ASSERT_EQ(visitor.peer->call(QStringLiteral("handoff.request")).type, kOk);
    const auto offer = agent.peer->event(QStringLiteral("offer"), [&](const Envelope &e) {
        return e.data.value(QStringLiteral("offer")).toObject().value(QStringLiteral("conversationId")).toString()
            == visitor.conversationId;
    }, 20000);
    ASSERT_TRUE(offer);
    ASSERT_EQ(agent.peer->call(QStringLiteral("offer.accept"), {{QStringLiteral("conversationId"), visitor.conversationId}}).type,
              kOk);
}

class AttachmentsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_router = startRouter(R"({"attachments": {"maxMegabytes": 10, "uploadsPerMinute": 100, "maxPerConversation": 100,
                                                  "minFreeDiskMegabytes": 1},
                                   "limits": {"anonymousChatExpirySeconds": 1}})");
    }
    static void TearDownTestSuite()
    {
        delete s_router;
        s_router = nullptr;
    }
    static RouterProcess *s_router;
};

RouterProcess *AttachmentsTest::s_router = nullptr;

} // namespace

TEST_F(AttachmentsTest, TypeIsJudgedByContentNotByName)
{
    Visitor visitor = openChat(*s_router);
    const quint16 port = s_router->port();

    const HttpAnswer png = upload(port, visitor.token, visitor.conversationId, QStringLiteral("screen.png"), pngBytes(40, 30));
    ASSERT_EQ(png.status, 201) << png.body.toStdString();
    const QJsonObject stored = png.json().value(QStringLiteral("attachment")).toObject();
    EXPECT_EQ(stored.value(QStringLiteral("contentType")).toString(), QStringLiteral("image/png"));
    EXPECT_EQ(stored.value(QStringLiteral("name")).toString(), QStringLiteral("screen.png"));
    EXPECT_TRUE(stored.value(QStringLiteral("id")).toString().startsWith(QLatin1String("a_")));

    const HttpAnswer text = upload(port, visitor.token, visitor.conversationId, QStringLiteral("notes.txt"),
                                   QStringLiteral("Order 4711, größe M\n").toUtf8());
    ASSERT_EQ(text.status, 201) << text.body.toStdString();
    EXPECT_EQ(text.json().value(QStringLiteral("attachment")).toObject().value(QStringLiteral("contentType")).toString(),
              QStringLiteral("text/plain"));

    // A text file renamed to .png: the client even claims image/png. Refused, and the message says why.
    const HttpAnswer renamed = upload(port, visitor.token, visitor.conversationId, QStringLiteral("holiday.png"),
                                      QByteArray("this is not a picture\n"));
    EXPECT_EQ(renamed.status, 415);
    EXPECT_EQ(renamed.errorCode(), QStringLiteral("invalid"));
    EXPECT_TRUE(renamed.errorMessage().contains(QLatin1String("holiday.png"))) << renamed.errorMessage().toStdString();
    EXPECT_TRUE(renamed.errorMessage().contains(QLatin1String("PNG"))) << renamed.errorMessage().toStdString();

    // A program is none of the accepted types, whatever it is called.
    QFile program(QStringLiteral("/bin/true"));
    ASSERT_TRUE(program.open(QIODevice::ReadOnly));
    const HttpAnswer binary = upload(port, visitor.token, visitor.conversationId, QStringLiteral("readme.log"), program.readAll());
    EXPECT_EQ(binary.status, 415);
    EXPECT_TRUE(binary.errorMessage().contains(QLatin1String("PNG, JPEG"))) << binary.errorMessage().toStdString();

    // Nothing of the refused files is left in the temporary directory.
    EXPECT_TRUE(waitUntil([&] {
        return QDir(s_router->dataDir() + QStringLiteral("/attachments/tmp")).entryList(QDir::Files).isEmpty();
    }, 5000));
}

TEST_F(AttachmentsTest, FilesOverTheSizeLimitAreRefusedBeforeTheyArrive)
{
    Visitor visitor = openChat(*s_router);
    // Only the head is sent: the Content-Length alone is enough to refuse.
    const HttpAnswer big = exchange(
        s_router->port(), uploadHead(visitor.token, visitor.conversationId, QStringLiteral("big.txt"), 10 * 1024 * 1024 + 1));
    EXPECT_EQ(big.status, 413);
    EXPECT_EQ(big.errorCode(), QStringLiteral("too_large"));
    EXPECT_TRUE(big.errorMessage().contains(QLatin1String("10 MB"))) << big.errorMessage().toStdString();

    const HttpAnswer noToken = exchange(s_router->port(), "POST /api/v1/attachments?conversationId=" + visitor.conversationId.toLatin1()
                                                              + " HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\n", "abcd");
    EXPECT_EQ(noToken.status, 401);
    const HttpAnswer empty = upload(s_router->port(), visitor.token, visitor.conversationId, QStringLiteral("e.txt"), {});
    EXPECT_EQ(empty.status, 400);
}

TEST_F(AttachmentsTest, OnlyTheChatsPeopleAndSupervisorsMayDownload)
{
    const quint16 port = s_router->port();
    Desk erin = signIn(*s_router, QStringLiteral("erin"));
    Visitor visitor = openChat(*s_router);
    assign(visitor, erin);
    Desk frank = signIn(*s_router, QStringLiteral("frank"));
    Desk sam = signIn(*s_router, QStringLiteral("sam"));
    Visitor stranger = openChat(*s_router);

    const QByteArray picture = pngBytes(64, 48);
    const HttpAnswer sent = upload(port, visitor.token, visitor.conversationId, QStringLiteral("Grüße \"1\".png"), picture);
    ASSERT_EQ(sent.status, 201) << sent.body.toStdString();
    const QString id = attachmentIdOf(sent);

    const HttpAnswer byVisitor = download(port, visitor.token, id);
    ASSERT_EQ(byVisitor.status, 200);
    EXPECT_EQ(byVisitor.body, picture);
    EXPECT_EQ(byVisitor.header("content-type"), "image/png");
    EXPECT_EQ(byVisitor.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(byVisitor.header("content-disposition"),
              "attachment; filename=\"Gr__e _1_.png\"; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%221%22.png");
    EXPECT_EQ(download(port, erin.token, id).body, picture) << "the agent the chat is assigned to";
    EXPECT_EQ(download(port, sam.token, id).status, 200) << "a supervisor";
    EXPECT_EQ(download(port, frank.token, id).status, 404) << "another agent";
    EXPECT_EQ(download(port, stranger.token, id).status, 404) << "another visitor";
    EXPECT_EQ(download(port, QString(), id).status, 401) << "no token";
    EXPECT_EQ(download(port, QStringLiteral("0123456789abcdef"), id).status, 401) << "an unknown token";

    // Another visitor cannot upload into this chat, nor another agent.
    EXPECT_EQ(upload(port, stranger.token, visitor.conversationId, QStringLiteral("x.txt"), "hello").status, 403);
    EXPECT_EQ(upload(port, frank.token, visitor.conversationId, QStringLiteral("x.txt"), "hello").status, 403);

    // A text file is only ever a download, never shown by a browser as a page.
    const HttpAnswer note = upload(port, erin.token, visitor.conversationId, QStringLiteral("steps.txt"), "<script>alert(1)</script>");
    ASSERT_EQ(note.status, 201) << note.body.toStdString();
    const HttpAnswer noteDown = download(port, visitor.token, attachmentIdOf(note));
    EXPECT_EQ(noteDown.header("content-type"), "application/octet-stream");
    EXPECT_TRUE(noteDown.header("content-disposition").startsWith("attachment;"));

    // The chat line that carries the file reaches the agent with its name, size and type.
    const Envelope line = visitor.peer->call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("f1")},
                                                                              {QStringLiteral("attachmentId"), id}});
    ASSERT_EQ(line.type, kOk) << codeOf(line).toStdString();
    const auto atAgent = erin.peer->event(QStringLiteral("message"), [&](const Envelope &e) {
        return e.data.value(QStringLiteral("message")).toObject().contains(QStringLiteral("attachment"));
    });
    ASSERT_TRUE(atAgent);
    const QJsonObject attachment = atAgent->data.value(QStringLiteral("message")).toObject().value(QStringLiteral("attachment")).toObject();
    EXPECT_EQ(attachment.value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(attachment.value(QStringLiteral("size")).toInteger(), picture.size());
    EXPECT_EQ(attachment.value(QStringLiteral("contentType")).toString(), QStringLiteral("image/png"));
    // The agent's file reaches the visitor the same way.
    ASSERT_EQ(erin.peer->call(QStringLiteral("message.send"), {{QStringLiteral("conversationId"), visitor.conversationId},
                                                                {QStringLiteral("clientId"), QStringLiteral("e1")},
                                                                {QStringLiteral("attachmentId"), attachmentIdOf(note)},
                                                                {QStringLiteral("text"), QStringLiteral("The steps")}}).type,
              kOk);
    EXPECT_TRUE(visitor.peer->event(QStringLiteral("message"), [&](const Envelope &e) {
        const QJsonObject m = e.data.value(QStringLiteral("message")).toObject();
        return m.value(QStringLiteral("attachment")).toObject().value(QStringLiteral("name")).toString() == QLatin1String("steps.txt")
            && m.value(QStringLiteral("text")).toString() == QLatin1String("The steps");
    }));
    // Someone else's file id cannot be sent in another chat.
    EXPECT_EQ(codeOf(stranger.peer->call(QStringLiteral("message.send"), {{QStringLiteral("clientId"), QStringLiteral("s1")},
                                                                          {QStringLiteral("attachmentId"), id}})),
              QStringLiteral("not_found"));
    // The transcript keeps the reference (history, as a desk reads it after a reload).
    const Envelope history = erin.peer->call(QStringLiteral("conversation.history"), {{QStringLiteral("conversationId"), visitor.conversationId}});
    ASSERT_EQ(history.type, kOk);
    EXPECT_TRUE(QJsonDocument(history.data).toJson().contains(id.toUtf8()));
}

TEST_F(AttachmentsTest, TenMegabytesAreStreamedToDiskNotHeldInMemory)
{
    Visitor visitor = openChat(*s_router);
    const qint64 pid = s_router->pid();
    ASSERT_GT(pid, 0);
    QByteArray body(10 * 1024 * 1024, 'a');
    for (qsizetype i = 80; i < body.size(); i += 81)
        body[i] = '\n';
    ASSERT_TRUE(resetPeakMemory(pid));
    const qint64 rssBefore = memoryKiB(pid, "VmRSS:");
    const HttpAnswer sent = upload(s_router->port(), visitor.token, visitor.conversationId, QStringLiteral("log.txt"), body);
    ASSERT_EQ(sent.status, 201) << sent.body.toStdString();
    const qint64 peakAfterUpload = memoryKiB(pid, "VmHWM:");
    ASSERT_TRUE(resetPeakMemory(pid));
    const HttpAnswer back = download(s_router->port(), visitor.token, attachmentIdOf(sent));
    const qint64 peakAfterDownload = memoryKiB(pid, "VmHWM:");
    const qint64 rssAfter = memoryKiB(pid, "VmRSS:");
    std::printf("router memory (KiB): VmRSS before %lld, VmHWM after upload %lld, VmHWM after download %lld, "
                "VmRSS after %lld\n",
                rssBefore, peakAfterUpload, peakAfterDownload, rssAfter);
    ASSERT_EQ(back.status, 200);
    EXPECT_EQ(QCryptographicHash::hash(back.body, QCryptographicHash::Sha256),
              QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    // Content-addressed: the file's name is its SHA-256.
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    EXPECT_TRUE(QFile::exists(s_router->dataDir() + QStringLiteral("/attachments/") + sha.left(2) + QLatin1Char('/') + sha));
    // Neither the upload nor the download held the 10 MB at once.
    EXPECT_LT(peakAfterUpload - rssBefore, 5 * 1024);
    EXPECT_LT(peakAfterDownload - rssBefore, 5 * 1024);
}

TEST_F(AttachmentsTest, DeletingAChatRemovesItsFiles)
{
    // A chat nobody wrote in is deleted once its page is gone (anonymousChatExpirySeconds: 1); a file uploaded
    // but never sent goes with it.
    Visitor visitor = openChat(*s_router);
    const QByteArray bytes = pngBytes(33, 17);
    const HttpAnswer sent = upload(s_router->port(), visitor.token, visitor.conversationId, QStringLiteral("left.png"), bytes);
    ASSERT_EQ(sent.status, 201);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString path = s_router->dataDir() + QStringLiteral("/attachments/") + sha.left(2) + QLatin1Char('/') + sha;
    ASSERT_TRUE(QFile::exists(path));
    Desk sam = signIn(*s_router, QStringLiteral("sam"));
    ASSERT_EQ(download(s_router->port(), sam.token, attachmentIdOf(sent)).status, 200);
    visitor.peer->close();
    EXPECT_TRUE(waitUntil([&] { return !QFile::exists(path); }, 40000)) << "the file is removed with its chat";
    EXPECT_EQ(download(s_router->port(), sam.token, attachmentIdOf(sent)).status, 404);
}

namespace {

// A server speaking clamd's INSTREAM protocol: "FOUND" for the EICAR test string, "OK" otherwise.
class FakeClamd : public QObject
{
public:
    FakeClamd()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                auto data = std::make_shared<QByteArray>();
                QObject::connect(s, &QTcpSocket::readyRead, s, [s, buffer, data, this] {
                    *buffer += s->readAll();
                    if (buffer->startsWith(QByteArrayLiteral("zINSTREAM")) && buffer->size() >= 10) {
                        buffer->remove(0, 10);
                        ++m_scans;
                    }
                    while (buffer->size() >= 4) {
                        const quint32 n = qFromBigEndian<quint32>(buffer->constData());
                        if (n == 0) {
                            s->write(data->contains(kEicar) ? QByteArray("stream: Eicar-Test-Signature FOUND", 35)
                                                            : QByteArray("stream: OK", 11));
                            s->disconnectFromHost();
                            buffer->clear();
                            return;
                        }
                        if (buffer->size() < 4 + qsizetype(n))
                            return;
                        *data += buffer->mid(4, n);
                        buffer->remove(0, 4 + n);
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int scans() const { return m_scans; }

private:
    QTcpServer m_server;
    int m_scans = 0;
};

} // namespace

TEST(AttachmentScanning, TheScannerBlocksEicarAndPassesCleanFiles)
{
    FakeClamd clamd;
    std::unique_ptr<RouterProcess> router(startRouter(
        QStringLiteral(R"({"attachments": {"scanner": "127.0.0.1:%1", "minFreeDiskMegabytes": 1}})").arg(clamd.port()).toUtf8()));
    Visitor visitor = openChat(*router);
    const HttpAnswer infected = upload(router->port(), visitor.token, visitor.conversationId, QStringLiteral("eicar.txt"), kEicar);
    EXPECT_EQ(infected.status, 422) << infected.body.toStdString();
    EXPECT_TRUE(infected.errorMessage().contains(QLatin1String("Eicar-Test-Signature"))) << infected.errorMessage().toStdString();
    const HttpAnswer clean = upload(router->port(), visitor.token, visitor.conversationId, QStringLiteral("clean.txt"), "just text\n");
    EXPECT_EQ(clean.status, 201) << clean.body.toStdString();
    EXPECT_EQ(clamd.scans(), 2);
}

TEST(AttachmentScanning, AScannerThatIsDownRefusesUnlessFailOpen)
{
    const quint16 nobody = freePort();
    std::unique_ptr<RouterProcess> closed(startRouter(
        QStringLiteral(R"({"attachments": {"scanner": "127.0.0.1:%1", "minFreeDiskMegabytes": 1}})").arg(nobody).toUtf8()));
    Visitor visitor = openChat(*closed);
    const HttpAnswer refused = upload(closed->port(), visitor.token, visitor.conversationId, QStringLiteral("a.txt"), "text\n");
    EXPECT_EQ(refused.status, 503);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("unavailable"));
    EXPECT_TRUE(refused.errorMessage().contains(QLatin1String("viruses"))) << refused.errorMessage().toStdString();

    std::unique_ptr<RouterProcess> open(startRouter(
        QStringLiteral(R"({"attachments": {"scanner": "127.0.0.1:%1", "scannerFailOpen": true, "minFreeDiskMegabytes": 1}})")
            .arg(nobody)
            .toUtf8()));
    Visitor other = openChat(*open);
    EXPECT_EQ(upload(open->port(), other.token, other.conversationId, QStringLiteral("a.txt"), "text\n").status, 201);
}
