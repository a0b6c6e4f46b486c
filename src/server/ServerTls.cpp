#include "server/ServerTls.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <unistd.h>

namespace handoff::server {

namespace {

bool readFile(const QString &path, QByteArray *data, QString *error, bool isKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = (isKey ? QCoreApplication::translate("ServerTls", "cannot read the TLS key %1: %2")
                        : QCoreApplication::translate("ServerTls", "cannot read the TLS certificate %1: %2"))
                     .arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

// Runs the server side of one handshake with the configuration against a client on loopback that accepts
// any certificate. OpenSSL checks the key against the certificate when the server side starts. Returns the
// server side's error, empty when the handshake worked (or loopback is unavailable to try).
QString selfHandshake(const QSslConfiguration &configuration)
{
    AcceptingServer listener;
    listener.setTls(configuration);
    if (!listener.listen(QHostAddress::LocalHost, 0))
        return {};
    QEventLoop loop;
    QString failure;
    bool done = false;
    QSslSocket *serverSide = nullptr;
    auto finish = [&](const QString &why) {
        if (done)
            return;
        done = true;
        failure = why;
        loop.quit();
    };
    QObject::connect(&listener, &QTcpServer::newConnection, &loop, [&] {
        serverSide = qobject_cast<QSslSocket *>(listener.nextPendingConnection());
        if (!serverSide)
            return finish({});
        QObject::connect(serverSide, &QSslSocket::encrypted, &loop, [&] { finish({}); });
        QObject::connect(serverSide, &QAbstractSocket::errorOccurred, &loop,
            [&](QAbstractSocket::SocketError) { finish(serverSide->errorString()); });
        serverSide->startServerEncryption();
    });
    QSslSocket client;
    QSslConfiguration clientConfiguration = QSslConfiguration::defaultConfiguration();
    clientConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    client.setSslConfiguration(clientConfiguration);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), listener.serverPort());
    QTimer::singleShot(5000, &loop, [&] { finish({}); }); // a slow machine proves nothing either way
    if (!done)
        loop.exec();
    client.abort();
    if (serverSide)
        serverSide->abort();
    delete serverSide;
    return failure;
}

} // namespace

std::optional<ServerTls> ServerTls::load(const QString &certFile, const QString &keyFile, QString *error)
{
    QByteArray certPem;
    QByteArray keyPem;
    if (!readFile(certFile, &certPem, error, false) || !readFile(keyFile, &keyPem, error, true))
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QCoreApplication::translate("ServerTls", "the TLS certificate %1 holds no PEM certificate").arg(certFile);
        return std::nullopt;
    }
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QCoreApplication::translate("ServerTls",
            "the TLS key %1 is not a PEM private key (RSA or EC, without a passphrase)").arg(keyFile);
        return std::nullopt;
    }
    ServerTls tls;
    tls.configuration = QSslConfiguration::defaultConfiguration();
    tls.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    tls.configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // desks and browsers bring no certificates
    tls.configuration.setLocalCertificateChain(chain);
    tls.configuration.setPrivateKey(key);
    const QString failure = selfHandshake(tls.configuration);
    if (!failure.isEmpty()) {
        if (failure.contains(QLatin1String("does not certify"), Qt::CaseInsensitive)
            || failure.contains(QLatin1String("key values mismatch"), Qt::CaseInsensitive))
            *error = QCoreApplication::translate("ServerTls", "the TLS key %1 does not belong to the certificate %2")
                         .arg(keyFile, certFile);
        else
            *error = QCoreApplication::translate("ServerTls", "the TLS certificate %1 and key %2 do not work: %3")
                         .arg(certFile, keyFile, failure);
        return std::nullopt;
    }
    const QSslCertificate &leaf = chain.first();
    tls.subject = leaf.subjectDisplayName();
    if (tls.subject.isEmpty())
        tls.subject = leaf.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    tls.expiry = leaf.expiryDate();
    return tls;
}

void AcceptingServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(static_cast<int>(descriptor));
        return;
    }
    socket->setSslConfiguration(*m_tls);
    addPendingConnection(socket);
}

} // namespace handoff::server
