#include "desk/DeskController.h"

#include "client/DeskSession.h"
#include "client/LocalCache.h"
#include "desk/CredentialStore.h"
#include "desk/DeskSettings.h"
#include "desk/LoginDialog.h"
#include "desk/MainWindow.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QImageReader>

namespace handoff {

namespace {
constexpr char kIconPath[] = ":/desk/icons/handoff.svg";
}

DeskController::DeskController(
    DeskSession *session, DeskSettings *settings, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_credentials(credentials)
{
    connect(session->connection(), &DeskConnection::signedIn, this, &DeskController::onSignedIn);
    connect(session->connection(), &DeskConnection::signInFailed, this, &DeskController::onSignInFailed);
    connect(session->connection(), &DeskConnection::stateChanged, this, &DeskController::onConnectionStateChanged);
    m_routerGrace.setSingleShot(true);
    m_routerGrace.setInterval(kRouterAnswerGraceMs);
    connect(&m_routerGrace, &QTimer::timeout, this, [this] {
        if (m_waitingForRouter) {
            m_waitingForRouter = false;
            showMain();
        }
    });
    connect(session->connection(), &DeskConnection::tokenChanged, this, [this](const QString &token) {
        if (!m_remember || !m_keychainAvailable)
            return;
        const QString key = CredentialStore::keyFor(m_server, m_user);
        if (token.isEmpty())
            m_credentials->remove(key);
        else
            m_credentials->write(key, token);
    });
}

DeskController::~DeskController()
{
    if (m_warmUp.joinable())
        m_warmUp.join();
    delete m_main;
    delete m_login;
}

LoginDialog *DeskController::loginDialog() const
{
    return m_login;
}

MainWindow *DeskController::mainWindow() const
{
    return m_main;
}

void DeskController::start(const QString &server, const QString &user, const QString &password)
{
    // The first widget with text waits for the font database (fontconfig's set-up and font list), the
    // window icon for the image plugin that reads SVG: both start here, beside the keychain and the window.
    if (!m_warmUp.joinable())
        m_warmUp = std::thread([] {
            QFontDatabase::families();
            QImageReader(QString::fromLatin1(kIconPath)).format();
        });
    // An address IT locked wins over the command line too: the desk talks to no other router.
    m_server = server.isEmpty() || m_settings->isLocked(DeskSettings::Key::Server) ? m_settings->server() : server;
    m_user = user.isEmpty() || m_settings->isLocked(DeskSettings::Key::User) ? m_settings->lastUser() : user;
    m_remember = m_settings->rememberMe();
    m_session->connection()->setTlsCaFile(m_settings->tlsCaFile());
    m_session->attachments()->cache()->setLimitBytes(qint64(m_settings->attachmentCacheMegabytes()) * 1024 * 1024);
    if (password.isEmpty() && m_remember && !m_user.isEmpty()) {
        // A remembered sign-in asks the keychain once: the read also tells whether the keychain works,
        // so the main window is not kept waiting for a probe first.
        m_credentials->read(CredentialStore::keyFor(m_server, m_user),
            [this](const std::optional<QString> &token, const QString &error) {
                m_keychainAvailable = error.isEmpty();
                if (token && !token->isEmpty()) {
                    // The window is built first, while the TLS backend and the SQLite driver load on
                    // other threads (the fonts and the icon's image plugin load on m_warmUp since start());
                    // then the cache is read and the router asked, and the window shows when it answers or
                    // not.
                    DeskConnection::prepareTlsBackend();
                    LocalCache::prepareDriver();
                    prepareMain();
                    m_session->signInWithToken(m_server, m_user, *token);
                    waitForRouter();
                } else {
                    showLogin();
                }
            });
        return;
    }
    m_credentials->probe([this, password](bool available) {
        m_keychainAvailable = available;
        if (m_login)
            m_login->setKeychainAvailable(available);
        if (!password.isEmpty() && !m_user.isEmpty()) {
            // Scripted start (demo, GUI tests): no dialog, nothing remembered. A refused password shows
            // the dialog with the reason.
            m_remember = false;
            m_session->signIn(m_server, m_user, password);
            prepareMain();
            return;
        }
        showLogin();
    });
}

void DeskController::setAppIcon()
{
    // Every window's icon (the task bar shows it), set once its image plugin was loaded on m_warmUp.
    if (m_iconSet)
        return;
    m_iconSet = true;
    QApplication::setWindowIcon(QIcon(QString::fromLatin1(kIconPath)));
}

void DeskController::showLogin(const QString &error)
{
    setAppIcon();
    if (!m_login) {
        m_login = new LoginDialog;
        m_login->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_login, &LoginDialog::signInRequested, this, [this] {
            m_server = m_login->server();
            m_user = m_login->user();
            m_remember = m_settings->isLocked(DeskSettings::Key::RememberMe)
                ? m_settings->rememberMe() && m_keychainAvailable
                : m_login->rememberMe();
            m_login->setBusy(true);
            m_session->signIn(m_server, m_user, m_login->password());
        });
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_main || !m_main->isVisible())
                emit quitRequested();
        });
    }
    m_login->setServer(m_server);
    m_login->setServerLocked(m_settings->isLocked(DeskSettings::Key::Server), DeskSettings::lockedExplanation());
    m_login->setUserLocked(m_settings->isLocked(DeskSettings::Key::User), DeskSettings::lockedExplanation());
    m_login->setRememberMeLocked(
        m_settings->isLocked(DeskSettings::Key::RememberMe), DeskSettings::lockedExplanation());
    m_login->setUser(m_user);
    m_login->setRememberMe(m_remember);
    m_login->setKeychainAvailable(m_keychainAvailable);
    m_login->clearPassword();
    if (!error.isEmpty())
        m_login->showError(error);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void DeskController::prepareMain()
{
    if (!m_main) {
        m_main = new MainWindow(m_session, m_settings);
        connect(m_main, &MainWindow::signOutRequested, this, &DeskController::signOut);
    }
    setAppIcon();
}

