// The router's own TLS against the real handoff-router process on loopback: https and wss on one port, the
// desk's and handoff-cli's certificate checks (a CA file, an untrusted certificate, a name mismatch), a bad
// certificate/key pair refused at start, plain HTTP on the TLS port.
// The certificates are fixtures in tests/data/tls (made by make-certificates.sh there, valid for 100 years), so
// the tests need no openssl program and give the same certificates on every run.
#include "TestSupport.h"

#include "client/DeskConnection.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace handoff;
using namespace handoff::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HANDOFF_TLS_DATA "/") + QLatin1String(name);
}

QStringList tlsArgs(const char *cert = "server.pem", const char *key = "server.key")
{
    return {QStringLiteral("--tls-cert"), fixture(cert), QStringLiteral("--tls-key"), fixture(key)};
}

struct ProcessResult {
    int exitCode = -1;
    QString output;
};

ProcessResult run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

class RouterTls : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(router.addUser(QStringLiteral("alice"), QStringLiteral("alice-password")));
        ASSERT_TRUE(router.start(tlsArgs())) << router.log().toStdString();
    }
    QString https(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("https://%1:%2").arg(host).arg(router.port());
    }
    // Signs alice in through DeskConnection; returns the sign-in error, empty on success.
    QString signIn(const QString &server, const QString &caFile)
    {
        DeskConnection desk;
        desk.setTlsCaFile(caFile);
        QString failure;
        bool signedIn = false;
        QObject::connect(&desk, &DeskConnection::signedIn, [&] { signedIn = true; });
        QObject::connect(&desk, &DeskConnection::signInFailed, [&](const QString &m) { failure = m; });
        desk.signInWithPassword(server, QStringLiteral("alice"), QStringLiteral("alice-password"));
        EXPECT_TRUE(waitUntil([&] { return signedIn || !failure.isEmpty(); }, 15000));
        EXPECT_EQ(desk.state(), signedIn ? ConnectionState::Connected : ConnectionState::Offline);
        return signedIn ? QString() : failure;
    }

    RouterProcess router;
};

TEST_F(RouterTls, ServesHttpsWithTheCertificateAndLogsIt)
{
    QNetworkAccessManager http;
    QNetworkRequest request(QUrl(https() + QStringLiteral("/healthz")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromPath(fixture("ca.pem")));
    request.setSslConfiguration(tls);
    std::unique_ptr<QNetworkReply> reply(http.get(request));
    ASSERT_TRUE(waitUntil([&] { return reply->isFinished(); }, 15000));
    EXPECT_EQ(reply->error(), QNetworkReply::NoError) << reply->errorString().toStdString();
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_TRUE(reply->readAll().contains("\"status\":\"ok\""));
    EXPECT_TRUE(router.log().contains(QStringLiteral("TLS: serving https and wss with the certificate for localhost, valid until 2126-")))
        << router.log().toStdString();
    EXPECT_FALSE(router.log().contains(QStringLiteral("warning"))) << router.log().toStdString();
}

TEST_F(RouterTls, DeskSignsInOverWssWithTheCaFile)
{
    EXPECT_EQ(signIn(https(), fixture("ca.pem")), QString());
    EXPECT_EQ(signIn(QStringLiteral("wss://localhost:%1").arg(router.port()), fixture("ca.pem")), QString());
}

TEST_F(RouterTls, UntrustedCertificateIsOneClearSentence)
{
    EXPECT_EQ(signIn(https(), QString()),
              QStringLiteral("The router's certificate is not trusted (self-signed or unknown authority) for 127.0.0.1. "
                             "Ask IT for the CA file and set tlsCaFile."));
    const QString missing = QStringLiteral("/nonexistent/ca.pem");
    EXPECT_EQ(signIn(https(), missing),
              QStringLiteral("The CA file %1 (tlsCaFile) cannot be read or holds no PEM certificate.").arg(missing));
}

TEST_F(RouterTls, NameMismatchNamesTheHostAndTheCertificatesNames)
{
    router.stop();
    ASSERT_TRUE(router.start(tlsArgs("other.pem", "other.key"))) << router.log().toStdString();
    EXPECT_EQ(signIn(https(), fixture("ca.pem")),
              QStringLiteral("The router's certificate is not valid for 127.0.0.1 (it names other.example). Use the address "
                             "the certificate names, or ask IT for a certificate that includes 127.0.0.1."));
}

TEST_F(RouterTls, HandoffCliUsesTheCaFile)
{
    const QStringList base{QStringLiteral("--server"), https(), QStringLiteral("--user"), QStringLiteral("alice"),
                           QStringLiteral("--password"), QStringLiteral("alice-password"), QStringLiteral("--timeout"),
                           QStringLiteral("20")};
    QTemporaryDir cache;
    const QStringList withCache = QStringList(base) << QStringLiteral("--cache-dir") << cache.path();
    const ProcessResult ok = run(QStringLiteral(HANDOFF_CLI_BINARY), QStringList(withCache)
                                                               << QStringLiteral("--ca-file") << fixture("ca.pem")
                                                               << QStringLiteral("chats"));
    EXPECT_EQ(ok.exitCode, 0) << ok.output.toStdString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HANDOFF_CA_FILE"), fixture("ca.pem"));
    const ProcessResult fromEnv = run(QStringLiteral(HANDOFF_CLI_BINARY), QStringList(withCache) << QStringLiteral("chats"), env);
    EXPECT_EQ(fromEnv.exitCode, 0) << fromEnv.output.toStdString();
    env.remove(QStringLiteral("HANDOFF_CA_FILE"));
    const ProcessResult untrusted = run(QStringLiteral(HANDOFF_CLI_BINARY), QStringList(withCache) << QStringLiteral("chats"), env);
    EXPECT_EQ(untrusted.exitCode, 1);
    EXPECT_EQ(untrusted.output.trimmed(),
              QStringLiteral("The router's certificate is not trusted (self-signed or unknown authority) for 127.0.0.1. "
                             "Ask IT for the CA file and pass it with --ca-file FILE or HANDOFF_CA_FILE."))
        << untrusted.output.toStdString();
}

TEST_F(RouterTls, PlainHttpOnTheTlsPortIsClosedAndHarmless)
{
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, router.port());
    ASSERT_TRUE(plain.waitForConnected(5000));
    plain.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    ASSERT_TRUE(waitUntil([&] { return plain.state() == QAbstractSocket::UnconnectedState; }, 15000));
    EXPECT_FALSE(plain.readAll().startsWith("HTTP/")) << "no plain answer from a TLS port";
    // A client that connects and says nothing is dropped by the request timeout (10 s): not waited for here.
    EXPECT_TRUE(router.isRunning());
    EXPECT_EQ(signIn(https(), fixture("ca.pem")), QString()) << "the router still serves";
}

