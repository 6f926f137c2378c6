// Running the project's programs from the command-line tests.
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

// Runs `program` to its end (at most `timeoutMs`) with this process's environment.
ProcessRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 300000);
// Runs build/bin/swb.
ProcessRun runSwb(const QStringList& arguments, int timeoutMs = 300000);

} // namespace swb::test
