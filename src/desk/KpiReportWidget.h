// The KPI report on the supervisor board: pick a period (today, yesterday, the last 7 days or custom
// dates; whole days of the router's time zone), see per queue the offered, answered and abandoned chats
// and the service level with the ASA as charts, per queue and per agent every figure as sortable tables,
// and export them as CSV. Today's report renews itself while it is shown.
#pragma once

#include <QDate>
#include <QTimer>
#include <QWidget>

#include "desk/ReportControls.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace handoff {

class BoardView;
class KpiChart;
class SupervisorBoard;

class KpiReportWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Today, Yesterday, Last7Days, Custom };
    static constexpr int kLiveRefreshMs = 30000;
    static constexpr int kMaxDays = 92; // as the router allows

    explicit KpiReportWidget(SupervisorBoard *board, QWidget *parent = nullptr);

    KpiChart *volumeChart() const { return m_volume; }
    KpiChart *serviceLevelChart() const { return m_serviceLevel; }
    BoardView *queueTable() const { return m_queueTable; }
    BoardView *agentTable() const { return m_agentTable; }
    QPushButton *exportButton() const { return m_controls.exportButton; }
    QString summary() const;

    void setPeriod(Period p);
    void setCustomRange(const QDate &first, const QDate &last); // both days included; selects Custom
    // The first and last day of a period; `today` is for tests.
    static std::pair<QDate, QDate> daysFor(Period p, const QDate &first, const QDate &last,
                                           const QDate &today = QDate::currentDate());

    bool exportCsv(const QString &path, QString *error = nullptr) const;

public slots:
    void refresh();
    void chooseExportFile();

protected:
    void showEvent(QShowEvent *e) override;

private:
    void updateSummary();

    SupervisorBoard *m_board;
    ReportControls m_controls;
    QLabel *m_summary;
    KpiChart *m_volume;
    KpiChart *m_serviceLevel;
    QSortFilterProxyModel *m_queueProxy;
    QSortFilterProxyModel *m_agentProxy;
    BoardView *m_queueTable;
    BoardView *m_agentTable;
    QTimer m_live;
    bool m_requested = false;
};

} // namespace handoff
