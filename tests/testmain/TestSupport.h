// Helpers shared by tests: waiting on the event loop, free ports, and a real handoff-router process.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace handoff::test {

// Runs the event loop until pred() is true or timeoutMs passes; returns pred()'s last value.
bool waitUntil(const std::function<bool()> &pred, int timeoutMs = 5000);

// A loopback TCP port nobody listens on right now.
quint16 freePort();

// The real handoff-router binary, started on a free loopback port with its own data directory.
class RouterProcess
{
public:
    RouterProcess();
    ~RouterProcess();

    // Data directory (SQLite file, config) shared across restarts of this object.
    QString dataDir() const { return m_dir.path(); }
    quint16 port() const { return m_port; }
    QString wsUrl(const QString &endpoint) const; // e.g. "desk" -> ws://127.0.0.1:PORT/ws/desk
    QString httpUrl(const QString &path) const;

    // Runs `handoff-router <args> --data-dir DIR` to completion (admin commands); returns exit code.
    int runAdmin(const QStringList &args, QString *output = nullptr) const;
    // Adds a user with the given role and password.
    bool addUser(const QString &name, const QString &password, const QString &role = QStringLiteral("agent"),
                 const QStringList &extraArgs = {}) const;

    // Starts `handoff-router serve` and waits until it accepts connections.
    bool start(const QStringList &extraArgs = {});
    // The same with `--config` naming router.json in the data directory, written with `json` first.
    bool startWithConfig(const QByteArray &json, const QStringList &extraArgs = {});
    void kill(); // SIGKILL, no clean shutdown
    void pause();  // SIGSTOP: alive but silent, as a router in a long stall
    void resume(); // SIGCONT
    void stop(); // SIGTERM and wait
    bool isRunning() const;
    qint64 pid() const; // 0 when not running
    QString log() const;

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_proc;
    QString m_log;
};

} // namespace handoff::test
