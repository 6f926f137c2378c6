// Running the project's programs from tests, as a user runs them: `swb` (build/bin/swb) or any other program, to its
// end, with this process's environment.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace swb::test {

struct ProcessRun
{
    int exitCode = -1; // -1: crashed, did not start or did not finish in time (then `err` says which)
    QByteArray out;
    QByteArray err;
    QJsonObject json() const; // `out` as a JSON object (empty when it is not one)
};

// Runs `program` to its end (at most `timeoutMs`).
ProcessRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 300000);
QString swbPath();
ProcessRun runSwb(const QStringList& arguments, int timeoutMs = 300000);
// The standard output of `swb ARGS` that exited with 0; otherwise empty, and `error` names the command and what it
// wrote on its standard error.
QByteArray swbOutput(const QStringList& arguments, QString* error);
// `swb kpis --db DB --segment NAME …` (add --json for the JSON report).
QStringList swbKpisArguments(const QString& db, const QStringList& segments);

} // namespace swb::test
