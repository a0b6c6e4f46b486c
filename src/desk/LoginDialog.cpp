#include "desk/LoginDialog.h"

#include "desk/DeskSettings.h"
#include "desk/ThemePalette.h"
#include "ui_LoginDialog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QShowEvent>

namespace handoff {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    m_rememberText = m_ui->rememberCheck->text();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, ThemePalette::colours().failed);
    m_ui->errorLabel->setPalette(errorPalette);
    // Sign-in is asynchronous: the dialog stays open until the router answers.
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        m_ui->errorLabel->hide();
        emit signInRequested();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : { m_ui->serverEdit, m_ui->userEdit, m_ui->passwordEdit })
        connect(e, &QLineEdit::textChanged, this, &LoginDialog::validate);
    validate();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServer(const QString &s)
{
    m_ui->serverEdit->setText(s);
}
void LoginDialog::setServerLocked(bool locked, const QString &why)
{
    setFieldLocked(m_ui->serverEdit, locked, why);
    m_ui->serverLockedNote->setText(why);
    m_ui->serverLockedNote->setVisible(locked && !why.isEmpty());
}
void LoginDialog::setUserLocked(bool locked, const QString &why)
{
    setFieldLocked(m_ui->userEdit, locked, why);
}
void LoginDialog::setRememberMeLocked(bool locked, const QString &why)
{
    m_rememberLocked = locked;
    m_rememberLockedWhy = locked ? why : QString();
    updateRememberCheck();
}

void LoginDialog::setFieldLocked(QLineEdit *edit, bool locked, const QString &why)
{
    edit->setReadOnly(locked);
    edit->setToolTip(locked ? why : QString());
    edit->setAccessibleDescription(locked ? why : QString());
    // Read-only looks like editable in most styles: the field takes the window's colour, so nobody
    // tries to type into it.
    QPalette p;
    if (locked) {
        p = palette();
        p.setColor(QPalette::Base, p.color(QPalette::Window));
    }
    edit->setPalette(p);
}

void LoginDialog::updateRememberCheck()
{
    QCheckBox *check = m_ui->rememberCheck;
    check->setEnabled(m_keychainAvailable && !m_rememberLocked);
    if (!m_keychainAvailable)
        check->setChecked(false);
    check->setText(m_rememberLocked ? DeskSettings::lockedLabel(m_rememberText) : m_rememberText);
    check->setToolTip(m_rememberLockedWhy);
    check->setAccessibleDescription(m_rememberLockedWhy);
}

void LoginDialog::setUser(const QString &u)
{
    m_ui->userEdit->setText(u);
}
void LoginDialog::setRememberMe(bool on)
{
    m_ui->rememberCheck->setChecked(on);
}
QString LoginDialog::server() const
{
    return m_ui->serverEdit->text().trimmed();
}
QString LoginDialog::user() const
{
    return m_ui->userEdit->text().trimmed();
}
QString LoginDialog::password() const
{
    return m_ui->passwordEdit->text();
}
bool LoginDialog::rememberMe() const
{
    return m_keychainAvailable && m_ui->rememberCheck->isChecked();
}
void LoginDialog::clearPassword()
{
    m_ui->passwordEdit->clear();
}

void LoginDialog::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    updateRememberCheck();
    if (!available)
        m_ui->keychainNotice->setText(tr("No system keychain is available: your password will not be remembered."));
    m_ui->keychainNotice->setVisible(!available);
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w : { static_cast<QWidget *>(m_ui->serverEdit), static_cast<QWidget *>(m_ui->userEdit),
             static_cast<QWidget *>(m_ui->passwordEdit) })
        w->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(busy ? tr("Signing in…") : tr("&Sign in"));
    if (!busy)
        validate();
}

void LoginDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    setBusy(false);
    m_ui->passwordEdit->setFocus();
    m_ui->passwordEdit->selectAll();
}

void LoginDialog::showEvent(QShowEvent *e)
{
    QDialog::showEvent(e);
    // Address and user name are usually remembered: start where there is something to type.
    for (QLineEdit *field : { m_ui->serverEdit, m_ui->userEdit, m_ui->passwordEdit }) {
        if (field->isEnabled() && !field->isReadOnly() && field->text().isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void LoginDialog::validate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!server().isEmpty() && !user().isEmpty() && !password().isEmpty());
}

} // namespace handoff
