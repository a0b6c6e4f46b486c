// Searches every transcript cached on this computer and opens the chat a hit belongs to.
#pragma once

#include <QDialog>
#include <QStandardItemModel>
#include <memory>

namespace Ui {
class SearchDialog;
}

namespace handoff {

class DeskSession;

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

    std::unique_ptr<Ui::SearchDialog> m_ui;
    DeskSession *m_session;
    QStandardItemModel m_results;
};

} // namespace handoff
