#include "client/KpiReportModel.h"

#include <QJsonArray>
#include <QLocale>

namespace handoff {

namespace {

// Every figure of the report in the order of the CSV export.
constexpr const char *kCsvKeys[] = {"offered", "answered", "answeredInServiceLevel", "abandoned", "shortAbandoned",
                                    "abandonRate", "serviceLevel", "serviceLevelSeconds", "asaSeconds",
                                    "ahtSeconds", "handled", "missedOffers", "declinedOffers", "transfers"};

QList<QJsonObject> objects(const QJsonValue &v)
{
    QList<QJsonObject> list;
    for (const QJsonValue &item : v.toArray())
        if (item.isObject())
            list << item.toObject();
    return list;
}

} // namespace

KpiReportData KpiReportData::fromJson(const QJsonObject &o)
{
    KpiReportData r;
    r.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    r.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    r.timeZone = o.value(QStringLiteral("timeZone")).toString();
    r.shortAbandonSeconds = o.value(QStringLiteral("shortAbandonSeconds")).toInt();
    r.queues = objects(o.value(QStringLiteral("queues")));
    r.agents = objects(o.value(QStringLiteral("agents")));
    r.total = o.value(QStringLiteral("total")).toObject();
    return r;
}

QString KpiReportData::nameOf(const QJsonObject &row)
{
    const QString name = row.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? row.value(row.contains(QStringLiteral("queueId")) ? QStringLiteral("queueId")
                                                                             : QStringLiteral("agentId"))
                                .toString()
                          : name;
}

std::optional<double> KpiReportData::figure(const QJsonObject &row, const char *key)
{
    const QJsonValue v = row.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString KpiReportData::toCsv() const
{
    QString csv = QStringLiteral("scope,id");
    for (const char *key : kCsvKeys)
        csv += QLatin1Char(',') + QLatin1String(key);
    csv += QStringLiteral("\r\n");
    const auto line = [&](const QString &scope, const QString &id, const QJsonObject &row) {
        csv += scope + QLatin1Char(',') + csvField(id);
        for (const char *key : kCsvKeys) {
            csv += QLatin1Char(',');
            if (const auto v = figure(row, key))
                csv += QString::number(*v, 'g', 12); // C locale: a dot, as spreadsheets import it
        }
        csv += QStringLiteral("\r\n");
    };
    for (const QJsonObject &q : queues)
        line(QStringLiteral("queue"), q.value(QStringLiteral("queueId")).toString(), q);
    for (const QJsonObject &a : agents)
        line(QStringLiteral("agent"), a.value(QStringLiteral("agentId")).toString(), a);
    line(QStringLiteral("total"), QString(), total);
    return csv;
}

KpiReportModel::KpiReportModel(Scope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_scope(scope)
{ }

const QList<KpiReportModel::Column> &KpiReportModel::columns() const
{
    static const QList<Column> queues{
        {"queueId", QT_TR_NOOP("Queue"), nullptr, Kind::Name},
        {"offered", QT_TR_NOOP("Offered"), QT_TR_NOOP("Chats that entered the queue, short abandons left out"),
         Kind::Count},
        {"answered", QT_TR_NOOP("Answered"), QT_TR_NOOP("Chats an agent accepted from the queue"), Kind::Count},
        {"abandoned", QT_TR_NOOP("Abandoned"), QT_TR_NOOP("Visitors who left while waiting, before an agent answered"),
         Kind::Count},
        {"abandonRate", QT_TR_NOOP("Abandon rate"), QT_TR_NOOP("Abandoned ÷ offered"), Kind::Percent},
        {"serviceLevel", QT_TR_NOOP("Service level"),
         QT_TR_NOOP("Answered within the queue's threshold ÷ (answered + abandoned)"), Kind::Percent},
        {"asaSeconds", QT_TR_NOOP("ASA"), QT_TR_NOOP("Average speed of answer: from entering the queue to an accept"),
         Kind::Seconds},
        {"ahtSeconds", QT_TR_NOOP("AHT"), QT_TR_NOOP("Average handle time: from accept to close or transfer"),
         Kind::Seconds},
        {"missedOffers", QT_TR_NOOP("Missed offers"), QT_TR_NOOP("Offers that timed out or were declined"),
         Kind::Count},
        {"transfers", QT_TR_NOOP("Transfers"), QT_TR_NOOP("Chats sent on to another queue or agent"), Kind::Count},
        {"csat", QT_TR_NOOP("Satisfied"),
         QT_TR_NOOP("Post-chat survey: ratings of 4 or 5 ÷ ratings given in the period"), Kind::Percent},
    };
    static const QList<Column> agents{
        {"agentId", QT_TR_NOOP("Agent"), nullptr, Kind::Name},
        {"answered", QT_TR_NOOP("Answered"), QT_TR_NOOP("Chats the agent accepted"), Kind::Count},
        {"asaSeconds", QT_TR_NOOP("ASA"), QT_TR_NOOP("Average speed of answer of the chats the agent accepted"),
         Kind::Seconds},
        {"handled", QT_TR_NOOP("Handled"), QT_TR_NOOP("Chats the agent closed or transferred"), Kind::Count},
        {"ahtSeconds", QT_TR_NOOP("AHT"), QT_TR_NOOP("Average handle time: from accept to close or transfer"),
         Kind::Seconds},
        {"missedOffers", QT_TR_NOOP("Missed offers"), QT_TR_NOOP("Offers that timed out or were declined"),
         Kind::Count},
        {"declinedOffers", QT_TR_NOOP("Declined"), QT_TR_NOOP("Missed offers the agent declined"), Kind::Count},
        {"transfers", QT_TR_NOOP("Transfers"), QT_TR_NOOP("Chats sent on to another queue or agent"), Kind::Count},
        {"csat", QT_TR_NOOP("Satisfied"),
         QT_TR_NOOP("Post-chat survey: ratings of 4 or 5 ÷ ratings given in the period"), Kind::Percent},
    };
    return m_scope == Scope::Queues ? queues : agents;
}

const QList<QJsonObject> &KpiReportModel::rows() const
{
    return m_scope == Scope::Queues ? m_report.queues : m_report.agents;
}

int KpiReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rows().size());
}

int KpiReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QString KpiReportModel::formatted(const std::optional<double> &value, Kind kind)
{
    if (!value)
        return QStringLiteral("–");
    const QLocale locale;
    switch (kind) {
    case Kind::Percent:
        return tr("%1 %").arg(locale.toString(*value, 'f', 1));
    case Kind::Seconds:
        // Under a minute to a tenth of a second (ASA), longer ones as the board shows times ("11 min 17 s").
        return *value < 60 ? tr("%1 s").arg(locale.toString(*value, 'f', 1)) : formatBoardDuration(qRound(*value));
    default:
        return locale.toString(qint64(*value));
    }
}

QVariant KpiReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size() || index.column() >= columns().size())
        return {};
    const QJsonObject &row = rows().at(index.row());
    const Column &c = columns().at(index.column());
    if (role == BoardIdRole)
        return row.value(QLatin1String(columns().constFirst().key)).toString();
    if (c.kind == Kind::Name) {
        // Queues by the name agents see, as the board shows them; the id in the tool tip.
        const QString id = row.value(QLatin1String(c.key)).toString();
        const QString name = KpiReportData::nameOf(row);
        if (role == Qt::DisplayRole)
            return name;
        if (role == BoardSortRole)
            return name.toLower();
        if (role == Qt::ToolTipRole && name != id)
            return id;
        return {};
    }
    const auto value = KpiReportData::figure(row, c.key);
    switch (role) {
    case Qt::DisplayRole:
        return formatted(value, c.kind);
    case BoardSortRole:
        return value.value_or(-1.0);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (qstrcmp(c.key, "serviceLevel") == 0)
            return tr("Answered within %1 s").arg(row.value(QStringLiteral("serviceLevelSeconds")).toInt());
        return {};
    }
    return {};
}

QVariant KpiReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns().size())
        return {};
    const Column &c = columns().at(section);
    if (role == Qt::DisplayRole)
        return tr(c.header);
    if (role == Qt::ToolTipRole && c.toolTip)
        return tr(c.toolTip);
    return {};
}

void KpiReportModel::setReport(const KpiReportData &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

} // namespace handoff
