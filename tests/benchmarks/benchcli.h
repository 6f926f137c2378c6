// What the benchmark programs' command lines share: the --db and --runs options, a failure said on standard error,
// and the one JSON line of figures that the run_*.sh scripts read.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace swb::bench {

// "PROGRAM: MESSAGE" on standard error; returns the exit code of a failed run (`return fail(error);`).
inline int fail(const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(QCoreApplication::applicationName()), qUtf8Printable(message));
    return 1;
}

// The figures as one compact JSON line on standard output.
inline void printJson(const QJsonObject& figures)
{
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
}

inline QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), QStringLiteral("Workspace file."), QStringLiteral("WS")};
}

// --runs N, `runs` when it is not given; `what` says which runs are counted.
inline QCommandLineOption runsOption(int runs, const QString& what = QStringLiteral("Timed runs"))
{
    return {QStringLiteral("runs"), QStringLiteral("%1 (default %2).").arg(what, QString::number(runs)),
            QStringLiteral("N"), QString::number(runs)};
}

// The --runs value, at least one.
inline int runCount(const QCommandLineParser& parser)
{
    return std::max(1, parser.value(QStringLiteral("runs")).toInt());
}

} // namespace swb::bench
