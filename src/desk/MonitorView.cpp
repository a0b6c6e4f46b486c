#include "desk/MonitorView.h"

#include "client/BoardConversationModel.h"
#include "client/SupervisorBoard.h"
#include "desk/TranscriptDelegate.h"

#include <QLabel>
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
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Monitored transcript (read-only)"));
    m_stop->setObjectName(QStringLiteral("stopMonitoringButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

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
        // Follow new lines only when the supervisor is already reading the end.
        const bool atEnd = m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 4;
        m_transcript.addMessage(m);
        if (atEnd)
            m_view->scrollToBottom();
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
}

MonitorView::~MonitorView() = default;

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
    if (!m_ended)
        m_status->setText(tr("%1 · %2 — read-only: the visitor and the agent do not see you.")
                              .arg(agent.isEmpty() ? tr("No agent") : tr("Agent: %1").arg(agent),
                                   BoardConversationModel::stateText(state)));
    emit titleChanged();
}

} // namespace handoff
