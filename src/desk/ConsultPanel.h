// The consult panel under the open chat's transcript (docs/desk.md, "Consulting a colleague"): in its own
// colour and with its own heading, apart from the conversation with the visitor. While the invitation
// waits it says so with a Cancel; once accepted it shows the thread and a line edit of its own
// (consult.say), and for the chat's agent "Hand over to Ben…" and "End consult"; for the colleague
// consulted "End consult". How the last consult ended stays as a plain line until dismissed.
#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace handoff {

class DeskSession;

class ConsultPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ConsultPanel(DeskSession *session, QWidget *parent = nullptr);

    void refresh(); // the open chat's consult, as the session knows it
    void focusLineEdit();
    void applyColours(); // after a theme change: now if shown, else when it next shows
    // The hand-over: asks for the note (a dialog), then consult.handover.
    void handOver();

signals:
    void notice(const QString &text); // for the status bar

private:
    void say();
    void end();
    void updateColours();

    DeskSession *m_session;
    QLabel *m_heading;
    QLabel *m_privacy; // "Only you and Ben see this."
    QLabel *m_status; // waiting, or how it ended
    QListView *m_thread;
    QLineEdit *m_edit;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_handOver;
    QPushButton *m_end;
    QPushButton *m_dismiss;
    QTimer m_countdown;
    bool m_coloursStale = true;
};

} // namespace handoff
