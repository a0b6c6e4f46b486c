// The contact-centre KPI report (report.kpi) as the desk keeps it, and as a table: one row per queue or
// one row per agent, a column per figure (docs/supervisor.md, "KPI report"). The report as received is
// kept for the charts and the CSV export.
#pragma once

#include "client/SupervisorTypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonObject>
#include <optional>

namespace handoff {

struct KpiReportData {
    QDate from;
    QDate to;
    QString timeZone; // the router's: where its days start and end
    int shortAbandonSeconds = 0;
    QList<QJsonObject> queues; // queueId and the figures (KpiReportModel's keys)
    QList<QJsonObject> agents; // agentId and the figures
    QJsonObject total;

    static KpiReportData fromJson(const QJsonObject &o);
    // One header line, then a line per queue, per agent and the total (scope, id and every figure).
    QString toCsv() const;
    // A figure of a row: nullopt where the router had nothing to divide by.
    static std::optional<double> figure(const QJsonObject &row, const char *key);
    // A row's name as shown: a queue's name (its id when it has none), an agent's id.
    static QString nameOf(const QJsonObject &row);
};

class KpiReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Scope { Queues, Agents };
    enum class Kind { Name, Count, Percent, Seconds };
    struct Column {
        const char *key;
        const char *header; // translated in the model's context
        const char *toolTip;
        Kind kind;
    };

    explicit KpiReportModel(Scope scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReport(const KpiReportData &report);
    const KpiReportData &report() const { return m_report; }
    Scope scope() const { return m_scope; }
    const QList<Column> &columns() const;
    // A figure as the table shows it: "12", "33.3 %", "2.4 s"; "–" when there is none.
    static QString formatted(const std::optional<double> &value, Kind kind);

private:
    const QList<QJsonObject> &rows() const;

    Scope m_scope;
    KpiReportData m_report;
};

} // namespace handoff
