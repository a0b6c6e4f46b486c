// The sign-in dialog: router address, user name, password and "remember me". Shows plainly when no
// system keychain is available (nothing is remembered then) and why a sign-in failed. What IT locked
// (router address, user name, "remember me") is shown but cannot be changed.
#pragma once

#include <QDialog>
#include <memory>

class QLineEdit;

namespace Ui {
class LoginDialog;
}

namespace handoff {

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServer(const QString &s);
    // A router address IT has set for this computer: shown read-only, with `why` beside it, as its
    // tooltip and as its accessible description.
    void setServerLocked(bool locked, const QString &why = {});
    // The same for the user name and "remember me" (a locked "remember me" keeps the value it was given).
    void setUserLocked(bool locked, const QString &why = {});
    void setRememberMeLocked(bool locked, const QString &why = {});
    void setUser(const QString &u);
    void setRememberMe(bool on);
    void setKeychainAvailable(bool available);
    void setBusy(bool busy);
    void showError(const QString &message);

    QString server() const;
    QString user() const;
    QString password() const;
    bool rememberMe() const;
    void clearPassword();

signals:
    void signInRequested();

protected:
    void showEvent(QShowEvent *e) override;

private:
    void validate();
    void setFieldLocked(QLineEdit *edit, bool locked, const QString &why);
    void updateRememberCheck();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QString m_rememberText; // the check box's own text, without "(set by your IT department)"
    bool m_keychainAvailable = true;
    bool m_rememberLocked = false;
    QString m_rememberLockedWhy;
};

} // namespace handoff
