#include "desk/ConsultPanel.h"

#include "client/DeskSession.h"
#include "desk/ThemePalette.h"
#include "desk/TranscriptDelegate.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>

namespace handoff {

ConsultPanel::ConsultPanel(DeskSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_privacy(new QLabel(this))
    , m_status(new QLabel(this))
    , m_thread(new QListView(this))
    , m_edit(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send to colleague"), this))
    , m_cancel(new QPushButton(tr("Cancel invitation"), this))
    , m_handOver(new QPushButton(this))
    , m_end(new QPushButton(tr("End consult"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("consultPanel"));
    m_heading->setObjectName(QStringLiteral("consultHeading"));
    m_privacy->setObjectName(QStringLiteral("consultPrivacy"));
    m_status->setObjectName(QStringLiteral("consultStatus"));
    m_thread->setObjectName(QStringLiteral("consultThreadView"));
    m_edit->setObjectName(QStringLiteral("consultEdit"));
    m_send->setObjectName(QStringLiteral("consultSendButton"));
    m_cancel->setObjectName(QStringLiteral("consultCancelButton"));
    m_handOver->setObjectName(QStringLiteral("consultHandOverButton"));
    m_end->setObjectName(QStringLiteral("consultEndButton"));
    m_dismiss->setObjectName(QStringLiteral("consultDismissButton"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    for (QLabel *l : { m_heading, m_privacy, m_status }) {
        l->setTextFormat(Qt::PlainText); // names come from the router; never markup
        l->setWordWrap(true);
    }
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_thread->setModel(session->consultThread());
    m_thread->setItemDelegate(new TranscriptDelegate(m_thread));
    m_thread->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_thread->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thread->setResizeMode(QListView::Adjust);
    m_thread->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thread->setMinimumHeight(60);
    m_thread->setMaximumHeight(170);
    m_edit->setMaxLength(4000);

    m_thread->setAccessibleName(tr("Consult thread"));
    m_thread->setAccessibleDescription(tr("Lines only you and the colleague consulted see, oldest first."));
    m_edit->setAccessibleName(tr("Message to the colleague consulted"));
    m_edit->setAccessibleDescription(tr("Enter sends it into the consult thread; the visitor never sees it."));
    m_send->setAccessibleName(tr("Send to colleague"));
    m_cancel->setAccessibleName(tr("Cancel the consult invitation"));
    m_end->setAccessibleName(tr("End consult"));
    m_dismiss->setAccessibleName(tr("Dismiss the consult's outcome"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_cancel);
    top->addWidget(m_handOver);
    top->addWidget(m_end);
    top->addWidget(m_dismiss);
    auto *line = new QHBoxLayout;
    line->addWidget(m_edit, 1);
    line->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_privacy);
    layout->addWidget(m_status);
    layout->addWidget(m_thread);
    layout->addLayout(line);
    setTabOrder(m_edit, m_send);

    connect(m_edit, &QLineEdit::returnPressed, this, &ConsultPanel::say);
    connect(m_send, &QPushButton::clicked, this, &ConsultPanel::say);
    connect(m_cancel, &QPushButton::clicked, this, &ConsultPanel::end);
    connect(m_end, &QPushButton::clicked, this, &ConsultPanel::end);
    connect(m_handOver, &QPushButton::clicked, this, &ConsultPanel::handOver);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_session->forgetConsultOutcome(m_session->currentConversationId());
    });
    connect(session, &DeskSession::consultChanged, this, [this](const QString &id) {
        if (id == m_session->currentConversationId())
            refresh();
    });
    connect(session, &DeskSession::conversationOpened, this, &ConsultPanel::refresh);
    connect(session->consultThread(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_thread->scrollToBottom();
        refresh();
    });
    connect(session->consultThread(), &QAbstractItemModel::modelReset, this,
        [this] { QTimer::singleShot(0, m_thread, &QListView::scrollToBottom); });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConsultPanel::refresh);
    refresh();
}

void ConsultPanel::applyColours()
{
    m_coloursStale = true;
    if (isVisible())
        updateColours();
}

void ConsultPanel::updateColours()
{
    // Set when the panel first shows, not when the window is built: a widget's first style sheet sets up
    // Qt's style-sheet style, which the window's first frame does not need (the panel is hidden then).
    if (!m_coloursStale)
        return;
    m_coloursStale = false;
    const TranscriptColours &c = ThemePalette::colours();
    QPalette p = palette();
    p.setColor(QPalette::Window, c.consult);
    p.setColor(QPalette::WindowText, c.consultText);
    setPalette(p);
    setStyleSheet(QStringLiteral("handoff--ConsultPanel { background: %1; border: 2px solid %2; border-radius: 4px; }")
                      .arg(c.consult.name(), c.consultBorder.name()));
}

void ConsultPanel::refresh()
{
    const QString id = m_session->currentConversationId();
    const auto k = m_session->consults()->consult(id);
    const QString outcome = m_session->consultOutcome(id);
    const bool invitationToMe = k && m_session->consults()->isInvitationToMe(*k);
    if (id.isEmpty() || (!k && outcome.isEmpty()) || invitationToMe) {
        m_countdown.stop();
        hide();
        return;
    }
    const QString me = m_session->userId();
    const bool agent = k ? k->agentId == me : m_session->consultingFor(id).isEmpty();
    const QString other = k ? (agent ? k->consultantName : k->agentName) : QString();
    const bool active = k && k->active;
    const bool waiting = k && !k->active;
    m_heading->setText(!k ? tr("Consult")
            : agent       ? tr("Consult with %1").arg(other)
                          : tr("Consult for %1").arg(other));
    m_privacy->setText(k ? tr("Only you and %1 see this; the visitor never does.").arg(other) : QString());
    m_privacy->setVisible(k.has_value());
    QString status;
    if (waiting) {
        const int left = m_session->consults()->secondsLeft(*k);
        status = tr("Waiting for %1 to accept… (%2 s)").arg(other).arg(left);
        m_countdown.start();
    } else {
        m_countdown.stop();
        status = outcome;
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    const bool hasLines = m_session->consultThread()->rowCount() > 0;
    m_thread->setVisible(active || hasLines);
    m_edit->setVisible(active);
    m_send->setVisible(active);
    m_edit->setPlaceholderText(active ? tr("Message to %1 — only %1 sees it; Enter sends").arg(other) : QString());
    m_cancel->setVisible(waiting && agent);
    m_handOver->setVisible(active && agent && k->canHandOver);
    m_handOver->setText(active ? tr("Hand over to %1…").arg(other) : QString());
    m_handOver->setAccessibleName(m_handOver->text());
    m_end->setVisible(active);
    m_dismiss->setVisible(!k);
    const bool online = m_session->connection()->isSignedIn();
    for (QWidget *w : { static_cast<QWidget *>(m_send), static_cast<QWidget *>(m_cancel),
             static_cast<QWidget *>(m_handOver), static_cast<QWidget *>(m_end) })
        w->setEnabled(online);
    updateColours();
    show();
}

void ConsultPanel::focusLineEdit()
{
    if (m_edit->isVisible())
        m_edit->setFocus();
}

void ConsultPanel::say()
{
    const QString id = m_session->currentConversationId();
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return;
    m_edit->setEnabled(false);
    QPointer<QLineEdit> edit(m_edit);
    m_session->sayInConsult(id, text, [this, edit](const QString &error) {
        if (!edit)
            return;
        edit->setEnabled(true);
        edit->setFocus();
        if (error.isEmpty())
            edit->clear();
        else
            emit notice(tr("Not sent to your colleague: %1").arg(error));
    });
}

void ConsultPanel::end()
{
    const QString id = m_session->currentConversationId();
    m_session->endConsult(id, [this](const QString &error) {
        if (!error.isEmpty())
            emit notice(tr("Could not end the consult: %1").arg(error));
    });
}

void ConsultPanel::handOver()
{
    const QString id = m_session->currentConversationId();
    const auto k = m_session->consults()->consult(id);
    if (!k || !k->active || k->agentId != m_session->userId())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("handOverDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Hand over to %1").arg(k->consultantName));
    auto *label = new QLabel(tr("&Note for %1 (read first; the visitor does not see it):").arg(k->consultantName), dialog);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    auto *note = new QPlainTextEdit(dialog);
    note->setObjectName(QStringLiteral("handOverNote"));
    note->setTabChangesFocus(true);
    note->setAccessibleName(tr("Note for %1").arg(k->consultantName));
    label->setBuddy(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand over"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *submit = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), dialog);
    connect(submit, &QShortcut::activated, dialog, &QDialog::accept);
    const QString name = k->consultantName;
    connect(dialog, &QDialog::accepted, this, [this, id, note, name] {
        m_session->handOverConsult(id, note->toPlainText(), [this, name](const QString &error) {
            emit notice(error.isEmpty() ? tr("The chat is %1's now.").arg(name)
                                        : tr("Could not hand the chat over: %1").arg(error));
        });
    });
    note->setFocus();
    dialog->open();
}

} // namespace handoff
