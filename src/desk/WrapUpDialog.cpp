#include "desk/WrapUpDialog.h"

#include "ui_WrapUpDialog.h"

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
