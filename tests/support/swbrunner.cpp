#include "swbrunner.h"

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

QString swbPath()
{
    return QStringLiteral(SWB_BIN_DIR "/swb");
}

ProcessRun runSwb(const QStringList& arguments, int timeoutMs)
{
    return runProgram(swbPath(), arguments, timeoutMs);
}

QByteArray swbOutput(const QStringList& arguments, QString* error)
{
    const ProcessRun run = runSwb(arguments);
    if (run.exitCode != 0) {
        *error = QStringLiteral("swb %1 failed (exit code %2): %3")
                     .arg(arguments.join(QLatin1Char(' ')), QString::number(run.exitCode), QString::fromUtf8(run.err));
        return {};
    }
    return run.out;
}

QStringList swbKpisArguments(const QString& db, const QStringList& segments)
{
    QStringList arguments{QStringLiteral("kpis"), QStringLiteral("--db"), db};
    for (const QString& name : segments)
        arguments << QStringLiteral("--segment") << name;
    return arguments;
}

} // namespace swb::test
