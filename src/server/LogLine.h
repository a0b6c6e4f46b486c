// The router's log: one line per event on standard error. In a terminal or a file each line starts with
// its UTC time; under systemd, whose journal keeps its own time, each starts with its priority instead
// (sd-daemon's "<3>" error, "<4>" warning, "<6>" info), so `journalctl -p warning` shows what needs a look.
#pragma once

#include <QString>

namespace handoff::server {

enum class LogLevel { Error = 3, Warning = 4, Info = 6 };

// Whether standard error goes to the journal (systemd sets JOURNAL_STREAM for a service's output).
bool logsToJournal();
void writeLogLine(LogLevel level, const QString &line);
// Qt's own messages (qWarning and the like) get the same treatment; called once by main().
void installLogMessageHandler();

} // namespace handoff::server
