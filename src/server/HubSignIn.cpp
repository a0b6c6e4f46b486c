// Authentication: a desk's hello, sign-in (checked on SignInService's workers, answered here), the
// session it attaches or resumes, failed sign-ins and sign-out.
#include "server/ConversationHub.h"

#include "server/ClientConnection.h"
#include "server/Metrics.h"
#include "server/DeskSession.h"
#include "server/HubSupport.h"
#include "server/LiveConversation.h"
#include "store/SecretToken.h"

#include <QJsonArray>

namespace handoff::server {

using store::SecretToken;
using namespace hub;

void ConversationHub::deskHello(ClientConnection *c, const Envelope &e)
{
    c->helloDone = true;
    c->sendOk(e.id, {{QStringLiteral("version"), protocol::protocolVersion()},
                     {QStringLiteral("server"), QStringLiteral("handoff-router/%1").arg(QStringLiteral(HANDOFF_VERSION))}});
}

void ConversationHub::failAuth(ClientConnection *c, const QString &re, const QString &user, const QString &message)
{
    if (!user.isEmpty())
        m_throttle.recordFailure(user, QDateTime::currentDateTimeUtc());
    ++Metrics::instance().signInFailures;
    logEvent(QStringLiteral("sign-in failed for \"%1\" from %2").arg(user, c->peer()), LogLevel::Warning);
    // The delay makes guessing slow; the connection stays usable for another try.
    QPointer<ClientConnection> guard(c);
    QTimer::singleShot(m_settings.authFailureDelayMs, this, [guard, re, message] {
        if (guard)
            guard->sendError(re, ErrorCode::Unauthenticated, message);
    });
}

void ConversationHub::deskAuth(ClientConnection *c, const Envelope &e)
{
    if (!c->userName.isEmpty()) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("This connection is already signed in."));
        return;
    }
    if (c->signInPending) {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("A sign-in is already under way on this connection."));
        return;
    }
    SignInRequest request;
    request.peerAddress = c->peerAddress();
    const QString token = field(e.data, "token");
    if (e.data.contains(QStringLiteral("password"))) {
        request.user = field(e.data, "user");
        request.password = field(e.data, "password");
        if (request.user.isEmpty() || request.user.size() > protocol::kMaxIdChars || request.password.size() > 1024) {
            c->sendError(
                e.id, ErrorCode::Invalid, Text::tr("Sign in with \"user\" and \"password\", or with \"token\"."));
            return;
        }
        if (m_throttle.isLocked(request.user, QDateTime::currentDateTimeUtc())) {
            failAuth(c, e.id, QString(),
                     Text::tr("Too many failed sign-ins for %1; try again in a minute.").arg(request.user));
            return;
        }
    } else if (!token.isEmpty() && token.size() <= 256) {
        request.token = token;
    } else {
        c->sendError(e.id, ErrorCode::Invalid, Text::tr("Sign in with \"user\" and \"password\", or with \"token\"."));
        return;
    }
    // The password hash runs on SignInService's workers; this loop goes on serving everyone else.
    const QString userName = request.user;
    const bool queued = m_signIns.submit(request, [this, guard = QPointer<ClientConnection>(c), e, userName](
                                                      const SignInResult &result) {
        if (!guard)
            return;
        guard->signInPending = false;
        switch (result.status) {
        case SignInResult::Status::Ok:
            signedIn(guard, e, *result.user, result.token);
            break;
        case SignInResult::Status::WrongCredentials:
            failAuth(guard, e.id, userName,
                     userName.isEmpty() ? Text::tr("The sign-in token is unknown or expired; sign in with your password.")
                                        : Text::tr("Wrong user name or password."));
            break;
        case SignInResult::Status::StoreFailure:
            guard->sendError(e.id, ErrorCode::Unavailable, Text::tr("The router could not store the sign-in; try again."));
            break;
        }
    });
    if (!queued) {
        logEvent(QStringLiteral("sign-in refused for \"%1\" from %2: too many sign-ins under way").arg(userName, c->peer()),
                 LogLevel::Warning);
        c->sendError(e.id, ErrorCode::RateLimited,
                     Text::tr("Too many sign-ins are under way; try again in a moment."));
        return;
    }
    c->signInPending = true;
}

void ConversationHub::signedIn(ClientConnection *c, const Envelope &e, const store::UserRecord &account,
                               const QString &token)
{
    const QString userName = account.name;
    const auto user = std::optional<store::UserRecord>(account);
    m_users.insert(user->name, *user);
    m_throttle.recordSuccess(userName);
    c->userName = userName;

    // Resume the session when every missed event is still buffered; otherwise start a new one.
    DeskSession *session = nullptr;
    bool resumed = false;
    qint64 lastSeq = -1;
    const QJsonObject resume = e.data.value(QStringLiteral("resume")).toObject();
    if (!resume.isEmpty()) {
        const auto it = m_sessions.find(field(resume, "session"));
        // A number JSON allows but qint64 cannot hold (1e300, -1e300) resumes nothing, without undefined casts.
        const double seq = resume.value(QStringLiteral("lastSeq")).toDouble(-1);
        lastSeq = seq >= 0 && seq < 9.0e15 ? static_cast<qint64>(seq) : -1;
        if (it != m_sessions.end() && it->second->user() == userName && it->second->canReplayAfter(lastSeq)) {
            session = it->second.get();
            resumed = true;
            if (ClientConnection *old = session->connection(); old && old != c) {
                old->session = nullptr;
                old->close(
                    WebSocketChannel::Normal, Text::tr("This session was resumed on another connection."));
            }
        }
    }
    if (!session) {
        const QString id = SecretToken::newId(QStringLiteral("s_"));
        session = m_sessions.emplace(id, std::make_unique<DeskSession>(id, userName, token)).first->second.get();
    }
    c->session = session;
    session->attach(c);
    deskAttached(userName);

    c->sendOk(e.id, {{QStringLiteral("token"), token},
                     {QStringLiteral("session"), session->id()},
                     {QStringLiteral("resumed"), resumed},
                     {QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("id"), user->name},
                                  {QStringLiteral("displayName"), user->displayName},
                                  {QStringLiteral("role"), toString(user->role)},
                                  {QStringLiteral("skills"), QJsonArray::fromStringList(user->skills)},
                                  {QStringLiteral("capacity"), user->capacity}}}});
    logEvent(QStringLiteral("desk signed in: %1 (%2) from %3, session %4%5")
                 .arg(userName, toString(user->role), c->peer(), session->id(),
                      resumed ? QStringLiteral(" resumed after seq %1").arg(lastSeq) : QString()));
    if (resumed)
        session->replayAfter(lastSeq);
    else
        session->push(QStringLiteral("snapshot"), snapshotFor(userName));
    if (clustered() && user->role == Role::Agent)
        claimAgentChats(userName);
    pump();
}

void ConversationHub::deskLogout(ClientConnection *c, const Envelope &e)
{
    if (c->session) {
        const QString token = c->session->token();
        write([token](store::Store &s) { s.revokeToken(token); return true; });
        const QString id = c->session->id();
        c->session->detach();
        c->session = nullptr;
        m_sessions.erase(id);
    }
    const QString user = c->userName;
    c->userName.clear();
    c->sendOk(e.id);
    logEvent(QStringLiteral("desk signed out: %1").arg(user));
    deskDetached(user);
}

} // namespace handoff::server
