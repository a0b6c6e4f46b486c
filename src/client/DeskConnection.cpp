#include "client/DeskConnection.h"

#include "protocol/FrameCodec.h"

#include <QFile>
#include <QLocale>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QtGlobal>

#include <thread>

namespace handoff {

using protocol::Envelope;
using protocol::ErrorCode;

QString toString(ConnectionState s)
{
    switch (s) {
    case ConnectionState::Offline:
        return QStringLiteral("offline");
    case ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Connected:
        return QStringLiteral("connected");
    case ConnectionState::Reconnecting:
        return QStringLiteral("reconnecting");
    case ConnectionState::SignedOut:
        return QStringLiteral("signed-out");
    }
    return {};
}

DeskConnection::DeskConnection(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &DeskConnection::open);
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, [this] {
        emit reconnectCountdown(reconnectInSeconds());
        if (!m_reconnectTimer.isActive())
            m_countdownTimer.stop();
    });
    m_heartbeatTimer.setInterval(20000);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &DeskConnection::sendHeartbeat);
}

DeskConnection::~DeskConnection()
{
    m_wantConnection = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    for (auto &p : m_pending)
        delete p.timer;
}

void DeskConnection::prepareTlsBackend()
{
    // The backend's loading is guarded by Qt's own locks; a socket made meanwhile waits for it. Detached:
    // it takes some milliseconds and touches no object of ours.
    std::thread([] {
        if (QSslSocket::supportsSsl())
            QSslConfiguration::defaultConfiguration();
    }).detach();
}

QWebSocket &DeskConnection::socket()
{
    if (m_socket)
        return *m_socket;
    m_socket = std::make_unique<QWebSocket>(QStringLiteral("handoff-desk"), QWebSocketProtocol::VersionLatest);
    QWebSocket *s = m_socket.get();
    connect(s, &QWebSocket::connected, this, &DeskConnection::onConnected);
    connect(s, &QWebSocket::textMessageReceived, this, &DeskConnection::onTextMessage);
    connect(s, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        // The socket reports the state before the error ("connection refused"), so the explanation is
        // read one turn of the event loop later, once the error is known.
        if (state == QAbstractSocket::UnconnectedState)
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (socketState() == QAbstractSocket::UnconnectedState)
                        onDisconnected();
                },
                Qt::QueuedConnection);
    });
    connect(s, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
        [this, s](QAbstractSocket::SocketError) { m_lastError = m_tlsError.isEmpty() ? s->errorString() : m_tlsError; });
    // A certificate that does not verify is never accepted: the handshake fails and the agent is told why.
    connect(s, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_tlsError = describeTlsErrors(errors, m_url.host(),
            m_tlsTrustHint.isEmpty() ? tr("Ask IT for the CA file and set tlsCaFile.") : m_tlsTrustHint);
        m_lastError = m_tlsError;
    });
    return *m_socket;
}

QAbstractSocket::SocketState DeskConnection::socketState() const
{
    return m_socket ? m_socket->state() : QAbstractSocket::UnconnectedState;
}

QString DeskConnection::describeTlsErrors(const QList<QSslError> &errors, const QString &host, const QString &trustHint)
{
    // The most telling error first: a wrong name or a stale certificate says more than "untrusted".
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::HostNameMismatch) {
            QStringList names = e.certificate().subjectAlternativeNames().values(QSsl::DnsEntry);
            names += e.certificate().subjectAlternativeNames().values(QSsl::IpAddressEntry);
            if (names.isEmpty())
                names = e.certificate().subjectInfo(QSslCertificate::CommonName);
            return tr("The router's certificate is not valid for %1 (it names %2). Use the address the certificate "
                      "names, or ask IT for a certificate that includes %1.")
                .arg(host, names.isEmpty() ? tr("no host") : names.join(QStringLiteral(", ")));
        }
    }
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::CertificateExpired)
            return tr("The router's certificate for %1 expired on %2. Ask IT to renew it.")
                .arg(host, QLocale().toString(e.certificate().expiryDate().toLocalTime().date(), QLocale::ShortFormat));
        if (e.error() == QSslError::CertificateNotYetValid)
            return tr("The router's certificate for %1 is not valid before %2. Check this computer's date and time.")
                .arg(host, QLocale().toString(e.certificate().effectiveDate().toLocalTime(), QLocale::ShortFormat));
    }
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            return tr("The router's certificate is not trusted (self-signed or unknown authority) for %1. %2")
                .arg(host, trustHint);
        default:
            break;
        }
    }
    return tr("The router's certificate for %1 was refused: %2")
        .arg(host, errors.isEmpty() ? tr("unknown error") : errors.first().errorString());
}

