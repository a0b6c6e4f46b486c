#include "desk/MonitorView.h"

#include "client/BoardConversationModel.h"
#include "client/SupervisorBoard.h"
#include "desk/AttachmentPreviews.h"
#include "desk/TranscriptDelegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace handoff {

MonitorView::MonitorView(SupervisorBoard *board, const QString &conversationId, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_conversationId(conversationId)
    , m_header(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
    , m_stop(new QPushButton(tr("&Stop monitoring"), this))
    , m_join(new QPushButton(tr("&Join conversation"), this))
    , m_composer(new QLineEdit(this))
    , m_send(new QPushButton(tr("Se&nd"), this))
{
    setObjectName(QStringLiteral("monitorView"));
    m_header->setTextFormat(Qt::PlainText); // visitor names are visitor text
    m_header->setWordWrap(true);
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("monitorTranscript"));
    m_view->setModel(&m_transcript);
    m_view->setItemDelegate(new TranscriptDelegate(m_view));
    if (board->attachmentDownloads()) // files in the monitored chat: thumbnails and names, as in the open chat
        new AttachmentPreviews(&m_transcript, board->attachmentDownloads(), this);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Monitored transcript (read-only)"));
    m_stop->setObjectName(QStringLiteral("stopMonitoringButton"));
    m_join->setObjectName(QStringLiteral("joinConversationButton"));
    m_join->setToolTip(tr("Take part visibly: the visitor and the agent see that you joined and read your lines. "
                          "The agent keeps the chat."));
    m_composer->setObjectName(QStringLiteral("supervisorComposer"));
    m_composer->setAccessibleName(tr("Your line to the visitor and the agent"));
    m_composer->setPlaceholderText(tr("Write to the visitor and the agent…"));
    m_composer->setMaxLength(4000);
    m_send->setObjectName(QStringLiteral("supervisorSendButton"));
    m_send->setAccessibleName(tr("Send your line"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_join);
    top->addWidget(m_stop);
    auto *compose = new QHBoxLayout;
    compose->addWidget(m_composer, 1);
    compose->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(compose);
    setTabOrder(m_view, m_composer);
    setTabOrder(m_composer, m_send);

    connect(m_join, &QPushButton::clicked, this, [this] {
        if (m_ended)
            return;
        m_join->setEnabled(false); // until the router answers
        if (hasJoined())
            m_board->leave(m_conversationId);
        else
            m_board->join(m_conversationId);
    });
    connect(m_send, &QPushButton::clicked, this, &MonitorView::send);
    connect(m_composer, &QLineEdit::returnPressed, this, &MonitorView::send);
    connect(board, &SupervisorBoard::joinedChanged, this, [this](const QString &id, bool) {
        if (id == m_conversationId)
            updateJoined();
    });
    connect(board, &SupervisorBoard::actionFinished, this,
            [this](const QString &action, const QString &target, const QString &error) {
                if (target != m_conversationId || error.isEmpty())
                    return;
                if (action == QLatin1String("conversation.join") || action == QLatin1String("conversation.leave"))
                    updateJoined();
                m_status->setText(error);
            });

    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (!m_ended)
            m_board->stopMonitoring(m_conversationId);
    });
    connect(board, &SupervisorBoard::monitoringStarted, this,
            [this](const QString &id, const ConversationSummary &c, const QList<ChatMessage> &messages) {
                if (id != m_conversationId)
                    return;
                m_ended = false;
                m_conversation = c;
                m_transcript.setConversation(c, messages, {});
                QTimer::singleShot(0, m_view, &QListView::scrollToBottom);
                updateHeader();
            });
    connect(board, &SupervisorBoard::monitoredMessage, this, [this](const QString &id, const ChatMessage &m) {
        if (id != m_conversationId)
            return;
        // Follow new lines when the supervisor is already reading the end, and always to the line they sent.
        const bool atEnd = m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 4;
        m_transcript.addMessage(m);
        const bool mine = !m_justSent.isEmpty() && m.text == m_justSent;
        if (atEnd || mine)
            m_view->scrollToBottom();
        if (mine)
            m_justSent.clear();
    });
    connect(board, &SupervisorBoard::monitoredConversationUpdated, this, [this](const ConversationSummary &c) {
        if (c.id == m_conversationId)
            setConversation(c);
    });
    connect(board, &SupervisorBoard::monitoringEnded, this, [this](const QString &id, const QString &reason) {
        if (id != m_conversationId)
            return;
        m_ended = true;
        m_status->setText(reason == QLatin1String("closed") ? tr("The chat has ended; monitoring stopped.")
                                                            : tr("Monitoring stopped."));
        m_stop->setEnabled(false);
        updateJoined();
        emit titleChanged();
    });
    // The transcript so far may have arrived before this view existed.
    const QList<ChatMessage> known = board->monitoredTranscript(conversationId);
    if (!known.isEmpty()) {
        std::optional<ConversationSummary> c;
        if (const BoardConversation *bc = board->conversations()->conversation(conversationId)) {
            ConversationSummary s;
            s.id = bc->id;
            s.state = bc->state;
            s.queueId = bc->queueId;
            s.agentId = bc->agentId;
            s.agentName = bc->agentName;
            s.visitorName = bc->visitorName;
            s.topic = bc->topic;
            c = s;
        }
        m_conversation = c;
        m_transcript.setConversation(c, known, {});
    }
    updateHeader();
    updateJoined();
}

