// The hostile-input suite's fixture: a demo workspace copied fresh for every case, `swb` run with a time limit, and
// the checks every case shares (no crash, no hang, the exit code, what stderr says, the workspace as it was).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>

namespace swb::test {

enum class Outcome {
    Success, // exit 0
    Failure, // exit 1: a clear error
    Usage, // exit 2: a bad option value
    Refused, // 1 or 2
};

struct HostileRun
{
    int exitCode = -1; // -1: crashed or killed
    bool timedOut = false;
    double seconds = 0;
    QByteArray out;
    QByteArray err;
};

// What a message must say, from plain string literals.
QStringList words(std::initializer_list<const char*> list);

class HostileFixture
{
public:
    // Builds the demo workspace (2,000 customers with orders and the example segments) once.
    bool init(QString* error);
    QString dir() const { return m_dir.path(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A fresh copy of the demo workspace under `name`.
    QString freshWorkspace(const QString& name) const;
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    // The arguments with {ws} replaced by the workspace `ws` and {dir} by the test folder.
    QStringList expand(QStringList arguments, const QString& ws) const;
    // `swb demo --csv-dir --no-import`: the path of a customers CSV file with `customers` rows (empty on a failure).
    QString demoCustomersCsv(int customers, QString* error) const;

    // Runs build/bin/swb; a run over `timeoutSeconds` is killed and counts as a hang.
    static HostileRun swb(const QStringList& arguments, int timeoutSeconds = 60, const QByteArray& input = {});
    static HostileRun run(const QString& program, const QStringList& arguments, int timeoutSeconds = 60,
                          const QByteArray& input = {});
    // sqlite3's .sha3sum of every table and the schema (an independent reader), plus PRAGMA integrity_check.
    static QByteArray contentHash(const QString& workspace);
    // One statement's output from the sqlite3 shell, trimmed.
    static QByteArray sqlite3(const QString& workspace, const QString& statement);

    // Empty when the run is as expected; else what is wrong. Every run must end by itself, without a crash,
    // within its time; a refusal must say something on stderr that contains each of `messageParts`
    // (case-insensitive) and leave stdout without a partial JSON object.
    static QString judge(const HostileRun& run, Outcome expected, const QStringList& messageParts = {});

private:
    QTemporaryDir m_dir;
    QString m_template;
};

} // namespace swb::test
