// ProgramRun: see header.
#include "ProgramRun.h"

#include <QProcess>
#include <QProcessEnvironment>

ProgramRun runProgram(const QString &program, const QStringList &args, const QStringList &extraEnv)
{
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "HANDOFF_LANGUAGE", "HANDOFF_PASSWORD", "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &pair : extraEnv)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(60000))
        process.kill();
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()) };
}
