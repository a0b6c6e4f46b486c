// The escalation report on the board: pick a period (today, 7 days, 30 days or custom dates), see the
// escalations by topic stacked by trigger as a chart and as a sortable table, and export them as CSV.
// The topics that always reach a person are the ones to teach the bot.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include "desk/ReportControls.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace handoff {

class BoardView;
class EscalationChart;
class SupervisorBoard;
struct EscalationReport;

class EscalationReportWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Today, Last7Days, Last30Days, Custom };

    explicit EscalationReportWidget(SupervisorBoard *board, QWidget *parent = nullptr);

    EscalationChart *chart() const { return m_chart; }
    BoardView *table() const { return m_table; }
    QPushButton *exportButton() const { return m_controls.exportButton; }

    void setPeriod(Period p);
    void setCustomRange(const QDate &first, const QDate &last); // both days included; selects Custom
    // [from, to) in UTC for the chosen period, counted in local days; `today` is for tests.
    static std::pair<QDateTime, QDateTime> rangeFor(Period p, const QDate &first, const QDate &last,
                                                    const QDate &today = QDate::currentDate());

    // Writes the shown report as CSV (UTF-8, RFC 4180). False and a sentence in *error when it cannot.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

public slots:
    void refresh();   // asks the router for the chosen period
    void chooseExportFile(); // "Export CSV…": asks where, then writes

protected:
    void showEvent(QShowEvent *e) override;

private:
    static QString satisfactionText(const EscalationReport &r, const QString &period);
    void updateSummary();

    SupervisorBoard *m_board;
    ReportControls m_controls;
    QLabel *m_summary;
    QLabel *m_satisfaction; // the post-chat survey figures of the same period
    EscalationChart *m_chart;
    QSortFilterProxyModel *m_proxy;
    BoardView *m_table;
    bool m_requested = false;
};

} // namespace handoff
