// A bare Qt Widgets window in a program that links QtWidgets only: what any Qt application pays to show
// a window, for bench_desk to set the desk's start against. Prints "shown MS app MS rss MIB" at the
// window's first paint and quits.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace {

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

class PaintedWindow : public QWidget
{
public:
    PaintedWindow(const QElapsedTimer *clock, double appMs)
        : m_clock(clock)
        , m_appMs(appMs)
    { }

protected:
    bool event(QEvent *e) override
    {
        const bool handled = QWidget::event(e);
        if (e->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::printf("shown %.1f app %.1f rss %.1f\n", m_clock->nsecsElapsed() / 1e6, m_appMs, rssMiB());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return handled;
    }

private:
    const QElapsedTimer *m_clock;
    double m_appMs;
    bool m_reported = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer t;
    t.start();
    QApplication app(argc, argv);
    PaintedWindow w(&t, t.nsecsElapsed() / 1e6);
    w.resize(1280, 800);
    w.setWindowTitle(QStringLiteral("bare"));
    w.show();
    return app.exec();
}
