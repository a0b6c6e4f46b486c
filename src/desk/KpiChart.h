// The KPI report's per-queue charts drawn with QPainter, like the escalation chart: horizontal bars,
// one group per queue, with a value axis, grid lines and a legend. Volume: offered, answered and abandoned
// side by side. Service level: the share answered within the queue's threshold, with the ASA written
// after each bar. Sizes follow the font, colours the palette (light and dark). The table beside it has
// the same figures for screen readers.
#pragma once

#include <QPointer>
#include <QWidget>

namespace handoff {

class KpiReportModel;

class KpiChart : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Volume, ServiceLevel };

    explicit KpiChart(Kind kind, QWidget *parent = nullptr);

    void setModel(KpiReportModel *queues);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // What is drawn for one queue: a bar per series (the value, its text after the bar).
    struct Bar {
        double value = 0;
        QString text;
    };
    QStringList seriesNames() const;
    QList<Bar> barsFor(int row) const;
    // The queue and series under `pos`, for tool tips; queue empty when there is none.
    std::pair<QString, int> barAt(const QPoint &pos) const;

protected:
    void paintEvent(QPaintEvent *e) override;
    bool event(QEvent *e) override;

private:
    struct Geometry {
        QRect legend;
        QRect labels;
        QRect plot;
        int groupHeight = 0;
        int barHeight = 0;
        double axisMax = 1;
        double step = 1;
    };
    Geometry geometry() const;
    int rows() const;

    Kind m_kind;
    QPointer<KpiReportModel> m_model;
};

} // namespace handoff
