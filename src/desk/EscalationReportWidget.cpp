#include "desk/EscalationReportWidget.h"

#include "client/SupervisorBoard.h"
#include "desk/BoardView.h"
#include "desk/EscalationChart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace handoff {

EscalationReportWidget::EscalationReportWidget(SupervisorBoard *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_controls(this, QStringLiteral("report"),
          { { tr("Today"), int(Period::Today) }, { tr("Last 7 days"), int(Period::Last7Days) },
              { tr("Last 30 days"), int(Period::Last30Days) }, { tr("Custom dates"), int(Period::Custom) } },
          int(Period::Custom))
    , m_summary(new QLabel(this))
    , m_satisfaction(new QLabel(this))
    , m_chart(new EscalationChart(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new BoardView(this))
{
    m_controls.period->setCurrentIndex(1);
    m_controls.from->setDate(QDate::currentDate().addDays(-6));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_satisfaction->setObjectName(QStringLiteral("satisfactionSummary"));
    m_satisfaction->setTextFormat(Qt::PlainText);
    m_satisfaction->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("escalationChart"));
    m_chart->setModel(board->report());
    m_proxy->setSourceModel(board->report());
    m_proxy->setSortRole(BoardSortRole);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Escalations by topic and trigger"));
    m_table->sortByColumn(EscalationReportModel::TotalColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EscalationReportModel::TopicColumn, QHeaderView::Stretch);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_controls.layout);
    layout->addWidget(m_summary);
    layout->addWidget(m_satisfaction);
    layout->addWidget(split, 1);

    connect(m_controls.period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_controls.customChosen())
            refresh();
    });
    connect(m_controls.refresh, &QPushButton::clicked, this, &EscalationReportWidget::refresh);
    connect(m_controls.exportButton, &QPushButton::clicked, this, &EscalationReportWidget::chooseExportFile);
    connect(board->report(), &QAbstractItemModel::modelReset, this, &EscalationReportWidget::updateSummary);
    connect(board, &SupervisorBoard::actionFinished, this,
            [this](const QString &action, const QString &, const QString &error) {
                if (action == QLatin1String("report.escalations") && !error.isEmpty())
                    m_summary->setText(tr("The report could not be made: %1").arg(error));
            });
    updateSummary();
}

std::pair<QDateTime, QDateTime> EscalationReportWidget::rangeFor(Period p, const QDate &first, const QDate &last,
                                                                 const QDate &today)
{
    QDate from = today, to = today;
    switch (p) {
    case Period::Today:
        break;
    case Period::Last7Days:
        from = today.addDays(-6);
        break;
    case Period::Last30Days:
        from = today.addDays(-29);
        break;
    case Period::Custom:
        from = std::min(first, last);
        to = std::max(first, last);
        break;
    }
    // Whole local days, sent in UTC: [first day's midnight, the day after the last day).
    return {from.startOfDay().toUTC(), to.addDays(1).startOfDay().toUTC()};
}

void EscalationReportWidget::setPeriod(Period p)
{
    m_controls.choose(int(p), [this] { refresh(); });
}

void EscalationReportWidget::setCustomRange(const QDate &first, const QDate &last)
{
    m_controls.chooseDates(first, last, [this] { refresh(); });
}

void EscalationReportWidget::refresh()
{
    const Period p = Period(m_controls.chosen());
    if (p == Period::Custom && m_controls.from->date().daysTo(m_controls.to->date()) > 365) {
        m_summary->setText(tr("Choose at most 366 days."));
        return;
    }
    const auto [from, to] = rangeFor(p, m_controls.from->date(), m_controls.to->date());
    m_requested = true;
    m_summary->setText(tr("Loading…"));
    m_board->requestReport(from, to);
}

void EscalationReportWidget::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    if (!m_requested)
        refresh();
}

void EscalationReportWidget::updateSummary()
{
    const EscalationReport &r = m_board->report()->report();
    m_controls.exportButton->setEnabled(!r.rows.isEmpty());
    if (!r.from.isValid()) {
        m_satisfaction->clear();
        m_summary->setText(m_requested ? tr("Loading…") : QString());
        return;
    }
    const QLocale locale;
    const QString from = locale.toString(r.from.toLocalTime().date(), QLocale::ShortFormat);
    const QString to = locale.toString(r.to.toLocalTime().addMSecs(-1).date(), QLocale::ShortFormat);
    const QString period = from == to ? tr("on %1").arg(from) : tr("from %1 to %2").arg(from, to);
    m_satisfaction->setText(satisfactionText(r, period));
    if (r.total == 0) {
        m_summary->setText(tr("No escalations to people %1.").arg(period));
        return;
    }
    QString text = tr("Escalations to people %1: %2.").arg(period).arg(r.total);
    if (!r.byTopic.isEmpty())
        text += QLatin1Char(' ')
            + tr("Most often: %1 (%2). Topics that always reach a person are the ones to teach the bot.")
                  .arg(r.byTopic.constFirst().topic.isEmpty() ? tr("(none)") : r.byTopic.constFirst().topic)
                  .arg(r.byTopic.constFirst().count);
    m_summary->setText(text);
}

QString EscalationReportWidget::satisfactionText(const EscalationReport &r, const QString &period)
{
    if (r.satisfaction.count == 0)
        return tr("No visitor ratings %1.").arg(period);
    const QLocale locale;
    const auto figures = [&](const SatisfactionFigures &f) {
        return tr("%1: %2 of 5, %3 % satisfied (%n rating(s))", nullptr, f.count)
            .arg(f.id.isEmpty() ? tr("(none)") : f.id, locale.toString(f.average, 'f', 1),
                 locale.toString(f.satisfiedPercent, 'f', 0));
    };
    QStringList queues, agents;
    for (const SatisfactionFigures &f : r.satisfactionByQueue)
        queues << figures(f);
    for (const SatisfactionFigures &f : r.satisfactionByAgent)
        agents << figures(f);
    return tr("Visitor ratings %1: %n, average %2 of 5, %3 % satisfied (rated 4 or 5).", nullptr, r.satisfaction.count)
               .arg(period, locale.toString(r.satisfaction.average, 'f', 1),
                    locale.toString(r.satisfaction.satisfiedPercent, 'f', 0))
        + QLatin1Char('\n') + tr("By queue: %1.").arg(queues.join(QStringLiteral("; ")))
        + QLatin1Char('\n') + tr("By agent: %1.").arg(agents.join(QStringLiteral("; ")));
}

bool EscalationReportWidget::exportCsv(const QString &path, QString *error) const
{
    return ReportControls::writeCsv(path, m_board->report()->toCsv(), error);
}

void EscalationReportWidget::chooseExportFile()
{
    const EscalationReport &r = m_board->report()->report();
    const QString name = tr("escalations-%1-%2.csv")
                             .arg(r.from.toLocalTime().date().toString(Qt::ISODate),
                                  r.to.toLocalTime().addMSecs(-1).date().toString(Qt::ISODate));
    QString saved;
    if (ReportControls::exportCsv(this, tr("Export escalation report"), name, m_board->report()->toCsv(), &saved))
        m_summary->setText(saved);
}

} // namespace handoff
