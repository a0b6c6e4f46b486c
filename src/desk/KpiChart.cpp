#include "desk/KpiChart.h"

#include "client/KpiReportModel.h"
#include "client/PlainText.h"
#include "desk/EscalationChart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace handoff {

namespace {

constexpr int kMaxQueues = 12; // the rest are in the table

int margin(const QFontMetrics &fm)
{
    return fm.height() / 2;
}

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

KpiChart::KpiChart(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(kind == Kind::Volume ? tr("Offered, answered and abandoned chats by queue")
                                           : tr("Service level and average speed of answer by queue"));
    setAccessibleDescription(tr("The same figures are in the table of queues below."));
}

void KpiChart::setModel(KpiReportModel *queues)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = queues;
    if (queues)
        connect(queues, &QAbstractItemModel::modelReset, this, [this] {
            updateGeometry();
            update();
        });
    updateGeometry();
    update();
}

int KpiChart::rows() const
{
    return m_model ? std::min(kMaxQueues, int(m_model->report().queues.size())) : 0;
}

QStringList KpiChart::seriesNames() const
{
    if (m_kind == Kind::Volume)
        return {tr("Offered"), tr("Answered"), tr("Abandoned")};
    return {tr("Service level")};
}

QList<KpiChart::Bar> KpiChart::barsFor(int row) const
{
    const QJsonObject &q = m_model->report().queues.at(row);
    const auto value = [&](const char *key) { return KpiReportData::figure(q, key); };
    if (m_kind == Kind::Volume) {
        QList<Bar> bars;
        for (const char *key : {"offered", "answered", "abandoned"})
            bars.append({value(key).value_or(0), number(value(key).value_or(0))});
        return bars;
    }
    const auto sl = value("serviceLevel");
    const auto asa = value("asaSeconds");
    QString text = sl ? tr("%1 % in %2 s").arg(number(*sl, 1)).arg(q.value(QStringLiteral("serviceLevelSeconds")).toInt())
                      : tr("no answers");
    if (asa)
        text += QStringLiteral(" · ") + tr("ASA %1 s").arg(number(*asa, 1));
    return {{sl.value_or(0), text}};
}

KpiChart::Geometry KpiChart::geometry() const
{
    const QFontMetrics fm(font());
    const int m = margin(fm);
    const QRect area = rect().adjusted(m, m, -m, -m);
    Geometry g;
    g.legend = QRect(area.left(), area.top(), area.width(), fm.height() * 5 / 4);
    int labelWidth = 0;
    double largest = m_kind == Kind::ServiceLevel ? 100 : 1;
    int textWidth = fm.horizontalAdvance(QStringLiteral("0000"));
    for (int i = 0; i < rows(); ++i) {
        labelWidth = std::max(labelWidth,
                              fm.horizontalAdvance(KpiReportData::nameOf(m_model->report().queues.at(i))));
        for (const Bar &b : barsFor(i)) {
            largest = std::max(largest, b.value);
            textWidth = std::max(textWidth, fm.horizontalAdvance(b.text));
        }
    }
    labelWidth = std::min(labelWidth + 2 * m, area.width() / 4);
    textWidth = std::min(textWidth + m, area.width() / 3);
    const int axisHeight = fm.height() + m / 2;
    const int top = g.legend.bottom() + m;
    g.labels = QRect(area.left(), top, labelWidth, area.bottom() - top - axisHeight);
    g.plot = QRect(g.labels.right() + 1, top, std::max(1, area.width() - labelWidth - textWidth), g.labels.height());
    const int series = int(seriesNames().size());
    g.groupHeight = rows() > 0 ? std::min(g.plot.height() / rows(), fm.height() * (series + 1)) : fm.height();
    g.barHeight = std::max(3, (g.groupHeight - fm.height() / 2) / series);
    const int ticks = std::clamp(g.plot.width() / (fm.horizontalAdvance(QStringLiteral("0000")) * 2), 1, 10);
    if (m_kind == Kind::ServiceLevel) {
        g.step = ticks >= 5 ? 20 : 50;
        g.axisMax = 100;
    } else {
        g.step = EscalationChart::niceStep(int(std::ceil(largest)), ticks);
        g.axisMax = std::ceil(largest / g.step) * g.step;
    }
    return g;
}

QSize KpiChart::sizeHint() const
{
    const QFontMetrics fm(font());
    const int series = int(seriesNames().size());
    return {fm.horizontalAdvance(QLatin1Char('x')) * 60, fm.height() * (4 + (series + 1) * std::max(rows(), 2))};
}

QSize KpiChart::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QLatin1Char('x')) * 30, fm.height() * 8};
}

void KpiChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm(font());
    const Geometry g = geometry();
    const auto [text, grid, axisText] = EscalationChart::inkFor(pal);
    // Offered, answered, abandoned: blue, green, vermilion of the escalation chart's palette.
    static const EscalationTrigger colourOf[] = {EscalationTrigger::Explicit, EscalationTrigger::Topic,
                                                 EscalationTrigger::Frustration};
    const QStringList names = seriesNames();

    const int swatch = fm.height() * 3 / 4;
    int x = g.legend.left();
    for (int s = 0; s < names.size(); ++s) {
        p.fillRect(QRect(x, g.legend.top() + (fm.height() - swatch) / 2, swatch, swatch),
                   EscalationChart::triggerColour(colourOf[s], pal));
        p.setPen(text);
        const int w = fm.horizontalAdvance(names.at(s));
        p.drawText(QRect(x + swatch + fm.height() / 3, g.legend.top(), w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   names.at(s));
        x += swatch + fm.height() / 3 + w + fm.height();
    }

    if (rows() == 0) {
        p.setPen(axisText);
        p.drawText(g.plot.united(g.labels), Qt::AlignCenter, tr("No chats in this period."));
        return;
    }
    const auto xFor = [&](double v) { return g.plot.left() + int(v * g.plot.width() / g.axisMax); };
    const int plotBottom = g.plot.top() + rows() * g.groupHeight;
    for (double v = 0; v <= g.axisMax + 1e-9; v += g.step) {
        const int gx = xFor(v);
        p.setPen(v == 0 ? text : grid);
        p.drawLine(gx, g.plot.top(), gx, plotBottom);
        p.setPen(axisText);
        const QString n = m_kind == Kind::ServiceLevel ? tr("%1 %").arg(number(v)) : number(v);
        const int w = fm.horizontalAdvance(n);
        p.drawText(QRect(gx - w, plotBottom + 2, 2 * w, fm.height()), Qt::AlignHCenter | Qt::AlignTop, n);
    }
    p.setPen(grid);
    p.drawLine(g.plot.left(), plotBottom, g.plot.right(), plotBottom);

    for (int row = 0; row < rows(); ++row) {
        const int top = g.plot.top() + row * g.groupHeight;
        const QRect labelRect(g.labels.left(), top, g.labels.width() - margin(fm), g.groupHeight);
        p.setPen(text);
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(KpiReportData::nameOf(m_model->report().queues.at(row)),
                                 Qt::ElideRight, labelRect.width()));
        const QList<Bar> bars = barsFor(row);
        const int barsTop = top + (g.groupHeight - g.barHeight * int(bars.size())) / 2;
        for (int s = 0; s < bars.size(); ++s) {
            const QRect bar(g.plot.left(), barsTop + s * g.barHeight, std::max(1, xFor(bars.at(s).value) - g.plot.left()),
                            g.barHeight - 1);
            p.fillRect(bar, EscalationChart::triggerColour(colourOf[s], pal));
            // The figure after the bar, on the background so grid lines do not run through it.
            const QRect label(bar.right() + fm.height() / 3, bar.top(), fm.horizontalAdvance(bars.at(s).text),
                              bar.height());
            p.fillRect(label.adjusted(-2, 0, 2, 0), pal.color(QPalette::Base));
            p.setPen(text);
            p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, bars.at(s).text);
        }
    }
}

std::pair<QString, int> KpiChart::barAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (rows() == 0 || pos.y() < g.plot.top() || pos.y() >= g.plot.top() + rows() * g.groupHeight)
        return {};
    const int row = (pos.y() - g.plot.top()) / g.groupHeight;
    const int series = int(seriesNames().size());
    const int barsTop = g.plot.top() + row * g.groupHeight + (g.groupHeight - g.barHeight * series) / 2;
    const int s = std::clamp((pos.y() - barsTop) / std::max(1, g.barHeight), 0, series - 1);
    return {m_model->report().queues.at(row).value(QStringLiteral("queueId")).toString(), s};
}

bool KpiChart::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const auto [queue, series] = barAt(help->pos());
        if (queue.isEmpty()) {
            QToolTip::hideText();
            e->ignore();
            return true;
        }
        int row = 0;
        while (m_model->report().queues.at(row).value(QStringLiteral("queueId")).toString() != queue)
            ++row;
        // Queue ids come from the routing file: shown as they are, never as markup.
        QToolTip::showText(help->globalPos(),
                           plainToolTip(tr("%1 · %2: %3")
                                            .arg(KpiReportData::nameOf(m_model->report().queues.at(row)),
                                                 seriesNames().at(series), barsFor(row).at(series).text)),
                           this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace handoff
