#include "client/EscalationReportModel.h"

#include "client/BoardConversationModel.h"

namespace handoff {

EscalationReportModel::EscalationReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int EscalationReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.byTopic.size());
}

int EscalationReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EscalationReportModel::triggerForColumn(int column)
{
    switch (column) {
    case ExplicitColumn:
        return QStringLiteral("explicit");
    case UnrecognisedColumn:
        return QStringLiteral("unrecognised");
    case FrustrationColumn:
        return QStringLiteral("frustration");
    case TopicRuleColumn:
        return QStringLiteral("topic");
    case ExternalColumn:
        return QStringLiteral("external");
    }
    return {};
}

QString EscalationReportModel::triggerText(const QString &trigger)
{
    return BoardConversationModel::triggerText(trigger);
}

QVariant EscalationReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.byTopic.size())
        return {};
    const EscalationTopicCount &t = m_report.byTopic.at(index.row());
    if (role == BoardIdRole)
        return t.topic;
    if (index.column() == TopicColumn) {
        if (role == Qt::DisplayRole)
            return t.topic.isEmpty() ? tr("(none)") : t.topic;
        if (role == BoardSortRole)
            return t.topic.toLower();
        return {};
    }
    const int count = index.column() == TotalColumn ? t.count : t.byTrigger.value(triggerForColumn(index.column()));
    if (role == Qt::DisplayRole || role == BoardSortRole)
        return count;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EscalationReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == TopicColumn)
        return tr("Topic");
    if (section == TotalColumn)
        return tr("Total");
    return triggerText(triggerForColumn(section));
}

void EscalationReportModel::setReport(const EscalationReport &report)
{
    // A report is a new answer to a new question, not an update of the old one.
    beginResetModel();
    m_report = report;
    endResetModel();
}

} // namespace handoff
