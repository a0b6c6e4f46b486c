#include "desk/WrapUpDialog.h"

#include "ui_WrapUpDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace handoff {

WrapUpDialog::WrapUpDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WrapUpDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&End chat"));
    m_ui->dispositionCombo->addItem(tr("Resolved"), QStringLiteral("resolved"));
    m_ui->dispositionCombo->addItem(tr("Not resolved"), QStringLiteral("unresolved"));
    m_ui->dispositionCombo->addItem(tr("Needs follow-up"), QStringLiteral("follow_up"));
    m_ui->dispositionCombo->addItem(tr("Visitor did not respond"), QStringLiteral("no_response"));
    // Ctrl+Enter ends the chat from anywhere in the dialog, also while writing the note.
    auto *submit = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(submit, &QShortcut::activated, this, &QDialog::accept);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttonBox), error);
}

void WrapUpDialog::accept()
{
    if (!m_deferred) {
        QDialog::accept();
        return;
    }
    if (!m_ui->buttonBox->isEnabled())
        return; // already ending
    findChild<QLabel *>(QStringLiteral("errorLabel"))->hide();
    setBusy(true);
    emit submitted();
}

void WrapUpDialog::finish()
{
    setBusy(false);
    QDialog::accept();
}

void WrapUpDialog::showError(const QString &message)
{
    setBusy(false);
    auto *error = findChild<QLabel *>(QStringLiteral("errorLabel"));
    error->setText(tr("The chat could not be ended: %1 Your note is kept; try again.").arg(message));
    QPalette p = error->palette();
    p.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    error->setPalette(p);
    error->show();
}

QString WrapUpDialog::errorText() const
{
    const auto *error = findChild<QLabel *>(QStringLiteral("errorLabel"));
    return error->isVisible() ? error->text() : QString();
}

void WrapUpDialog::setBusy(bool busy)
{
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->dispositionCombo->setEnabled(!busy);
    m_ui->noteEdit->setReadOnly(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

WrapUpDialog::~WrapUpDialog() = default;

QString WrapUpDialog::disposition() const
{
    return m_ui->dispositionCombo->currentData().toString();
}

QString WrapUpDialog::note() const
{
    return m_ui->noteEdit->toPlainText().trimmed();
}

} // namespace handoff
