#include "desk/CannedResponseActions.h"

#include "client/DeskSession.h"
#include "desk/CannedResponseDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>

namespace handoff {

CannedResponseActions::CannedResponseActions(DeskSession *session, QListView *view, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(view)
    , m_add(new QPushButton(tr("Ne&w…"), this))
    , m_edit(new QPushButton(tr("Edi&t…"), this))
    , m_remove(new QPushButton(tr("Delete"), this))
{
    m_add->setObjectName(QStringLiteral("newCannedButton"));
    m_edit->setObjectName(QStringLiteral("editCannedButton"));
    m_remove->setObjectName(QStringLiteral("deleteCannedButton"));
    m_add->setToolTip(tr("Add a personal canned response (Ctrl+Shift+N)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_edit);
    layout->addWidget(m_remove);
    connect(m_add, &QPushButton::clicked, this, &CannedResponseActions::addResponse);
    connect(m_edit, &QPushButton::clicked, this, &CannedResponseActions::editResponse);
    connect(m_remove, &QPushButton::clicked, this, &CannedResponseActions::removeResponse);

    // Delete and F2 on the list, as in a file manager.
    auto *del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &CannedResponseActions::removeResponse);
    auto *rename = new QAction(this);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetShortcut);
    connect(rename, &QAction::triggered, this, &CannedResponseActions::editResponse);
    view->addActions({ del, rename });

    CannedResponseModel *model = session->cannedResponses();
    connect(model, &QAbstractItemModel::modelReset, this, &CannedResponseActions::updateButtons);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CannedResponseActions::updateButtons);
    updateButtons();
}

void CannedResponseActions::updateButtons()
{
    const QModelIndex i = m_view->currentIndex();
    const bool personal = i.isValid() && i.data(CannedResponseModel::PersonalRole).toBool();
    m_edit->setEnabled(personal);
    m_remove->setEnabled(personal);
    const QString why = i.isValid() && !personal ? tr("Shared responses are managed on the router.") : QString();
    m_edit->setToolTip(why.isEmpty() ? tr("Change the selected personal response (F2)") : why);
    m_remove->setToolTip(why.isEmpty() ? tr("Delete the selected personal response (Delete)") : why);
}

CannedResponseDialog *CannedResponseActions::makeDialog()
{
    auto *dialog = new CannedResponseDialog(m_session->cannedResponses()->all(),
        m_session->cannedResponses()->categories(), m_session->fillerFor(m_session->currentConversationId()),
        window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CannedResponse c = dialog->response();
        if (!m_session->addPersonalCannedResponse(c)) {
            QMessageBox::warning(window(), tr("Canned responses"),
                tr("Could not save /%1 in the local cache: %2").arg(c.shortcut, m_session->cache()->lastError()));
            return;
        }
        emit message(tr("Saved /%1.").arg(c.shortcut));
    });
    return dialog;
}

void CannedResponseActions::addResponse()
{
    makeDialog()->open();
}

void CannedResponseActions::editResponse()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || !i.data(CannedResponseModel::PersonalRole).toBool()) {
        emit message(tr("Only your personal responses can be changed here."));
        return;
    }
    CannedResponseDialog *dialog = makeDialog();
    dialog->setResponse(m_session->cannedResponses()->at(i.row()));
    dialog->open();
}

void CannedResponseActions::removeResponse()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || !i.data(CannedResponseModel::PersonalRole).toBool()) {
        emit message(tr("Only your personal responses can be deleted here."));
        return;
    }
    const CannedResponse c = m_session->cannedResponses()->at(i.row());
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Delete canned response"),
        tr("Delete /%1 (%2)?").arg(c.shortcut, c.title), QMessageBox::Yes | QMessageBox::Cancel, window());
    ask->setObjectName(QStringLiteral("confirmDeleteCanned"));
    ask->setDefaultButton(QMessageBox::Yes);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, c](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (m_session->removePersonalCannedResponse(c.id))
            emit message(tr("Deleted /%1.").arg(c.shortcut));
    });
    ask->open();
}

} // namespace handoff
