// The desk's start-up and sign-in flow: password from the environment, a remembered token from the
// keychain, or the login dialog; then the main window. Owns the windows; main() only builds this.
#pragma once

#include <QObject>
#include <QPointer>

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

    // server/user override the settings when not empty; a non-empty password signs in without the dialog.
    void start(const QString &server, const QString &user, const QString &password);

    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;
    bool keychainAvailable() const { return m_keychainAvailable; }

signals:
    void mainWindowShown();
    void quitRequested();

private:
    void showLogin(const QString &error = {});
    void showMain();
    void onSignedIn();
    void onSignInFailed(const QString &message);
    void signOut();

    DeskSession *m_session;
    DeskSettings *m_settings;
    CredentialStore *m_credentials;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
    QString m_server;
    QString m_user;
    bool m_remember = false;
    bool m_keychainAvailable = false;
};

} // namespace handoff
