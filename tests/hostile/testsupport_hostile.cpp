#include "testsupport_hostile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace swb::test {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* word : list)
        out << QString::fromUtf8(word);
    return out;
}

bool HostileFixture::init(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const HostileRun run
        = swb({QStringLiteral("demo"), QStringLiteral("--db"), m_template, QStringLiteral("--customers"),
               QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("7")},
              300);
    if (run.exitCode != 0) {
        *error = QStringLiteral("swb demo failed: ") + QString::fromUtf8(run.err);
        return false;
    }
    return true;
}

QString HostileFixture::freshWorkspace(const QString& name) const
{
    const QString target = m_dir.filePath(name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    QFile::copy(m_template, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QString HostileFixture::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString target = m_dir.filePath(name);
    QFile file(target);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return target;
}

QStringList HostileFixture::expand(QStringList arguments, const QString& ws) const
{
    for (QString& a : arguments)
        a.replace(QStringLiteral("{ws}"), ws).replace(QStringLiteral("{dir}"), m_dir.path());
    return arguments;
}

QString HostileFixture::demoCustomersCsv(int customers, QString* error) const
{
    const QString folder = m_dir.filePath(QStringLiteral("csv%1").arg(customers));
    QDir().mkpath(folder);
    const HostileRun demo
        = swb({QStringLiteral("demo"), QStringLiteral("--db"), folder + QStringLiteral("/unused.sqlite"),
               QStringLiteral("--customers"), QString::number(customers), QStringLiteral("--csv-dir"), folder,
               QStringLiteral("--no-import")},
              300);
    if (demo.exitCode != 0) {
        *error = QString::fromUtf8(demo.err);
        return {};
    }
    return folder + QStringLiteral("/customers.csv");
}

HostileRun HostileFixture::swb(const QStringList& arguments, int timeoutSeconds, const QByteArray& input)
{
    return HostileFixture::run(QStringLiteral(SWB_BIN_DIR "/swb"), arguments, timeoutSeconds, input);
}

HostileRun HostileFixture::run(const QString& program, const QStringList& arguments, int timeoutSeconds,
                               const QByteArray& input)
{
    HostileRun run;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        run.err = "did not start";
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(10000);
    }
    run.seconds = double(timer.elapsed()) / 1000.0;
    run.exitCode = !run.timedOut && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray HostileFixture::contentHash(const QString& workspace)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return "no sqlite3";
    auto shell = [&](const QStringList& commands) {
        QProcess process;
        process.start(sqlite3, QStringList{QStringLiteral("-readonly"), workspace} + commands);
        return process.waitForFinished(60000) ? process.readAllStandardOutput() + process.readAllStandardError()
                                              : QByteArray("sqlite3 did not finish");
    };
    // Every table but `meta`, which any reader may update (the column store's version, the remembered latest
    // purchase): those are caches, not the user's data; and but `export_log`, where every export that succeeded
    // adds a row by design (tst_hostileexport counts them).
    QStringList commands{QStringLiteral("PRAGMA integrity_check;")};
    const QByteArray tables = shell({QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                                                    "IN ('meta', 'export_log') ORDER BY name")});
    for (const QByteArray& table : tables.split('\n')) {
        if (!table.isEmpty())
            commands << QStringLiteral(".sha3sum %1").arg(QString::fromUtf8(table));
    }
    commands << QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%%'");
    return shell(commands);
}

QByteArray HostileFixture::sqlite3(const QString& workspace, const QString& statement)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), {workspace, statement});
    process.waitForFinished(60000);
    return (process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
}

QString HostileFixture::judge(const HostileRun& run, Outcome expected, const QStringList& messageParts)
{
    const QString err = QString::fromUtf8(run.err);
    if (run.timedOut)
        return QStringLiteral("hang: killed after %1 s").arg(run.seconds);
    if (run.exitCode < 0)
        return QStringLiteral("crash: %1").arg(err.right(500));
    const bool ok = run.exitCode == 0;
    switch (expected) {
    case Outcome::Success:
        if (!ok)
            return QStringLiteral("exit %1, expected success: %2").arg(QString::number(run.exitCode), err);
        break;
    case Outcome::Failure:
    case Outcome::Usage:
    case Outcome::Refused: {
        const int wanted = expected == Outcome::Failure ? 1 : expected == Outcome::Usage ? 2 : 0;
        if (ok || (wanted && run.exitCode != wanted))
            return QStringLiteral("exit %1, expected a refusal%2; stdout: %3")
                .arg(QString::number(run.exitCode), wanted ? QStringLiteral(" with exit %1").arg(wanted) : QString(),
                     QString::fromUtf8(run.out.left(300)));
        if (err.trimmed().isEmpty())
            return QStringLiteral("refused without a message");
        break;
    }
    }
    for (const QString& part : messageParts) {
        if (!err.contains(part, Qt::CaseInsensitive) && !QString::fromUtf8(run.out).contains(part, Qt::CaseInsensitive))
            return QStringLiteral("the output does not say \"%1\": %2").arg(part, err.left(600));
    }
    return {};
}

} // namespace swb::test
