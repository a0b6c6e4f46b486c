// The router's own TLS: the certificate and key loaded and checked before the port is served, and the
// listening socket that hands out QSslSockets (encrypted by RouterServer, read by HttpConnection).
#pragma once

#include <QDateTime>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>
#include <optional>

namespace handoff::server {

struct ServerTls {
    QSslConfiguration configuration; // server side, TLS 1.2 or later, no client certificates
    QString subject;                 // of the certificate, for the log
    QDateTime expiry;

    // Reads a PEM certificate (with its chain) and a PEM private key (RSA or EC, no passphrase) and proves
    // they belong together with one TLS handshake over loopback. On failure *error is one line naming the file.
    static std::optional<ServerTls> load(const QString &certFile, const QString &keyFile, QString *error);
};

// A QTcpServer whose pending connections are QSslSockets when TLS is set (not yet encrypted: the
// caller applies its connection limits first, then calls startServerEncryption()).
class AcceptingServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool usesTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
};

} // namespace handoff::server
