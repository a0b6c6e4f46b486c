#include "desk/TransferDialog.h"

#include "client/ColleagueModel.h"
#include "client/QueueOverviewModel.h"
#include "desk/ArrowKeysToView.h"
#include "ui_TransferDialog.h"

#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace handoff {

TransferDialog::TransferDialog(const QueueOverviewModel *queues, QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TransferDialog>())
    , m_colleagues(new ColleagueModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_purpose(purpose)
{
    m_ui->setupUi(this);
    if (purpose == Purpose::Consult)
        m_colleagues->setPurpose(ColleagueModel::Purpose::Consult);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Transfer"));
    QHash<QString, QString> queueNames;
    for (const QueueStatus &q : queues->queues()) {
        m_ui->queueCombo->addItem(
            tr("%1 — %2 waiting, %3 free").arg(q.name).arg(q.waiting).arg(q.agentsAvailable), q.id);
        queueNames.insert(q.id, q.name);
    }
    if (m_ui->queueCombo->count() == 0)
        m_ui->queueCombo->addItem(tr("General (default)"), QStringLiteral("default"));
    m_colleagues->setQueueNames(queueNames);

    m_filtered->setSourceModel(m_colleagues);
    m_filtered->setFilterRole(ColleagueModel::SearchRole);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->agentList->setModel(m_filtered);
    m_ui->agentFilterEdit->setAccessibleName(tr("Find an agent"));
    m_ui->agentFilterEdit->setAccessibleDescription(
        tr("Type part of a name; Up and Down choose among the colleagues who can take the chat."));
    m_ui->agentList->setAccessibleName(tr("Agents"));
    m_ui->agentList->setAccessibleDescription(
        tr("Colleagues with their status and chats; offline, away and full ones cannot be chosen."));
    m_ui->agentNotice->setText(tr("Asking the router who is available…"));
    m_ui->agentNotice->setVisible(false);
    new ArrowKeysToView(m_ui->agentFilterEdit, m_ui->agentList);

    connect(m_ui->toAgentRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->agentNotice->setVisible(on);
        validate();
    });
    connect(m_ui->agentFilterEdit, &QLineEdit::textChanged, this, &TransferDialog::applyFilter);
    connect(m_ui->agentList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_chosenId = current.data(ColleagueModel::IdRole).toString();
                validate();
            });
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
    // Choosing "to an agent" (click or Alt+A) goes on to where a name is typed.
    connect(m_ui->toAgentRadio, &QRadioButton::clicked, m_ui->agentFilterEdit,
            [this] { m_ui->agentFilterEdit->setFocus(); });
    if (purpose == Purpose::Consult) {
        // Only the colleague is chosen: no queue, no note (the consult thread is for talking).
        setWindowTitle(tr("Consult a colleague"));
        m_ui->toAgentRadio->setChecked(true);
        for (QWidget *w : { static_cast<QWidget *>(m_ui->toQueueRadio), static_cast<QWidget *>(m_ui->queueCombo),
                 static_cast<QWidget *>(m_ui->toAgentRadio), static_cast<QWidget *>(m_ui->noteLabel),
                 static_cast<QWidget *>(m_ui->noteEdit) })
            w->hide();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Ask"));
        m_ui->agentList->setAccessibleName(tr("Colleagues"));
        m_ui->agentList->setAccessibleDescription(
            tr("Agents and supervisors with their status; offline ones cannot be chosen."));
        m_ui->agentNotice->setVisible(true);
        m_ui->agentFilterEdit->setFocus();
    }
}

TransferDialog::~TransferDialog() = default;

void TransferDialog::setColleagues(const QList<BoardAgent> &agents, const QString &selfId)
{
    m_listLoaded = true;
    m_listFailed = false;
    m_colleagues->setColleagues(agents, selfId);
    applyFilter();
}

void TransferDialog::setColleaguesError(const QString &error)
{
    m_listFailed = true;
    m_ui->agentFilterEdit->setPlaceholderText(tr("User name, e.g. bob"));
    m_ui->agentNotice->setText(
        tr("Could not ask the router who is available: %1 Type the colleague's user name instead.").arg(error));
    validate();
}

void TransferDialog::updateColleagues(const QList<BoardAgent> &changed)
{
    // Changes before the list arrived are in the list already (the router answers in order).
    if (!m_listLoaded || m_listFailed)
        return;
    m_colleagues->updateColleagues(changed);
    if (m_chosenId.isEmpty()) {
        applyFilter(); // nobody was chosen yet: the first who can take the chat now is
        return;
    }
    // The colleague chosen last, when they can take the chat again; never someone else in their place.
    const QModelIndex chosen = m_filtered->mapFromSource(m_colleagues->index(m_colleagues->rowOf(m_chosenId)));
    m_ui->agentList->setCurrentIndex(
        chosen.data(ColleagueModel::CanTakeChatRole).toBool() ? chosen : QModelIndex());
    updateNotice();
}

void TransferDialog::applyFilter()
{
    m_filtered->setFilterFixedString(m_ui->agentFilterEdit->text().trimmed());
    const QModelIndex current = m_ui->agentList->currentIndex();
    if (!current.isValid() || !current.data(ColleagueModel::CanTakeChatRole).toBool())
        selectFirstAvailable();
    updateNotice();
}

void TransferDialog::updateNotice()
{
    if (m_listLoaded) {
        int available = 0;
        for (int row = 0; row < m_filtered->rowCount(); ++row)
            available += m_filtered->index(row, 0).data(ColleagueModel::CanTakeChatRole).toBool();
        if (m_colleagues->rowCount() == 0)
            m_ui->agentNotice->setText(tr("There is no other agent."));
        else if (m_purpose == Purpose::Consult)
            m_ui->agentNotice->setText(available == 0 ? tr("Nobody else is signed in now.")
                                                      : tr("Colleagues signed in now: %n.", nullptr, available));
        else if (m_filtered->rowCount() == 0)
            m_ui->agentNotice->setText(tr("No colleague matches “%1”.").arg(m_ui->agentFilterEdit->text().trimmed()));
        else if (available == 0)
            m_ui->agentNotice->setText(tr("Nobody here can take a chat now; transfer to a queue instead."));
        else
            m_ui->agentNotice->setText(tr("Colleagues who can take the chat now: %n.", nullptr, available));
    }
    validate();
}

void TransferDialog::selectFirstAvailable()
{
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const QModelIndex i = m_filtered->index(row, 0);
        if (i.data(ColleagueModel::CanTakeChatRole).toBool()) {
            m_ui->agentList->setCurrentIndex(i);
            return;
        }
    }
    m_ui->agentList->setCurrentIndex({});
}

QString TransferDialog::queueId() const
{
    return m_ui->toQueueRadio->isChecked() ? m_ui->queueCombo->currentData().toString() : QString();
}

QString TransferDialog::agentId() const
{
    if (!m_ui->toAgentRadio->isChecked())
        return {};
    if (m_listFailed)
        return m_ui->agentFilterEdit->text().trimmed();
    const QModelIndex current = m_ui->agentList->currentIndex();
    return current.isValid() && current.data(ColleagueModel::CanTakeChatRole).toBool()
        ? current.data(ColleagueModel::IdRole).toString()
        : QString();
}

QString TransferDialog::note() const
{
    return m_ui->noteEdit->toPlainText().trimmed();
}

void TransferDialog::validate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_ui->toQueueRadio->isChecked() || !agentId().isEmpty());
}

} // namespace handoff
