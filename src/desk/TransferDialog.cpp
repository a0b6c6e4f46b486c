#include "desk/TransferDialog.h"

#include "client/QueueOverviewModel.h"
#include "ui_TransferDialog.h"

#include <QPushButton>
#include <QShortcut>

namespace handoff {

TransferDialog::TransferDialog(const QueueOverviewModel *queues, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TransferDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Transfer"));
    for (const QueueStatus &q : queues->queues())
        m_ui->queueCombo->addItem(
            tr("%1 — %2 waiting, %3 free").arg(q.name).arg(q.waiting).arg(q.agentsAvailable), q.id);
    if (m_ui->queueCombo->count() == 0)
        m_ui->queueCombo->addItem(tr("General (default)"), QStringLiteral("default"));
    connect(m_ui->toAgentRadio, &QRadioButton::toggled, this, &TransferDialog::validate);
    connect(m_ui->agentEdit, &QLineEdit::textChanged, this, &TransferDialog::validate);
    validate();
    // Ctrl+Enter transfers from anywhere in the dialog, also while writing the note.
    auto *submit = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(submit, &QShortcut::activated, this, [this] {
        if (m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    // Most transfers go back to a queue: start on its list so arrows choose one and Enter transfers.
    m_ui->queueCombo->setFocus();
    // Choosing "to an agent" (click or Alt+A) goes on to where the name is typed.
    connect(m_ui->toAgentRadio, &QRadioButton::clicked, m_ui->agentEdit, [this] { m_ui->agentEdit->setFocus(); });
}

TransferDialog::~TransferDialog() = default;

QString TransferDialog::queueId() const
{
    return m_ui->toQueueRadio->isChecked() ? m_ui->queueCombo->currentData().toString() : QString();
}

QString TransferDialog::agentId() const
{
    return m_ui->toAgentRadio->isChecked() ? m_ui->agentEdit->text().trimmed() : QString();
}

QString TransferDialog::note() const
{
    return m_ui->noteEdit->toPlainText().trimmed();
}

void TransferDialog::validate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_ui->toQueueRadio->isChecked() || !m_ui->agentEdit->text().trimmed().isEmpty());
}

} // namespace handoff
