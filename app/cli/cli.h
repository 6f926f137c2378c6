// Shared plumbing of the `swb` command line: the command table, argument parsing and output.
#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <QDate>

#include <functional>
#include <memory>
#include <optional>

namespace swb {
class Workspace;
}

namespace swb::cli {

using CommandFunction = int (*)(const QStringList& arguments);

struct Command
{
    QString name;
    QString synopsis;
    CommandFunction run = nullptr;
};

// Each command file registers itself with a static Registrar; main() dispatches by name.
struct Registrar
{
    Registrar(const char* name, const char* synopsis, CommandFunction run);
};

QList<Command> commands();

enum ExitCode { Ok = 0, Failure = 1, Usage = 2, Canceled = 3 };

// Parses `arguments` (the command name first) with `parser`; prints usage errors to stderr and help to stdout.
// Returns false when the caller should return `*exitCode`.
bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode);

// Requires the option to be given; prints an error naming it otherwise.
bool require(const QCommandLineParser& parser, const QString& option, int* exitCode);

// The options most commands share, with one wording: --db WS, --json, --as-of DATE.
QCommandLineOption workspaceOption(const QString& description = {});
QCommandLineOption jsonOption(const QString& description = {});
QCommandLineOption asOfOption(const QString& description = {});
// parse(), then require --db: the start of every command that works on a workspace.
bool parseWithWorkspace(QCommandLineParser& parser, const QStringList& arguments, int* exitCode);
// Opens the existing workspace named by --db; null (the error printed, `*exitCode` set) when it cannot.
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, int* exitCode);
// The --as-of date when given (nullopt when not); false with a usage error when it is not YYYY-MM-DD.
bool readAsOf(const QCommandLineParser& parser, std::optional<QDate>* date, int* exitCode);

int fail(const QString& message, ExitCode code = Failure);
void print(const QString& text);
void printJson(const QJsonObject& object);

// Upper bounds of the files the command line reads whole: far above any real file, far below the memory.
constexpr qint64 maxDefinitionBytes = 16 * 1024 * 1024;
constexpr qint64 maxKeyListBytes = 512 * 1024 * 1024;
constexpr qint64 maxGridBytes = 1024 * 1024;

// Reads a whole file (`-`: standard input) of at most `limit` bytes; `what` names its kind in messages
// ("segment definition"). A larger file, /dev/zero or an endless pipe is an error, not an exhausted memory.
QByteArray readLimitedFile(const QString& path, qint64 limit, const QString& what, QString* error);

// A filter given as JSON text or as @FILE holding the JSON (at most maxDefinitionBytes).
QByteArray readJsonArgument(const QString& value, QString* error);

// "a,b,c" → {"a","b","c"}, blanks dropped.
QStringList splitList(const QString& value);

} // namespace swb::cli
