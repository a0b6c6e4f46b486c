// Confirms a supervisor's reassignment (to an agent or a queue), says what will happen, and asks for
// an optional note that the agent who takes the chat reads as an internal note.
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ReassignDialog;
}

namespace handoff {

struct BoardConversation;

class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Target { Agent, Queue };

    // `targetName` is the agent's or queue's display name; `targetId` its id.
    ReassignDialog(const BoardConversation &conversation, Target target, const QString &targetId,
                   const QString &targetName, QWidget *parent = nullptr);
    ~ReassignDialog() override;

    QString conversationId() const { return m_conversationId; }
    Target target() const { return m_target; }
    QString targetId() const { return m_targetId; }
    QString note() const;
    void setNote(const QString &note);

private:
    std::unique_ptr<Ui::ReassignDialog> m_ui;
    QString m_conversationId;
    Target m_target;
    QString m_targetId;
};

} // namespace handoff
