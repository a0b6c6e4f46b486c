// The escalation report as a table: one row per topic with its total and a column per trigger, so a
// supervisor sees which topics the bot hands over most and why. The full report (for the chart and the
// CSV export) is kept as received.
#pragma once

#include "client/SupervisorTypes.h"

#include <QAbstractTableModel>

namespace handoff {

class EscalationReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TopicColumn,
        TotalColumn,
        ExplicitColumn,
        UnrecognisedColumn,
        FrustrationColumn,
        TopicRuleColumn,
        ExternalColumn,
        ColumnCount
    };

    explicit EscalationReportModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReport(const EscalationReport &report);
    const EscalationReport &report() const { return m_report; }
    QString toCsv() const { return m_report.toCsv(); }
    // The trigger name a column counts ("explicit", …); empty for the topic and total columns.
    static QString triggerForColumn(int column);
    static QString triggerText(const QString &trigger);

private:
    EscalationReport m_report;
};

} // namespace handoff
