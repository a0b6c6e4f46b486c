#include "desk/EscalationChart.h"
#include "client/PlainText.h"

#include "client/EscalationReportModel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace handoff {

namespace {

constexpr int kMaxBars = 15; // the rest of the topics are in the table

constexpr int kTriggerCount = 5; // EscalationTrigger::Explicit … External, drawn in this order

int margin(const QFontMetrics &fm)
{
    return fm.height() / 2;
}

QString triggerLabel(int i)
{
    return EscalationReportModel::triggerText(toString(EscalationTrigger(i)));
}

QString topicLabel(const QString &topic)
{
    return topic.isEmpty() ? EscalationChart::tr("(none)") : topic;
}

int countFor(const EscalationTopicCount &t, int trigger)
{
    return t.byTrigger.value(toString(EscalationTrigger(trigger)));
}

const QList<EscalationTopicCount> &topicsOf(const EscalationReportModel *model)
{
    static const QList<EscalationTopicCount> none;
    return model ? model->report().byTopic : none;
}

} // namespace

EscalationChart::EscalationChart(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Escalations by topic and trigger"));
}

void EscalationChart::setModel(EscalationReportModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        auto refresh = [this] {
            updateGeometry();
            update();
        };
        connect(model, &QAbstractItemModel::modelReset, this, refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, refresh);
    }
    updateGeometry();
    update();
}

QColor EscalationChart::triggerColour(EscalationTrigger t, const QPalette &palette)
{
    // Okabe–Ito colours (told apart with colour-blindness too); lighter variants on a dark base.
    static const QColor light[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0xD5, 0x5E, 0x00),
                                   QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7)};
    static const QColor dark[] = {QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xC2, 0x4B), QColor(0xF2, 0x84, 0x3C),
                                  QColor(0x3C, 0xC8, 0x9C), QColor(0xE0, 0x9C, 0xC4)};
    const int i = std::clamp(int(t), 0, kTriggerCount - 1);
    return palette.color(QPalette::Base).lightness() < 128 ? dark[i] : light[i];
}

EscalationChart::Ink EscalationChart::inkFor(const QPalette &palette)
{
    Ink ink;
    ink.text = palette.color(QPalette::Text);
    ink.grid = ink.text;
    ink.grid.setAlpha(40);
    ink.axisText = palette.color(QPalette::PlaceholderText);
    if (!ink.axisText.isValid() || ink.axisText == ink.text)
        ink.axisText = ink.text;
    return ink;
}

int EscalationChart::niceStep(int max, int ticks)
{
    if (max <= 0 || ticks <= 0)
        return 1;
    const double raw = double(max) / ticks;
    int magnitude = 1;
    while (magnitude * 10 <= raw)
        magnitude *= 10;
    for (int m : {1, 2, 5, 10})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

int EscalationChart::legendHeight(int width) const
{
    const QFontMetrics fm(font());
    const int swatch = fm.height() * 3 / 4;
    int x = 0, lines = 1;
    for (int i = 0; i < kTriggerCount; ++i) {
        const int w = swatch + fm.height() / 3 + fm.horizontalAdvance(triggerLabel(i)) + fm.height();
        if (x > 0 && x + w > width) {
            ++lines;
            x = 0;
        }
        x += w;
    }
    return lines * fm.height() * 5 / 4;
}

EscalationChart::Geometry EscalationChart::geometry() const
{
    const QFontMetrics fm(font());
    const int m = margin(fm);
    const QRect area = rect().adjusted(m, m, -m, -m);
    Geometry g;
    g.legend = QRect(area.left(), area.top(), area.width(), legendHeight(area.width()));
    const int bars = std::min<int>(kMaxBars, topicsOf(m_model).size());
    int labelWidth = 0;
    for (int i = 0; i < bars; ++i)
        labelWidth = std::max(labelWidth,
                              fm.horizontalAdvance(topicLabel(topicsOf(m_model).at(i).topic)));
    labelWidth = std::min(labelWidth + m, area.width() * 2 / 5);
    const int axisHeight = fm.height() + m / 2;
    const int top = g.legend.bottom() + m;
    const int totalWidth = fm.horizontalAdvance(QStringLiteral("00000")) + m; // room for the number after a bar
    g.labels = QRect(area.left(), top, labelWidth, area.bottom() - top - axisHeight);
    g.plot = QRect(g.labels.right() + 1, top, area.width() - labelWidth - totalWidth, g.labels.height());
    g.axis = QRect(g.plot.left(), g.plot.bottom() + 1, g.plot.width(), axisHeight);
    g.rowHeight = bars > 0 ? std::min(g.plot.height() / bars, fm.height() * 2) : fm.height() * 2;
    g.barHeight = std::max(4, g.rowHeight * 2 / 3);
    int largest = 1;
    for (const EscalationTopicCount &t : topicsOf(m_model))
        largest = std::max(largest, t.count);
    const int ticks = std::clamp(g.plot.width() / (fm.horizontalAdvance(QStringLiteral("0000")) * 2), 1, 10);
    g.step = niceStep(largest, ticks);
    g.axisMax = ((largest + g.step - 1) / g.step) * g.step;
    return g;
}

QSize EscalationChart::sizeHint() const
{
    const QFontMetrics fm(font());
    const int bars = std::min<int>(kMaxBars, topicsOf(m_model).size());
    return {fm.horizontalAdvance(QLatin1Char('x')) * 80, fm.height() * (6 + 2 * std::max(bars, 4))};
}

QSize EscalationChart::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QLatin1Char('x')) * 40, fm.height() * 10};
}

void EscalationChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm(font());
    const Geometry g = geometry();
    const auto [text, grid, axisText] = EscalationChart::inkFor(pal);

    // Legend.
    const int swatch = fm.height() * 3 / 4;
    int x = g.legend.left(), y = g.legend.top();
    for (int i = 0; i < kTriggerCount; ++i) {
        const auto t = EscalationTrigger(i);
        const QString label = triggerLabel(i);
        const int w = swatch + fm.height() / 3 + fm.horizontalAdvance(label) + fm.height();
        if (x > g.legend.left() && x + w > g.legend.right()) {
            x = g.legend.left();
            y += fm.height() * 5 / 4;
        }
        p.fillRect(QRect(x, y + (fm.height() - swatch) / 2, swatch, swatch), triggerColour(t, pal));
        p.setPen(text);
        p.drawText(QRect(x + swatch + fm.height() / 3, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w;
    }

    const int bars = std::min<int>(kMaxBars, topicsOf(m_model).size());
    if (bars == 0) {
        p.setPen(axisText);
        p.drawText(g.plot.united(g.labels), Qt::AlignCenter, tr("No escalations in this period."));
        return;
    }

    // Grid and axis.
    auto xFor = [&](int value) { return g.plot.left() + int(qint64(value) * g.plot.width() / g.axisMax); };
    const int plotBottom = g.plot.top() + bars * g.rowHeight;
    for (int v = 0; v <= g.axisMax; v += g.step) {
        const int gx = xFor(v);
        p.setPen(v == 0 ? text : grid);
        p.drawLine(gx, g.plot.top(), gx, plotBottom);
        p.setPen(axisText);
        const QString n = QLocale().toString(v);
        const int w = fm.horizontalAdvance(n);
        p.drawText(QRect(gx - w, plotBottom + 2, 2 * w, fm.height()), Qt::AlignHCenter | Qt::AlignTop, n);
    }
    p.setPen(grid);
    p.drawLine(g.plot.left(), plotBottom, g.plot.right(), plotBottom);

    // Bars, stacked by trigger, with the topic on the left and the total on the right.
    for (int row = 0; row < bars; ++row) {
        const EscalationTopicCount &r = topicsOf(m_model).at(row);
        const int top = g.plot.top() + row * g.rowHeight;
        const QRect labelRect(g.labels.left(), top, g.labels.width() - margin(fm), g.rowHeight);
        p.setPen(text);
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(topicLabel(r.topic), Qt::ElideRight, labelRect.width()));
        const int barTop = top + (g.rowHeight - g.barHeight) / 2;
        int sum = 0;
        for (int t = 0; t < kTriggerCount; ++t) {
            const int n = countFor(r, t);
            if (n <= 0)
                continue;
            const int x0 = xFor(sum), x1 = xFor(sum + n);
            p.fillRect(QRect(x0, barTop, std::max(1, x1 - x0), g.barHeight), triggerColour(EscalationTrigger(t), pal));
            sum += n;
        }
        p.setPen(text);
        p.drawText(QRect(xFor(sum) + fm.height() / 3, top, fm.horizontalAdvance(QStringLiteral("000000")), g.rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(r.count));
    }
}

EscalationChart::Hit EscalationChart::segmentAt(const QPoint &pos) const
{
    const int bars = std::min<int>(kMaxBars, topicsOf(m_model).size());
    const Geometry g = geometry();
    if (bars == 0 || pos.y() < g.plot.top() || pos.y() >= g.plot.top() + bars * g.rowHeight)
        return {};
    const EscalationTopicCount &r = topicsOf(m_model).at((pos.y() - g.plot.top()) / g.rowHeight);
    if (pos.x() < g.plot.left())
        return {true, r.topic, -1, r.count};
    int sum = 0;
    for (int t = 0; t < kTriggerCount; ++t) {
        const int n = countFor(r, t);
        sum += n;
        if (n > 0 && pos.x() < g.plot.left() + int(qint64(sum) * g.plot.width() / g.axisMax))
            return {true, r.topic, t, n};
    }
    return {true, r.topic, -1, r.count};
}

bool EscalationChart::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const Hit hit = segmentAt(help->pos());
        if (!hit.valid) {
            QToolTip::hideText();
            e->ignore();
            return true;
        }
        const QString topic = topicLabel(hit.topic);
        // Topics come from the bot: shown as they are, never as markup.
        QToolTip::showText(help->globalPos(),
                           plainToolTip(hit.trigger < 0
                                   ? tr("%1: %2 escalations").arg(topic).arg(hit.count)
                                   : tr("%1 · %2: %3").arg(topic, triggerLabel(hit.trigger)).arg(hit.count)),
                           this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace handoff
