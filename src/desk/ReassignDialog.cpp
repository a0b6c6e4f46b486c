#include "desk/ReassignDialog.h"

#include "client/SupervisorTypes.h"
#include "ui_ReassignDialog.h"

#include <QPushButton>
#include <QShortcut>

namespace handoff {

ReassignDialog::ReassignDialog(const BoardConversation &conversation, Target target, const QString &targetId,
    const QString &targetName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReassignDialog>())
    , m_conversationId(conversation.id)
    , m_target(target)
    , m_targetId(targetId)
{
    m_ui->setupUi(this);
    const QString visitor = conversation.visitorName.isEmpty() ? tr("the visitor") : conversation.visitorName;
    const QString from = conversation.agentName.isEmpty() ? conversation.agentId : conversation.agentName;
    if (target == Target::Agent) {
        setWindowTitle(tr("Reassign chat to %1").arg(targetName));
        m_ui->summaryLabel->setText(from.isEmpty()
                ? tr("Give the chat with %1 to %2?").arg(visitor, targetName)
                : tr("Move the chat with %1 from %2 to %3?").arg(visitor, from, targetName));
        m_ui->detailLabel->setText(
            tr("%1 gets the whole history and the bot's fields; %2 sees the new agent join.").arg(targetName, visitor)
            + (from.isEmpty() ? QString() : QLatin1Char(' ') + tr("The chat leaves %1's desk at once.").arg(from)));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Reassign"));
    } else {
        setWindowTitle(tr("Move chat to queue %1").arg(targetName));
        m_ui->summaryLabel->setText(tr("Move the chat with %1 to the queue %2?").arg(visitor, targetName));
        m_ui->detailLabel->setText(
            tr("It waits there with its original place in line and is offered to the next free agent.")
            + (from.isEmpty() ? QString() : QLatin1Char(' ') + tr("The chat leaves %1's desk at once.").arg(from)));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    }
    QFont f = m_ui->summaryLabel->font();
    f.setBold(true);
    m_ui->summaryLabel->setFont(f);
    // Ctrl+Enter confirms also while writing the note, as in the transfer and wrap-up dialogs.
    auto *confirm = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(confirm, &QShortcut::activated, this, &QDialog::accept);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    m_ui->noteEdit->setFocus();
}

ReassignDialog::~ReassignDialog() = default;

QString ReassignDialog::note() const
{
    return m_ui->noteEdit->toPlainText().trimmed();
}

void ReassignDialog::setNote(const QString &note)
{
    m_ui->noteEdit->setPlainText(note);
}

} // namespace handoff
