#include "testsupport.h"

#include <QJsonDocument>
#include <QProcess>

namespace swb::test {

QJsonObject ProcessRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

ProcessRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForFinished(timeoutMs)) {
        run.err = "did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ProcessRun runSwb(const QStringList& arguments, int timeoutMs)
{
    return runProgram(QStringLiteral(SWB_BIN_DIR "/swb"), arguments, timeoutMs);
}

} // namespace swb::test
