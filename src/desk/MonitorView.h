// A supervisor watching one live chat: the transcript as the agent sees it (internal notes included,
// drawn by the desk's TranscriptDelegate), who has it and in what state, and a button to stop. Watching
// is read-only; *Join conversation* makes the supervisor visible ("Supervisor Sam joined the chat") and
// shows a composer whose lines reach the visitor and the agent, until *Leave conversation*.
#pragma once

#include "client/TranscriptModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace handoff {

class SupervisorBoard;

class MonitorView : public QWidget
{
    Q_OBJECT
public:
    MonitorView(SupervisorBoard *board, const QString &conversationId, QWidget *parent = nullptr);
    ~MonitorView() override;

    QString conversationId() const { return m_conversationId; }
    TranscriptModel *transcript() { return &m_transcript; }
    bool hasEnded() const { return m_ended; }
    bool hasJoined() const;
    QString title() const; // for the tab: "Ada · Alice"

signals:
    void titleChanged();

private:
    void setConversation(const ConversationSummary &c);
    void updateHeader();
    void updateJoined();
    void send();

    SupervisorBoard *m_board;
    QString m_conversationId;
    TranscriptModel m_transcript;
    std::optional<ConversationSummary> m_conversation;
    QLabel *m_header;
    QLabel *m_status;
    QListView *m_view;
    QPushButton *m_stop;
    QPushButton *m_join;
    QLineEdit *m_composer;
    QPushButton *m_send;
    bool m_ended = false;
    QString m_justSent; // the line the supervisor just sent: shown when it comes back, wherever they had scrolled
};

} // namespace handoff
