// The desk's one WebSocket to the router: hello, sign-in (password first, then token), requests with
// ids and timeouts, events in `seq` order, and reconnect with back-off that resumes the session.
#pragma once

#include "protocol/DomainTypes.h"
#include "protocol/Envelope.h"

#include <QHash>
#include <QSslError>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <functional>
#include <memory>

namespace handoff {

enum class ConnectionState {
    Offline, // not connected and not trying (never signed in, or a fatal error)
    Connecting, // opening the socket / saying hello / signing in
    Connected, // signed in, events flowing
    Reconnecting, // lost the connection, next attempt in reconnectInSeconds()
    SignedOut, // signed out on purpose or the token was refused: needs the password again
};
QString toString(ConnectionState s);

struct DeskUser {
    QString id;
    QString displayName;
    Role role = Role::Agent;
    QStringList skills;
    int capacity = 0;
};

class DeskConnection : public QObject
{
    Q_OBJECT
public:
    // Receives the `ok` or `error` reply. Errors made locally (timeout, connection lost, not signed in)
    // arrive as `error` envelopes with code `unavailable` and a sentence for the agent.
    using ReplyHandler = std::function<void(const protocol::Envelope &reply)>;

    explicit DeskConnection(QObject *parent = nullptr);
    ~DeskConnection() override;

    // "host:port", "http://host:port", "ws://host:port" or a full ".../ws/desk" URL -> the desk endpoint.
    static QUrl deskEndpoint(const QString &server);
    // Several routers serving one database: addresses separated by commas or spaces ("a:8080, b:8080").
    // Empty when any of them is not an address. The connection uses the first and moves to the next one
    // whenever a connection fails or drops, so a desk follows the routers that are up.
    static QList<QUrl> deskEndpoints(const QString &servers);

    void signInWithPassword(const QString &server, const QString &user, const QString &password);
    // With a remembered token a dead router is not fatal: the connection keeps retrying.
    void signInWithToken(const QString &server, const QString &user, const QString &token);
    void signOut(); // revokes the token on the router, then closes
    void goOffline(); // closes without revoking; no reconnect until reconnectNow()
    void reconnectNow();
    // Drops the socket as a network failure would (the normal reconnect follows). For tests and "retry".
    void dropConnection();

    // Sends a request when signed in; otherwise the handler gets an `unavailable` error (queued, never
    // re-entrant). Returns the request id.
    QString request(
        const QString &type, const QJsonObject &data, ReplyHandler handler = {}, int timeoutMs = kDefaultTimeoutMs);

    ConnectionState state() const { return m_state; }
    bool isSignedIn() const { return m_state == ConnectionState::Connected; }
    int reconnectInSeconds() const;
    QString lastError() const { return m_lastError; }
    QString serverText() const { return m_server; }
    QUrl endpoint() const { return m_url; }
    // The router's HTTP address for `path`: the desk endpoint's host and port, ws -> http, wss -> https.
    QUrl httpUrl(const QString &path) const;
    QString token() const { return m_token; }
    QString sessionId() const { return m_session; }
    qint64 lastSeq() const { return m_lastSeq; }
    const DeskUser &user() const { return m_user; }
    QString userName() const { return m_userName; }

    // wss:// and https:// addresses: the router's certificate is checked against the system's CAs and, when
    // set, the PEM certificates of this file (the CA an IT department signs its router certificates with).
    void setTlsCaFile(const QString &path) { m_tlsCaFile = path; }
    QString tlsCaFile() const { return m_tlsCaFile; }
    // The last sentence of an untrusted-certificate error: how this program is given the CA file.
    void setTlsTrustHint(const QString &hint) { m_tlsTrustHint = hint; }
    // One sentence for a certificate the desk refused: what is wrong and for which host, e.g. "The router's
    // certificate is not trusted (self-signed or unknown authority) for chat.example.com. Ask IT …".
    static QString describeTlsErrors(const QList<QSslError> &errors, const QString &host, const QString &trustHint);

    // Loads the TLS backend (OpenSSL), which QWebSocket's constructor does even for ws://, on a thread of
    // its own: called before other start-up work, the first connection attempt then finds it ready.
    static void prepareTlsBackend();

    // Back-off bounds (defaults 1 s and 30 s); tests shorten them.
    void setReconnectDelays(int minMs, int maxMs);
    void setHeartbeatInterval(int ms);

    static constexpr int kDefaultTimeoutMs = 15000;

signals:
    void stateChanged(handoff::ConnectionState state);
    void reconnectCountdown(int seconds);
    void signedIn(bool resumed);
    // The sign-in could not be done; `message` says why in words the agent understands.
    void signInFailed(const QString &message);
    void tokenChanged(const QString &token);
    // Every event from the router, in seq order, without duplicates.
    void eventReceived(const handoff::protocol::Envelope &event);
    // A gap in seq: the connection reconnects and resumes so the router replays what was missed.
    void sessionReset();

private:
    struct Pending {
        ReplyHandler handler;
        QTimer *timer = nullptr;
    };

    void open();
    // The socket is made on the first connection attempt: building a QWebSocket sets up the TLS
    // backend, which a desk that starts on the login dialog does not need yet.
    QWebSocket &socket();
    QAbstractSocket::SocketState socketState() const;
    void setState(ConnectionState s);
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &text);
    void sendFrame(const protocol::Envelope &e);
    QString sendRequestNow(
        const QString &type, const QJsonObject &data, ReplyHandler handler, int timeoutMs = kDefaultTimeoutMs);
    void failAllPending(const QString &message);
    void sendAuth();
    void fail(const QString &message, ConnectionState next);
    void scheduleReconnect();
    void finishReply(const protocol::Envelope &reply);
    void sendHeartbeat();
    static protocol::Envelope localError(const QString &re, const QString &message);

    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_reconnectTimer;
    QTimer m_countdownTimer;
    QTimer m_heartbeatTimer;
    QHash<QString, Pending> m_pending;
    ConnectionState m_state = ConnectionState::Offline;
    QString m_server;
    QUrl m_url;        // the router tried now: one of m_urls
    QList<QUrl> m_urls;
    int m_urlIndex = 0;
    QString m_userName;
    QString m_password; // held only until the first successful sign-in
    QString m_token;
    QString m_session;
    qint64 m_lastSeq = 0;
    DeskUser m_user;
    QString m_lastError;
    QString m_tlsCaFile;
    QString m_tlsTrustHint;
    QString m_tlsError; // the certificate the router showed was refused: said instead of the socket's words
    bool m_haveSignedIn = false; // since the last explicit sign-in: a drop after this reconnects
    bool m_wantConnection = false;
    bool m_authInFlight = false;
    static constexpr int kMaxAuthRetries = 8; // sign-ins refused rate_limited are tried again this often
    int m_authRetries = 0;
    int m_attempt = 0;
    int m_minDelayMs = 1000;
    int m_maxDelayMs = 30000;
    quint64 m_nextId = 1;
};

} // namespace handoff