MonitorView::~MonitorView() = default;

bool MonitorView::hasJoined() const
{
    return m_board->hasJoined(m_conversationId);
}

void MonitorView::updateJoined()
{
    const bool joined = hasJoined() && !m_ended;
    m_join->setText(joined ? tr("&Leave conversation") : tr("&Join conversation"));
    m_join->setEnabled(!m_ended);
    m_composer->setVisible(joined);
    m_send->setVisible(joined);
    m_composer->setEnabled(joined);
    m_send->setEnabled(joined);
    m_view->setAccessibleName(joined ? tr("Transcript of the chat you joined") : tr("Monitored transcript (read-only)"));
    updateHeader();
    if (joined)
        m_composer->setFocus();
}

void MonitorView::send()
{
    const QString text = m_composer->text().trimmed();
    if (text.isEmpty() || !hasJoined() || m_ended)
        return;
    m_justSent = text;
    m_board->say(m_conversationId, text);
    m_composer->clear();
}

void MonitorView::setConversation(const ConversationSummary &c)
{
    m_conversation = c;
    updateHeader();
}

QString MonitorView::title() const
{
    const BoardConversation *bc = m_board->conversations()->conversation(m_conversationId);
    QString visitor = m_conversation ? m_conversation->visitorName : bc ? bc->visitorName : QString();
    if (visitor.isEmpty())
        visitor = tr("Visitor");
    return m_ended ? tr("%1 (ended)").arg(visitor) : visitor;
}

void MonitorView::updateHeader()
{
    QString visitor, agent, topic;
    ConversationState state = ConversationState::Bot;
    if (m_conversation) {
        visitor = m_conversation->visitorName;
        agent = m_conversation->agentName.isEmpty() ? m_conversation->agentId : m_conversation->agentName;
        topic = m_conversation->topic;
        state = m_conversation->state;
    } else if (const BoardConversation *bc = m_board->conversations()->conversation(m_conversationId)) {
        visitor = bc->visitorName;
        agent = bc->agentName.isEmpty() ? bc->agentId : bc->agentName;
        topic = bc->topic;
        state = bc->state;
    }
    if (visitor.isEmpty())
        visitor = tr("Visitor");
    QString header = tr("Monitoring %1").arg(visitor);
    if (!topic.isEmpty())
        header += QStringLiteral(" · ") + topic;
    m_header->setText(header);
    const QString who = agent.isEmpty() ? tr("No agent") : tr("Agent: %1").arg(agent);
    if (!m_ended && hasJoined())
        m_status->setText(tr("%1 · %2 — you joined: the visitor and the agent see your lines.")
                              .arg(who, BoardConversationModel::stateText(state)));
    else if (!m_ended)
        m_status->setText(tr("%1 · %2 — read-only: the visitor and the agent do not see you.")
                              .arg(who, BoardConversationModel::stateText(state)));
    emit titleChanged();
}

} // namespace handoff
