// A log the router keeps, on the board: the audit log (every supervisor action: when, who, what, on what,
// from which desk, allowed or refused) or the webhook delivery log (what was sent where, delivered or
// not). Newest first, with a filter box; refreshed on demand, after each of this desk's own actions and
// when the tab is shown (unless fetched in the last few seconds), never with more than one request on
// its way.
#pragma once

#include <QElapsedTimer>
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
    enum class Log { Audit, Deliveries };
    explicit AuditLogWidget(SupervisorBoard *board, QWidget *parent = nullptr)
        : AuditLogWidget(board, Log::Audit, parent)
    { }
    AuditLogWidget(SupervisorBoard *board, Log log, QWidget *parent = nullptr);

    // Showing the tab again within this long of the last request does not ask the router again.
    static constexpr qint64 kFreshMs = 5000;

    BoardView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *e) override;

private:
    SupervisorBoard *m_board;
    Log m_log;
    BoardFilterModel *m_proxy;
    QLineEdit *m_filter;
    QPushButton *m_refresh;
    QLabel *m_count;
    BoardView *m_view;
    QElapsedTimer m_fetched; // since the last request
    bool m_inFlight = false;
    bool m_again = false; // asked again while a request was on its way
};

} // namespace handoff
