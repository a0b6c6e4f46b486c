// Asks where a chat goes (a queue, or a named agent) and the note for whoever takes it.
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class TransferDialog;
}

namespace handoff {

class QueueOverviewModel;

class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    TransferDialog(const QueueOverviewModel *queues, QWidget *parent = nullptr);
    ~TransferDialog() override;

    QString queueId() const; // empty when transferring to an agent
    QString agentId() const; // empty when transferring to a queue
    QString note() const;

private:
    void validate();
    std::unique_ptr<Ui::TransferDialog> m_ui;
};

} // namespace handoff
