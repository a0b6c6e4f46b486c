// The escalation report as a horizontal bar chart drawn with QPainter: one bar per topic (most
// escalated on top), stacked by trigger, with a value axis, grid lines and a legend. Sizes follow the
// font, colours follow the palette, so it stays readable in the dark theme and at 200% scaling.
#pragma once

#include "protocol/DomainTypes.h"

#include <QPointer>
#include <QWidget>

namespace handoff {

class EscalationReportModel;

class EscalationChart : public QWidget
{
    Q_OBJECT
public:
    explicit EscalationChart(QWidget *parent = nullptr);

    void setModel(EscalationReportModel *model);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // A colour per trigger that reads on this palette's base colour (light or dark variant).
    static QColor triggerColour(EscalationTrigger t, const QPalette &palette);
    // The pens of a chart on this palette: text, grid lines (text, faint) and axis labels (placeholder text).
    struct Ink {
        QColor text;
        QColor grid;
        QColor axisText;
    };
    static Ink inkFor(const QPalette &palette);
    // Round steps for the value axis: 1, 2, 5, 10, 20, 50 … so that about `ticks` fit up to `max`.
    static int niceStep(int max, int ticks);

    // Topic and trigger (-1: the whole bar) under `pos`, for tool tips.
    struct Hit {
        bool valid = false;
        QString topic;
        int trigger = -1;
        int count = 0;
    };
    Hit segmentAt(const QPoint &pos) const;

protected:
    void paintEvent(QPaintEvent *e) override;
    bool event(QEvent *e) override;

private:
    struct Geometry {
        QRect legend;
        QRect labels;  // topic names
        QRect plot;    // bars
        QRect axis;    // tick labels under the plot
        int rowHeight = 0;
        int barHeight = 0;
        int step = 1;
        int axisMax = 1;
    };
    Geometry geometry() const;
    int legendHeight(int width) const;

    QPointer<EscalationReportModel> m_model;
};

} // namespace handoff
