// The sign-in dialog: router address, user name, password and "remember me". Shows plainly when no
// system keychain is available (nothing is remembered then) and why a sign-in failed. A router address
// locked by IT cannot be edited.
#pragma once

#include <QDialog>
#include <memory>

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
    bool isServerLocked() const;
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

    std::unique_ptr<Ui::LoginDialog> m_ui;
};

} // namespace handoff
