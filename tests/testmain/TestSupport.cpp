#include "TestSupport.h"

#include <csignal>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>

namespace handoff::test {

bool waitUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return pred();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

RouterProcess::RouterProcess()
    : m_port(freePort())
{
}

RouterProcess::~RouterProcess()
{
    stop();
}

QString RouterProcess::wsUrl(const QString &endpoint) const
{
    return QStringLiteral("ws://127.0.0.1:%1/ws/%2").arg(m_port).arg(endpoint);
}

QString RouterProcess::httpUrl(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

int RouterProcess::runAdmin(const QStringList &args, QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(HANDOFF_ROUTER_BINARY), QStringList(args) << QStringLiteral("--data-dir") << dataDir());
    p.waitForFinished(30000);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool RouterProcess::addUser(const QString &name, const QString &password, const QString &role,
                            const QStringList &extraArgs) const
{
    QStringList args{QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
                     QStringLiteral("--password"), password};
    args << extraArgs;
    return runAdmin(args) == 0;
}

bool RouterProcess::start(const QStringList &extraArgs)
{
    stop();
    m_proc = std::make_unique<QProcess>();
    m_proc->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(m_proc.get(), &QProcess::readyRead, m_proc.get(),
                     [this] { m_log += QString::fromUtf8(m_proc->readAll()); });
    QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--data-dir"), dataDir()};
    args << extraArgs;
    m_proc->start(QStringLiteral(HANDOFF_ROUTER_BINARY), args);
    if (!m_proc->waitForStarted(10000))
        return false;
    return waitUntil(
        [this] {
            if (m_proc->state() != QProcess::Running)
                return true;
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            return s.waitForConnected(100);
        },
        15000)
        && m_proc->state() == QProcess::Running;
}

void RouterProcess::kill()
{
    if (!m_proc)
        return;
    m_proc->kill();
    m_proc->waitForFinished(5000);
    m_log += QString::fromUtf8(m_proc->readAll());
    m_proc.reset();
}

bool RouterProcess::startWithConfig(const QByteArray &json, const QStringList &extraArgs)
{
    const QString path = dataDir() + QStringLiteral("/router.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return false;
    file.close();
    return start(QStringList{QStringLiteral("--config"), path} + extraArgs);
}

qint64 RouterProcess::pid() const
{
    return m_proc ? m_proc->processId() : 0;
}

void RouterProcess::pause()
{
    if (m_proc)
        ::kill(static_cast<pid_t>(m_proc->processId()), SIGSTOP);
}

void RouterProcess::resume()
{
    if (m_proc)
        ::kill(static_cast<pid_t>(m_proc->processId()), SIGCONT);
}

void RouterProcess::stop()
{
    if (!m_proc)
        return;
    m_proc->terminate();
    if (!m_proc->waitForFinished(5000))
        m_proc->kill();
    m_proc->waitForFinished(2000);
    m_log += QString::fromUtf8(m_proc->readAll());
    m_proc.reset();
}

bool RouterProcess::isRunning() const
{
    return m_proc && m_proc->state() == QProcess::Running;
}

QString RouterProcess::log() const
{
    return m_log;
}

} // namespace handoff::test