void DeskController::showMain()
{
    m_waitingForRouter = false;
    m_routerGrace.stop();
    prepareMain();
    m_main->show();
    emit mainWindowShown();
}

void DeskController::waitForRouter()
{
    // The window is built while the router is asked; a loopback or LAN router answers (or refuses the
    // connection) before it is done.
    m_waitingForRouter = true;
    m_routerGrace.start();
    prepareMain();
    onConnectionStateChanged(); // an address that cannot work has failed already
}

void DeskController::onConnectionStateChanged()
{
    // Reconnecting: a remembered sign-in could not reach the router; the desk works from the cache.
    if (m_waitingForRouter && m_session->connection()->state() == ConnectionState::Reconnecting)
        showMain();
}

void DeskController::onSignedIn()
{
    // Kept in the user's settings only when it differs from the system-wide address (DeskSettings):
    // a later change of that address by IT then reaches this user too.
    m_settings->setServer(m_server);
    m_settings->setLastUser(m_user);
    m_settings->setRememberMe(m_remember);
    if (m_remember && m_keychainAvailable)
        m_credentials->write(CredentialStore::keyFor(m_server, m_user), m_session->connection()->token());
    if (m_login && m_login->isVisible()) {
        m_login->setBusy(false);
        m_login->clearPassword();
        m_login->hide();
    }
    showMain();
}

void DeskController::onSignInFailed(const QString &message)
{
    // A refused token means the keychain entry is useless now.
    if (m_session->connection()->state() == ConnectionState::SignedOut)
        m_credentials->remove(CredentialStore::keyFor(m_server, m_user));
    m_waitingForRouter = false;
    m_routerGrace.stop();
    // The cached chats stay hidden until someone signs in again.
    if (m_main)
        m_main->hide();
    showLogin(message);
}

void DeskController::signOut()
{
    m_credentials->remove(CredentialStore::keyFor(m_server, m_user));
    m_session->signOut();
    if (m_main)
        m_main->hide();
    showLogin();
}

} // namespace handoff
