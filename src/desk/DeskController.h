// The desk's start-up and sign-in flow: password from the environment, a remembered token from the
// keychain, or the login dialog; then the main window. Owns the windows; main() only builds this.
// The main window, with what the local cache holds, appears only once the router has accepted the
// sign-in, or when a remembered sign-in meets a router that cannot be reached (work from the cache
// until it is back). A refused password or token leaves the login dialog alone on screen.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <thread>

namespace handoff {

class CredentialStore;
class DeskSession;
class DeskSettings;
class LoginDialog;
class MainWindow;

class DeskController : public QObject
{
    Q_OBJECT
public:
    DeskController(
        DeskSession *session, DeskSettings *settings, CredentialStore *credentials, QObject *parent = nullptr);
    ~DeskController() override;

    // server/user override the settings when not empty (not a server address IT locked); a non-empty
    // password signs in without the dialog.
    void start(const QString &server, const QString &user, const QString &password);

    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;
    bool keychainAvailable() const { return m_keychainAvailable; }

    // How long a remembered sign-in waits for the router's answer before the window opens from the
    // cache anyway (a router that neither answers nor refuses, e.g. behind a dropping firewall).
    static constexpr int kRouterAnswerGraceMs = 3000;

signals:
    void mainWindowShown();
    void quitRequested();

private:
    void showLogin(const QString &error = {});
    void prepareMain(); // built hidden while the router is asked, shown by showMain()
    void showMain();
    void waitForRouter(); // a remembered sign-in: shown when signed in or when the router is unreachable
    void onConnectionStateChanged();
    void onSignedIn();
    void onSignInFailed(const QString &message);
    void signOut();
    void setAppIcon(); // once, for every window

    DeskSession *m_session;
    DeskSettings *m_settings;
    CredentialStore *m_credentials;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
    QString m_server;
    QString m_user;
    QTimer m_routerGrace;
    bool m_waitingForRouter = false;
    bool m_remember = false;
    bool m_keychainAvailable = false;
    bool m_iconSet = false;

    // The font database and the window icon's image plugin, loaded on a thread of their own while the
    // window is built (both behind Qt's locks); joined before the application goes.
    std::thread m_warmUp;
};

} // namespace handoff