QUrl DeskConnection::deskEndpoint(const QString &server)
{
    QString s = server.trimmed();
    if (s.isEmpty())
        return {};
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("ws://"));
    QUrl url(s);
    if (url.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    else if (url.scheme() == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    if (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))
        return {};
    if (url.host().isEmpty())
        return {};
    if (!url.path().endsWith(QLatin1String("/ws/desk"))) {
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + QStringLiteral("/ws/desk"));
    }
    return url;
}

QList<QUrl> DeskConnection::deskEndpoints(const QString &servers)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QList<QUrl> urls;
    for (const QString &one : servers.split(separators, Qt::SkipEmptyParts)) {
        const QUrl url = deskEndpoint(one);
        if (url.isEmpty())
            return {};
        if (!urls.contains(url))
            urls << url;
    }
    return urls;
}

void DeskConnection::signInWithPassword(const QString &server, const QString &user, const QString &password)
{
    m_server = server;
    m_urls = deskEndpoints(server);
    m_urlIndex = 0;
    m_url = m_urls.value(0);
    m_userName = user;
    m_password = password;
    m_token.clear();
    m_session.clear();
    m_lastSeq = 0;
    m_haveSignedIn = false;
    m_attempt = 0;
    if (!m_url.isValid() || m_url.isEmpty()) {
        fail(tr("“%1” is not a router address. Use host:port, for example chat.example.org:8080.").arg(server),
            ConnectionState::Offline);
        emit signInFailed(m_lastError);
        return;
    }
    m_wantConnection = true;
    open();
}

void DeskConnection::signInWithToken(const QString &server, const QString &user, const QString &token)
{
    m_server = server;
    m_urls = deskEndpoints(server);
    m_urlIndex = 0;
    m_url = m_urls.value(0);
    m_userName = user;
    m_password.clear();
    m_token = token;
    m_session.clear();
    m_lastSeq = 0;
    // A remembered token means the agent signed in before: keep trying while the router is down.
    m_haveSignedIn = true;
    m_attempt = 0;
    if (!m_url.isValid() || m_url.isEmpty()) {
        fail(tr("“%1” is not a router address. Use host:port, for example chat.example.org:8080.").arg(server),
            ConnectionState::Offline);
        emit signInFailed(m_lastError);
        return;
    }
    m_wantConnection = true;
    open();
}

void DeskConnection::signOut()
{
    m_wantConnection = false;
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    m_heartbeatTimer.stop();
    if (m_state == ConnectionState::Connected) {
        sendRequestNow(
            QStringLiteral("logout"), {}, [this](const Envelope &) { socket().close(); }, 3000);
    } else if (m_socket) {
        m_socket->abort();
    }
    m_token.clear();
    m_session.clear();
    m_password.clear();
    m_lastSeq = 0;
    m_haveSignedIn = false;
    emit tokenChanged(QString());
    setState(ConnectionState::SignedOut);
}

void DeskConnection::goOffline()
{
    m_wantConnection = false;
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    m_heartbeatTimer.stop();
    if (m_socket)
        m_socket->close();
    failAllPending(tr("The desk went offline before the router answered."));
    setState(ConnectionState::Offline);
}

void DeskConnection::reconnectNow()
{
    if (m_url.isEmpty() || (m_token.isEmpty() && m_password.isEmpty()))
        return;
    m_wantConnection = true;
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    if (m_state != ConnectionState::Connected && m_state != ConnectionState::Connecting)
        open();
}

void DeskConnection::dropConnection()
{
    if (m_socket)
        m_socket->abort();
}

void DeskConnection::setReconnectDelays(int minMs, int maxMs)
{
    m_minDelayMs = qMax(10, minMs);
    m_maxDelayMs = qMax(m_minDelayMs, maxMs);
}

void DeskConnection::setHeartbeatInterval(int ms)
{
    m_heartbeatTimer.setInterval(ms);
}

int DeskConnection::reconnectInSeconds() const
{
    if (!m_reconnectTimer.isActive())
        return 0;
    return (m_reconnectTimer.remainingTime() + 999) / 1000;
}