TEST(RouterTlsStart, BadCertificateOrKeyIsOneLineBeforeListening)
{
    RouterProcess router;
    const QString port = QStringLiteral("127.0.0.1:%1").arg(router.port());
    QTemporaryDir dir;
    const QString notPem = dir.filePath(QStringLiteral("not.pem"));
    {
        QFile f(notPem);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("this is not a certificate\n");
    }
    const QString fresh = dir.filePath(QStringLiteral("data"));
    const auto serve = [&](const QString &cert, const QString &key) {
        return run(QStringLiteral(HANDOFF_ROUTER_BINARY),
                   {QStringLiteral("serve"), QStringLiteral("--listen"), port, QStringLiteral("--data-dir"), fresh,
                    QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    };
    const struct {
        QString cert, key, line;
    } cases[] = {
        {fixture("server.pem"), fixture("other.key"),
         QStringLiteral("handoff-router: the TLS key %1 does not belong to the certificate %2").arg(fixture("other.key"), fixture("server.pem"))},
        {dir.filePath(QStringLiteral("missing.pem")), fixture("server.key"),
         QStringLiteral("handoff-router: cannot read the TLS certificate %1: No such file or directory").arg(dir.filePath(QStringLiteral("missing.pem")))},
        {notPem, fixture("server.key"),
         QStringLiteral("handoff-router: the TLS certificate %1 holds no PEM certificate").arg(notPem)},
        {fixture("server.pem"), notPem,
         QStringLiteral("handoff-router: the TLS key %1 is not a PEM private key (RSA or EC, without a passphrase)").arg(notPem)},
    };
    for (const auto &c : cases) {
        const ProcessResult r = serve(c.cert, c.key);
        EXPECT_EQ(r.exitCode, 1) << r.output.toStdString();
        EXPECT_EQ(r.output.trimmed(), c.line);
    }
    EXPECT_FALSE(QFileInfo::exists(fresh)) << "nothing was created before the certificate was checked";
    const ProcessResult half = run(QStringLiteral(HANDOFF_ROUTER_BINARY),
                         {QStringLiteral("serve"), QStringLiteral("--listen"), port, QStringLiteral("--data-dir"), fresh,
                          QStringLiteral("--tls-cert"), fixture("server.pem")});
    EXPECT_EQ(half.exitCode, 1);
    EXPECT_TRUE(half.output.contains(QStringLiteral("--tls-cert and --tls-key go together"))) << half.output.toStdString();
}

TEST(RouterTlsStart, ConfigFileNamesTheFilesRelativeToItself)
{
    QTemporaryDir dir;
    for (const char *name : {"server.pem", "server.key"})
        ASSERT_TRUE(QFile::copy(fixture(name), dir.filePath(QLatin1String(name))));
    const QString config = dir.filePath(QStringLiteral("router.json"));
    {
        QFile f(config);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"tls": {"cert": "server.pem", "key": "server.key"}})");
    }
    RouterProcess router;
    ASSERT_TRUE(router.start({QStringLiteral("--config"), config})) << router.log().toStdString();
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromPath(fixture("ca.pem")));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), router.port());
    EXPECT_TRUE(socket.waitForEncrypted(10000)) << socket.errorString().toStdString();
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    waitUntil([&] {
        answer += socket.readAll();
        return answer.contains("\"status\"");
    }, 10000);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200")) << answer.toStdString();
}

} // namespace
