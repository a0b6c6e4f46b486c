// A supervisor watching one live chat, read-only: the transcript as the agent sees it (internal notes
// included, drawn by the desk's TranscriptDelegate), who has it and in what state, and a button to
// stop. There is no composer: monitoring never sends anything to the visitor.
#pragma once

#include "client/TranscriptModel.h"

#include <QWidget>

class QLabel;
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
    QString title() const; // for the tab: "Ada · Alice"

signals:
    void titleChanged();

private:
    void setConversation(const ConversationSummary &c);
    void updateHeader();

    SupervisorBoard *m_board;
    QString m_conversationId;
    TranscriptModel m_transcript;
    std::optional<ConversationSummary> m_conversation;
    QLabel *m_header;
    QLabel *m_status;
    QListView *m_view;
    QPushButton *m_stop;
    bool m_ended = false;
};

} // namespace handoff
