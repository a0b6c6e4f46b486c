#include "desk/KpiReportWidget.h"

#include "client/SupervisorBoard.h"
#include "desk/BoardView.h"
#include "desk/KpiChart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace handoff {

namespace {

// A table with its label above it (the label names it for screen readers too).
QWidget *labelled(const QString &title, BoardView *table, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *label = new QLabel(title, box);
    label->setBuddy(table);
    table->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    return box;
}

} // namespace

KpiReportWidget::KpiReportWidget(SupervisorBoard *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_controls(this, QStringLiteral("kpi"),
                 {{tr("Today"), int(Period::Today)},
                  {tr("Yesterday"), int(Period::Yesterday)},
                  {tr("Last 7 days"), int(Period::Last7Days)},
                  {tr("Custom dates"), int(Period::Custom)}},
                 int(Period::Custom))
    , m_summary(new QLabel(this))
    , m_volume(new KpiChart(KpiChart::Kind::Volume, this))
    , m_serviceLevel(new KpiChart(KpiChart::Kind::ServiceLevel, this))
    , m_queueProxy(new QSortFilterProxyModel(this))
    , m_agentProxy(new QSortFilterProxyModel(this))
    , m_queueTable(new BoardView(this))
    , m_agentTable(new BoardView(this))
{
    m_summary->setObjectName(QStringLiteral("kpiSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_volume->setObjectName(QStringLiteral("kpiVolumeChart"));
    m_serviceLevel->setObjectName(QStringLiteral("kpiServiceLevelChart"));
    m_volume->setModel(board->kpiQueues());
    m_serviceLevel->setModel(board->kpiQueues());
    const std::pair<QSortFilterProxyModel *, KpiReportModel *> tables[] = {{m_queueProxy, board->kpiQueues()},
                                                                          {m_agentProxy, board->kpiAgents()}};
    for (const auto &[proxy, model] : tables) {
        proxy->setSourceModel(model);
        proxy->setSortRole(BoardSortRole);
    }
    m_queueTable->setObjectName(QStringLiteral("kpiQueueTable"));
    m_agentTable->setObjectName(QStringLiteral("kpiAgentTable"));
    m_queueTable->setModel(m_queueProxy);
    m_agentTable->setModel(m_agentProxy);
    for (BoardView *t : {m_queueTable, m_agentTable}) {
        t->sortByColumn(0, Qt::AscendingOrder);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->setChildrenCollapsible(false);
    charts->addWidget(m_volume);
    charts->addWidget(m_serviceLevel);
    auto *tablesSplit = new QSplitter(Qt::Horizontal, this);
    tablesSplit->setChildrenCollapsible(false);
    tablesSplit->addWidget(labelled(tr("By &queue"), m_queueTable, this));
    tablesSplit->addWidget(labelled(tr("By a&gent"), m_agentTable, this));
    tablesSplit->setStretchFactor(0, 3);
    tablesSplit->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(charts);
    split->addWidget(tablesSplit);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_controls.layout);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_controls.period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_controls.customChosen())
            refresh();
    });
    connect(m_controls.refresh, &QPushButton::clicked, this, &KpiReportWidget::refresh);
    connect(m_controls.exportButton, &QPushButton::clicked, this, &KpiReportWidget::chooseExportFile);
    connect(board->kpiQueues(), &QAbstractItemModel::modelReset, this, &KpiReportWidget::updateSummary);
    connect(board, &SupervisorBoard::actionFinished, this,
            [this](const QString &action, const QString &, const QString &error) {
                if (action == QLatin1String("report.kpi") && !error.isEmpty())
                    m_summary->setText(tr("The report could not be made: %1").arg(error));
            });
    // Today's figures move while the day goes on: renewed while the report shows them.
    m_live.setInterval(kLiveRefreshMs);
    connect(&m_live, &QTimer::timeout, this, [this] {
        if (isVisible() && Period(m_controls.chosen()) == Period::Today)
            refresh();
    });
    m_live.start();
    updateSummary();
}

std::pair<QDate, QDate> KpiReportWidget::daysFor(Period p, const QDate &first, const QDate &last, const QDate &today)
{
    switch (p) {
    case Period::Today:
        return {today, today};
    case Period::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case Period::Last7Days:
        return {today.addDays(-6), today};
    case Period::Custom:
        break;
    }
    return {std::min(first, last), std::max(first, last)};
}

void KpiReportWidget::setPeriod(Period p)
{
    m_controls.choose(int(p), [this] { refresh(); });
}

void KpiReportWidget::setCustomRange(const QDate &first, const QDate &last)
{
    m_controls.chooseDates(first, last, [this] { refresh(); });
}

void KpiReportWidget::refresh()
{
    const auto [from, to] = daysFor(Period(m_controls.chosen()), m_controls.from->date(), m_controls.to->date());
    if (from.daysTo(to) >= kMaxDays) {
        m_summary->setText(tr("Choose at most %1 days.").arg(kMaxDays));
        return;
    }
    m_requested = true;
    if (m_board->kpiQueues()->report().from != from || m_board->kpiQueues()->report().to != to)
        m_summary->setText(tr("Loading…"));
    m_board->requestKpiReport(from, to);
}

void KpiReportWidget::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    if (!m_requested)
        refresh();
}

QString KpiReportWidget::summary() const
{
    return m_summary->text();
}

void KpiReportWidget::updateSummary()
{
    const KpiReportData &r = m_board->kpiQueues()->report();
    m_controls.exportButton->setEnabled(r.from.isValid());
    if (!r.from.isValid()) {
        m_summary->setText(m_requested ? tr("Loading…") : QString());
        return;
    }
    const QLocale locale;
    const QString from = locale.toString(r.from, QLocale::ShortFormat);
    const QString to = locale.toString(r.to, QLocale::ShortFormat);
    const QString period = from == to ? tr("on %1").arg(from) : tr("from %1 to %2").arg(from, to);
    const auto f = [&](const char *key, KpiReportModel::Kind kind) {
        return KpiReportModel::formatted(KpiReportData::figure(r.total, key), kind);
    };
    using Kind = KpiReportModel::Kind;
    QString text = tr("All queues %1 (days of the router's time zone, %2): %3 offered, %4 answered, %5 abandoned "
                      "(%6); service level %7, ASA %8, AHT %9.")
                       .arg(period, r.timeZone, f("offered", Kind::Count), f("answered", Kind::Count),
                            f("abandoned", Kind::Count), f("abandonRate", Kind::Percent),
                            f("serviceLevel", Kind::Percent), f("asaSeconds", Kind::Seconds),
                            f("ahtSeconds", Kind::Seconds));
    if (r.shortAbandonSeconds > 0)
        text += QLatin1Char(' ') + tr("Visitors who left within %1 s are not counted.").arg(r.shortAbandonSeconds);
    m_summary->setText(text);
}

bool KpiReportWidget::exportCsv(const QString &path, QString *error) const
{
    return ReportControls::writeCsv(path, m_board->kpiQueues()->report().toCsv(), error);
}

void KpiReportWidget::chooseExportFile()
{
    const KpiReportData &r = m_board->kpiQueues()->report();
    const QString name = tr("kpi-%1-%2.csv").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    QString saved;
    if (ReportControls::exportCsv(this, tr("Export KPI report"), name, r.toCsv(), &saved))
        m_summary->setText(saved);
}

} // namespace handoff