void DeskConnection::open()
{
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    m_authInFlight = false;
    setState(ConnectionState::Connecting);
    QWebSocket &s = socket();
    if (s.state() != QAbstractSocket::UnconnectedState) {
        // abort() reports Unconnected synchronously; the flag stops that from scheduling a second attempt.
        const bool want = m_wantConnection;
        m_wantConnection = false;
        s.abort();
        m_wantConnection = want;
    }
    m_tlsError.clear();
    if (m_url.scheme() == QLatin1String("wss")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_tlsCaFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_tlsCaFile, QSsl::Pem);
            if (cas.isEmpty()) {
                fail(tr("The CA file %1 (tlsCaFile) cannot be read or holds no PEM certificate.").arg(m_tlsCaFile),
                    ConnectionState::Offline);
                emit signInFailed(m_lastError);
                return;
            }
            tls.addCaCertificates(cas);
        }
        s.setSslConfiguration(tls);
    }
    s.open(m_url);
}

void DeskConnection::setState(ConnectionState s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void DeskConnection::onConnected()
{
    const QJsonObject hello { { QStringLiteral("version"), protocol::protocolVersion() },
        { QStringLiteral("client"), QStringLiteral("handoff-desk/%1").arg(QStringLiteral(HANDOFF_VERSION)) } };
    sendRequestNow(QStringLiteral("hello"), hello, [this](const Envelope &reply) {
        if (reply.isError() && socketState() != QAbstractSocket::ConnectedState)
            return; // the socket closed: onDisconnected() explains it
        if (reply.isError()) {
            if (reply.errorCode() == ErrorCode::UnsupportedVersion) {
                fail(tr("This desk speaks protocol %1, which the router does not support (%2). Please update the desk.")
                         .arg(protocol::protocolVersion(), reply.errorMessage()),
                    ConnectionState::Offline);
                emit signInFailed(m_lastError);
            } else if (m_haveSignedIn) {
                m_lastError = reply.errorMessage();
                dropConnection();
            } else {
                fail(tr("The router did not accept this desk: %1").arg(reply.errorMessage()), ConnectionState::Offline);
                emit signInFailed(m_lastError);
            }
            return;
        }
        const QString version = reply.data.value(QStringLiteral("version")).toString();
        if (version.section(QLatin1Char('.'), 0, 0).toInt() != protocol::kProtocolMajor) {
            fail(tr("The router speaks protocol %1 but this desk speaks %2. Please update the desk or ask your IT "
                    "to update the router.")
                     .arg(version.isEmpty() ? tr("(unknown)") : version, protocol::protocolVersion()),
                ConnectionState::Offline);
            emit signInFailed(m_lastError);
            return;
        }
        sendAuth();
    });
}

void DeskConnection::sendAuth()
{
    QJsonObject data;
    const bool withPassword = !m_password.isEmpty();
    if (withPassword) {
        data.insert(QStringLiteral("user"), m_userName);
        data.insert(QStringLiteral("password"), m_password);
    } else {
        data.insert(QStringLiteral("token"), m_token);
        if (!m_userName.isEmpty())
            data.insert(QStringLiteral("user"), m_userName);
        if (!m_session.isEmpty())
            data.insert(QStringLiteral("resume"),
                QJsonObject { { QStringLiteral("session"), m_session }, { QStringLiteral("lastSeq"), m_lastSeq } });
    }
    m_authInFlight = true;
    sendRequestNow(QStringLiteral("auth"), data, [this, withPassword](const Envelope &reply) {
        m_authInFlight = false;
        if (reply.isError() && socketState() != QAbstractSocket::ConnectedState)
            return; // the socket closed: onDisconnected() explains it
        if (reply.isError()) {
            if (reply.errorCode() == ErrorCode::RateLimited && m_authRetries < kMaxAuthRetries) {
                // Many desks behind one address signing in at once: the router checks a few at a time and
                // refuses the rest at once. Try again shortly, at a random moment, with the same credentials.
                ++m_authRetries;
                QTimer::singleShot(250 + QRandomGenerator::global()->bounded(750 * m_authRetries), this, [this] {
                    if (socketState() == QAbstractSocket::ConnectedState && !m_authInFlight)
                        sendAuth();
                });
                return;
            }
            if (reply.errorCode() == ErrorCode::Unauthenticated) {
                if (withPassword) {
                    m_password.clear();
                    // The router may add why (e.g. a lock after repeated failures); say that only when it differs.
                    QString message = tr("Wrong user name or password.");
                    const QString said = reply.errorMessage().trimmed();
                    if (!said.isEmpty() && said.compare(message, Qt::CaseInsensitive) != 0)
                        message += QLatin1Char(' ') + said;
                    fail(message, ConnectionState::Offline);
                } else {
                    m_token.clear();
                    emit tokenChanged(QString());
                    fail(tr("Your sign-in has expired or was revoked. Please sign in again with your password."),
                        ConnectionState::SignedOut);
                }
                emit signInFailed(m_lastError);
            } else if (m_haveSignedIn) {
                m_lastError = reply.errorMessage();
                dropConnection();
            } else {
                fail(tr("The router could not sign you in: %1").arg(reply.errorMessage()), ConnectionState::Offline);
                emit signInFailed(m_lastError);
            }
            return;
        }
        m_authRetries = 0;
        const QJsonObject d = reply.data;
        const QString token = d.value(QStringLiteral("token")).toString();
        if (!token.isEmpty() && token != m_token) {
            m_token = token;
            emit tokenChanged(m_token);
        }
        m_password.clear();
        const bool resumed = d.value(QStringLiteral("resumed")).toBool();
        m_session = d.value(QStringLiteral("session")).toString();
        if (!resumed)
            m_lastSeq = 0;
        const QJsonObject u = d.value(QStringLiteral("user")).toObject();
        m_user.id = u.value(QStringLiteral("id")).toString(m_userName);
        m_user.displayName = u.value(QStringLiteral("displayName")).toString(m_user.id);
        m_user.role = roleFromString(u.value(QStringLiteral("role")).toString()).value_or(Role::Agent);
        m_user.skills.clear();
        const QJsonArray skills = u.value(QStringLiteral("skills")).toArray();
        for (const QJsonValue &s : skills)
            m_user.skills << s.toString();
        m_user.capacity = u.value(QStringLiteral("capacity")).toInt();
        if (!m_user.id.isEmpty())
            m_userName = m_user.id;
        m_haveSignedIn = true;
        m_attempt = 0;
        m_lastError.clear();
        m_heartbeatTimer.start();
        setState(ConnectionState::Connected);
        emit signedIn(resumed);
    });
}

void DeskConnection::onDisconnected()
{
    m_heartbeatTimer.stop();
    failAllPending(tr("The connection to the router was lost before it answered."));
    if (!m_wantConnection)
        return;
    if (!m_tlsError.isEmpty()) {
        // Trying again shows the same certificate: stop and say why, signed in before or not.
        fail(m_tlsError, ConnectionState::Offline);
        emit signInFailed(m_lastError);
        return;
    }
    if (!m_haveSignedIn && m_urlIndex + 1 < m_urls.size()) {
        // A first sign-in tries every router given before it gives up.
        m_url = m_urls.at(++m_urlIndex);
        m_lastError.clear();
        open();
        return;
    }
    if (!m_haveSignedIn) {
        const QString why = m_lastError.isEmpty() ? tr("the connection was closed") : m_lastError;
        fail(tr("Cannot reach the router at %1: %2.").arg(m_server, why), ConnectionState::Offline);
        emit signInFailed(m_lastError);
        return;
    }
    scheduleReconnect();
}

void DeskConnection::scheduleReconnect()
{
    // With several routers the next attempt goes to the next one; the back-off grows once per round.
    if (m_urls.size() > 1) {
        m_urlIndex = (m_urlIndex + 1) % int(m_urls.size());
        m_url = m_urls.at(m_urlIndex);
    }
    const int shift = qMin(m_attempt / int(qMax<qsizetype>(1, m_urls.size())), 10);
    const qint64 base = qMin<qint64>(qint64(m_minDelayMs) << shift, m_maxDelayMs);
    // ±20 % jitter so a room full of desks does not reconnect in lock step after a router restart.
    const double factor = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const int delay = int(qBound<qint64>(qint64(m_minDelayMs / 2), qint64(base * factor), qint64(m_maxDelayMs)));
    ++m_attempt;
    m_reconnectTimer.start(delay);
    m_countdownTimer.start();
    setState(ConnectionState::Reconnecting);
    emit reconnectCountdown(reconnectInSeconds());
}

void DeskConnection::fail(const QString &message, ConnectionState next)
{
    m_lastError = message;
    m_wantConnection = false;
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    m_heartbeatTimer.stop();
    if (m_socket)
        m_socket->abort();
    setState(next);
}

void DeskConnection::onTextMessage(const QString &text)
{
    if (qEnvironmentVariableIsSet("HANDOFF_DEBUG_FRAMES"))
        qDebug("<- %s", qPrintable(text.left(300)));
    auto decoded = protocol::FrameCodec::decode(text);
    if (std::holds_alternative<protocol::DecodeError>(decoded)) {
        qWarning("handoff-desk: ignoring a frame from the router that cannot be read: %s",
            qPrintable(std::get<protocol::DecodeError>(decoded).message));
        return;
    }
    const Envelope e = std::get<Envelope>(std::move(decoded));
    if (e.type == QLatin1String("ok") || e.type == QLatin1String("error")) {
        if (!e.re.isEmpty() && m_pending.contains(e.re))
            finishReply(e);
        else if (e.isError())
            qWarning("handoff-desk: router error: %s", qPrintable(e.errorMessage()));
        return;
    }
    if (e.seq >= 0) {
        if (e.type != QLatin1String("snapshot")) {
            if (e.seq <= m_lastSeq)
                return; // already seen (a replay overlapping what arrived before the drop)
            if (m_lastSeq > 0 && e.seq > m_lastSeq + 1) {
                // Something was not delivered: reconnect and resume from the last event seen, so the router
                // replays what is missing (or sends a fresh snapshot when it no longer can).
                qWarning(
                    "handoff-desk: event gap (%lld after %lld); resuming to get the missing events", e.seq, m_lastSeq);
                emit sessionReset();
                dropConnection();
                return;
            }
        }
        m_lastSeq = e.seq;
    }
    emit eventReceived(e);
}

void DeskConnection::sendFrame(const Envelope &e)
{
    if (qEnvironmentVariableIsSet("HANDOFF_DEBUG_FRAMES"))
        qDebug("-> %s %s", qPrintable(e.type), qPrintable(e.id));
    socket().sendTextMessage(QString::fromUtf8(protocol::FrameCodec::encode(e)));
}

QString DeskConnection::request(const QString &type, const QJsonObject &data, ReplyHandler handler, int timeoutMs)
{
    if (m_state != ConnectionState::Connected) {
        const QString id = QStringLiteral("r%1").arg(m_nextId++);
        if (handler) {
            const QString message = tr("Not connected to the router; nothing was sent.");
            QTimer::singleShot(0, this, [handler, id, message] { handler(localError(id, message)); });
        }
        return id;
    }
    return sendRequestNow(type, data, std::move(handler), timeoutMs);
}

QString DeskConnection::sendRequestNow(
    const QString &type, const QJsonObject &data, ReplyHandler handler, int timeoutMs)
{
    const QString id = QStringLiteral("r%1").arg(m_nextId++);
    Pending p;
    p.handler = std::move(handler);
    p.timer = new QTimer(this);
    p.timer->setSingleShot(true);
    connect(p.timer, &QTimer::timeout, this, [this, id, timeoutMs] {
        finishReply(localError(id, tr("The router did not answer within %1 seconds.").arg(timeoutMs / 1000.0)));
    });
    p.timer->start(timeoutMs);
    m_pending.insert(id, p);
    sendFrame(Envelope::request(type, id, data));
    return id;
}

void DeskConnection::finishReply(const Envelope &reply)
{
    auto it = m_pending.find(reply.re);
    if (it == m_pending.end())
        return;
    Pending p = it.value();
    m_pending.erase(it);
    p.timer->stop();
    p.timer->deleteLater();
    if (p.handler)
        p.handler(reply);
}

void DeskConnection::failAllPending(const QString &message)
{
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids)
        finishReply(localError(id, message));
}

void DeskConnection::sendHeartbeat()
{
    if (m_state != ConnectionState::Connected)
        return;
    sendRequestNow(
        QStringLiteral("ping"), {},
        [this](const Envelope &reply) {
            // A ping lost to a silent network: treat the socket as dead and reconnect.
            if (reply.isError() && reply.errorCode() == ErrorCode::Unavailable && m_state == ConnectionState::Connected)
                dropConnection();
        },
        10000);
}

Envelope DeskConnection::localError(const QString &re, const QString &message)
{
    return Envelope::error(re, ErrorCode::Unavailable, message);
}

QUrl DeskConnection::httpUrl(const QString &path) const
{
    QUrl url = m_url;
    url.setScheme(url.scheme() == QLatin1String("wss") ? QStringLiteral("https") : QStringLiteral("http"));
    url.setPath(path);
    url.setQuery(QString());
    return url;
}

} // namespace handoff
