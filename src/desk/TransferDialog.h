// Asks where a chat goes — a queue, or a colleague chosen from a list that shows who can take it now
// (presence and load; offline, away and full colleagues greyed out with the reason) — and the note for
// whoever takes it. The same live picker chooses the colleague to consult (Chat > Consult…): then only the
// list shows, with supervisors, and anyone signed in can be chosen.
#pragma once

#include <QDialog>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class TransferDialog;
}

namespace handoff {

class ColleagueModel;
class QueueOverviewModel;
struct BoardAgent;

class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Transfer, Consult };
    TransferDialog(const QueueOverviewModel *queues, QWidget *parent = nullptr, Purpose purpose = Purpose::Transfer);
    ~TransferDialog() override;

    // The router's answer to agents.list; `selfId` is left out of the list.
    void setColleagues(const QList<BoardAgent> &agents, const QString &selfId);
    // Colleagues whose presence or load changed while the dialog is open (the router's agents.changed).
    // The colleague chosen stays chosen while they can take the chat; one who no longer can is not
    // swapped for someone else: the choice stays empty until they can again or the agent picks another.
    void updateColleagues(const QList<BoardAgent> &changed);
    // The list could not be fetched: the agent field then takes a user name as typed.
    void setColleaguesError(const QString &error);

    QString queueId() const; // empty when transferring to an agent
    QString agentId() const; // empty when transferring to a queue (or no available colleague is chosen)
    QString note() const;

private:
    void applyFilter();
    void updateNotice();
    void selectFirstAvailable();
    void validate();
    std::unique_ptr<Ui::TransferDialog> m_ui;
    ColleagueModel *m_colleagues;
    QSortFilterProxyModel *m_filtered;
    Purpose m_purpose;
    QString m_chosenId; // the colleague chosen last (by the agent or as the first available)
    bool m_listLoaded = false;
    bool m_listFailed = false;
};

} // namespace handoff
