// Runs one of the real programs (router, desk, cli) to completion in a clean language environment: no
// HANDOFF_LANGUAGE, LANG, LC_ALL, LC_MESSAGES or LANGUAGE unless the test sets them, so each test says which
// language it asks for.
#pragma once

#include <QString>
#include <QStringList>

struct ProgramRun {
    int exitCode = -1;
    QString output; // stdout, then stderr
};

// extraEnv: "NAME=value" pairs added to the environment.
ProgramRun runProgram(const QString &program, const QStringList &args, const QStringList &extraEnv = {});
