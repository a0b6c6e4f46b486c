// Searches every transcript cached on this computer and opens the chat a hit belongs to. For supervisors it
// also asks the router for the conversations of signed-in customers by id, e-mail address or name, and
// opens one read-only.
#pragma once

#include "client/DeskSession.h"

#include <QDialog>
#include <QStandardItemModel>
#include <QTimer>
#include <memory>

class QLabel;
class QListView;

namespace Ui {
class SearchDialog;
}

namespace handoff {

class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    SearchDialog(DeskSession *session, QWidget *parent = nullptr);
    ~SearchDialog() override;

signals:
    void conversationChosen(const QString &conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void searchCustomers(); // supervisors: the router's customer.search
    void openCustomerChat(const QModelIndex &index);

    std::unique_ptr<Ui::SearchDialog> m_ui;
    DeskSession *m_session;
    QStandardItemModel m_results;
    QStandardItemModel m_customers;
    QTimer m_customerSearch; // waits for a pause in typing before asking the router
    QList<DeskSession::CustomerHit> m_hits;
    QListView *m_customersView = nullptr;
    QLabel *m_customersStatus = nullptr;
};

} // namespace handoff
