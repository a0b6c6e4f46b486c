#include "server/LogLine.h"

#include <QDateTime>
#include <QTextStream>
#include <cstdio>

namespace handoff::server {

bool logsToJournal()
{
    static const bool journal = !qEnvironmentVariableIsEmpty("JOURNAL_STREAM");
    return journal;
}

void writeLogLine(LogLevel level, const QString &line)
{
    QTextStream err(stderr);
    if (logsToJournal())
        err << '<' << int(level) << '>' << line << Qt::endl;
    else
        err << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << line << Qt::endl;
}

namespace {

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    int priority = 6;
    switch (type) {
    case QtDebugMsg: priority = 7; break;
    case QtInfoMsg: priority = 6; break;
    case QtWarningMsg: priority = 4; break;
    case QtCriticalMsg: priority = 3; break;
    case QtFatalMsg: priority = 2; break;
    }
    const QByteArray text = message.toLocal8Bit();
    std::fprintf(stderr, "<%d>%s\n", priority, text.constData());
    std::fflush(stderr);
}

} // namespace

void installLogMessageHandler()
{
    if (logsToJournal())
        qInstallMessageHandler(messageHandler);
}

} // namespace handoff::server
