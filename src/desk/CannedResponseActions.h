// New / Edit / Delete under the canned-response list: personal responses are added, changed and removed
// here (kept in the local cache); shared ones come from the router and are read-only on the desk.
#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace handoff {

class CannedResponseDialog;
class DeskSession;

class CannedResponseActions : public QWidget
{
    Q_OBJECT
public:
    CannedResponseActions(DeskSession *session, QListView *view, QWidget *parent = nullptr);

public slots:
    void addResponse();
    void editResponse();
    void removeResponse();

signals:
    void message(const QString &text); // for the status bar

private:
    void updateButtons();
    CannedResponseDialog *makeDialog();

    DeskSession *m_session;
    QListView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace handoff
