// The router's audit log on the board: every supervisor action (when, who, what, on what, from which
// desk, allowed or refused), newest first, with a filter box; refreshed on demand and after each of
// this desk's own actions.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace handoff {

class BoardFilterModel;
class BoardView;
class SupervisorBoard;

class AuditLogWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogWidget(SupervisorBoard *board, QWidget *parent = nullptr);

    BoardView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *e) override;

private:
    SupervisorBoard *m_board;
    BoardFilterModel *m_proxy;
    QLineEdit *m_filter;
    QPushButton *m_refresh;
    QLabel *m_count;
    BoardView *m_view;
};

} // namespace handoff
