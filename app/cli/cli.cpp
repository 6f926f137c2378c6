#include "app/cli/cli.h"

#include "model/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace swb::cli {

namespace {

QList<Command>& registry()
{
    static QList<Command> commands;
    return commands;
}

} // namespace

Registrar::Registrar(const char* name, const char* synopsis, CommandFunction run)
{
    registry().append(Command{QString::fromUtf8(name), QString::fromUtf8(synopsis), run});
}

QList<Command> commands()
{
    QList<Command> sorted = registry();
    std::sort(sorted.begin(), sorted.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
    return sorted;
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("swb::cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "swb %s: %s\n", qUtf8Printable(arguments.value(0)), qUtf8Printable(parser.errorText()));
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        print(parser.helpText());
        *exitCode = Ok;
        return false;
    }
    return true;
}

bool require(const QCommandLineParser& parser, const QString& option, int* exitCode)
{
    if (parser.isSet(option) && !parser.value(option).trimmed().isEmpty())
        return true;
    // An empty value (--db "" from an unset shell variable) would otherwise reach the command as a path.
    std::fprintf(
        stderr, "swb: %s\n",
        qUtf8Printable(parser.isSet(option)
                           ? QCoreApplication::translate("swb::cli", "The option --%1 needs a value.").arg(option)
                           : QCoreApplication::translate("swb::cli", "The option --%1 is required.").arg(option)));
    *exitCode = Usage;
    return false;
}

QCommandLineOption workspaceOption(const QString& description)
{
    return {QStringLiteral("db"),
            description.isEmpty() ? QCoreApplication::translate("swb::cli", "The workspace file.") : description,
            QStringLiteral("WS")};
}

QCommandLineOption jsonOption(const QString& description)
{
    return {QStringLiteral("json"),
            description.isEmpty() ? QCoreApplication::translate("swb::cli", "Print one JSON object.") : description};
}

QCommandLineOption asOfOption(const QString& description)
{
    return {QStringLiteral("as-of"),
            description.isEmpty() ? QCoreApplication::translate("swb::cli",
                                                                "The as-of date, YYYY-MM-DD (default: the "
                                                                "workspace's).")
                                  : description,
            QStringLiteral("DATE")};
}

bool parseWithWorkspace(QCommandLineParser& parser, const QStringList& arguments, int* exitCode)
{
    return parse(parser, arguments, exitCode) && require(parser, QStringLiteral("db"), exitCode);
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, int* exitCode)
{
    QString error;
    auto workspace = Workspace::open(parser.value(QStringLiteral("db")), Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        *exitCode = fail(error);
    return workspace;
}

bool readAsOf(const QCommandLineParser& parser, std::optional<QDate>* date, int* exitCode)
{
    date->reset();
    if (!parser.isSet(QStringLiteral("as-of")))
        return true;
    const QDate parsed = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!parsed.isValid()) {
        *exitCode = fail(QCoreApplication::translate("swb::cli",
                                                     "--as-of needs a date as YYYY-MM-DD, such as "
                                                     "2024-07-01."),
                         Usage);
        return false;
    }
    *date = parsed;
    return true;
}

int fail(const QString& message, ExitCode code)
{
    std::fprintf(stderr, "swb: %s\n", qUtf8Printable(message));
    return code;
}

void print(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject& object)
{
    print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QByteArray readLimitedFile(const QString& path, qint64 limit, const QString& what, QString* error)
{
    QFile file(path);
    const bool opened
        = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = QCoreApplication::translate("swb::cli", "Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    // Read one byte past the limit instead of asking for the size: /dev/zero, a pipe or a growing file has none.
    QByteArray data = file.read(limit + 1);
    if (data.size() > limit) {
        *error = QCoreApplication::translate("swb::cli",
                                             "%1 is larger than %2 MB, more than any %3 can be. Check that you named "
                                             "the right file.")
                     .arg(path, QString::number(limit / (1024 * 1024)), what);
        return {};
    }
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("swb::cli", "Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return data;
}

QByteArray readJsonArgument(const QString& value, QString* error)
{
    if (!value.startsWith(QLatin1Char('@')))
        return value.toUtf8();
    //: %1 in "more than any %1 can be": what the file should hold
    return readLimitedFile(value.mid(1), maxDefinitionBytes,
                           QCoreApplication::translate("swb::cli", "segment definition"), error);
}

QStringList splitList(const QString& value)
{
    QStringList items;
    for (const QString& item : value.split(QLatin1Char(','))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

} // namespace swb::cli
