// `swb segment save|list|delete|snapshot|overlap|rename|duplicate`: saved segments from the command line.
#include "app/cli/cli.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::segment", text);
}

QJsonObject segmentJson(const Segment& segment, std::optional<qint64> size)
{
    QJsonObject object { { QStringLiteral("name"), segment.name },
                         { QStringLiteral("kind"), segmentKindName(segment.kind) },
                         { QStringLiteral("source"), segment.source },
                         { QStringLiteral("created_at"), segment.createdAt },
                         { QStringLiteral("updated_at"), segment.updatedAt } };
    if (!segment.definition.isEmpty())
        object.insert(QStringLiteral("definition"), QString::fromUtf8(segment.definition));
    if (size)
        object.insert(QStringLiteral("size"), *size);
    return object;
}

QJsonObject snapshotJson(const SegmentSnapshot& snapshot)
{
    return QJsonObject { { QStringLiteral("taken_at"), snapshot.takenAt },
                         { QStringLiteral("size"), snapshot.size },
                         { QStringLiteral("entered"), snapshot.entered },
                         { QStringLiteral("left"), snapshot.left },
                         { QStringLiteral("kpis"), snapshot.kpis } };
}

QStringList readKeys(const QString& path, QString* error)
{
    QString readError;
    const QByteArray data = readLimitedFile(path, maxKeyListBytes, tr("key list"), &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return {};
    }
    // One key per line; commas, semicolons and tabs also separate keys, as in a pasted spreadsheet column.
    return QString::fromUtf8(data).split(QRegularExpression(QStringLiteral("[\\r\\n,;\\t]+")), Qt::SkipEmptyParts);
}

int runSegment(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Saved segments.\n"
           "  swb segment save --db WS --name NAME (--filter JSON|@FILE | --keys FILE) [--static]\n"
           "  swb segment list --db WS [--json]\n"
           "  swb segment delete --db WS --name NAME\n"
           "  swb segment rename --db WS --name NAME --to NEW\n"
           "  swb segment duplicate --db WS --name NAME --to NEW\n"
           "  swb segment snapshot --db WS --name NAME [--json]   (freezes members, prints entered/left)\n"
           "  swb segment overlap --db WS --names A,B,C [--json]\n"
           "  swb segment combine --db WS --name NEW --a A --b B --op and|minus|or [--static]"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("save, list, delete, rename, duplicate, snapshot, "
                                    "overlap or combine"));
    parser.addOptions({
        { QStringLiteral("db"), tr("Workspace file."), tr("WS") },
        { QStringLiteral("name"), tr("Segment name."), tr("NAME") },
        { QStringLiteral("names"), tr("Comma-separated segment names (overlap)."), tr("A,B,C") },
        { QStringLiteral("to"), tr("New name (rename, duplicate)."), tr("NEW") },
        { QStringLiteral("filter"), tr("Definition as JSON, or @FILE."), tr("JSON") },
        { QStringLiteral("keys"), tr("File with customer keys, one per line (- for stdin)."), tr("FILE") },
        { QStringLiteral("static"), tr("Freeze the members now instead of re-evaluating the definition.") },
        { QStringLiteral("a"), tr("First segment (combine)."), tr("A") },
        { QStringLiteral("b"), tr("Second segment (combine)."), tr("B") },
        { QStringLiteral("op"), tr("and (A ∩ B), minus (A \\ B) or or (A ∪ B)."), tr("OP") },
        { QStringLiteral("json"), tr("Print JSON.") },
    });
    int exitCode = Ok;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("Name one action: save, list, delete, rename, duplicate, snapshot, overlap or combine."), Usage);
    if (!require(parser, QStringLiteral("db"), &exitCode))
        return exitCode;
    QString error;
    auto workspace = Workspace::open(parser.value(QStringLiteral("db")), Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return fail(error);
    SegmentRepository segments(*workspace);
    const QString action = positional.first();
    const QString name = parser.value(QStringLiteral("name"));
    const bool json = parser.isSet(QStringLiteral("json"));

    if (action == QLatin1String("list")) {
        QJsonArray list;
        QString text;
        for (const Segment& segment : segments.list()) {
            QString countError;
            const auto size = segments.count(segment.name, &countError);
            list << segmentJson(segment, size);
            text += QStringLiteral("%1\t%2\t%3\n")
                        .arg(segment.name, segmentKindName(segment.kind),
                             size ? QString::number(*size) : tr("error: %1").arg(countError));
        }
        if (json)
            printJson(QJsonObject { { QStringLiteral("segments"), list } });
        else if (!text.isEmpty())
            print(text);
        return Ok;
    }
    if (action == QLatin1String("overlap")) {
        if (!require(parser, QStringLiteral("names"), &exitCode))
            return exitCode;
        const auto matrix = segments.overlap(splitList(parser.value(QStringLiteral("names"))), &error);
        if (!matrix)
            return fail(error);
        QJsonArray rows;
        QString text = QStringLiteral("\t") + matrix->names.join(QLatin1Char('\t')) + QLatin1Char('\n');
        for (qsizetype i = 0; i < matrix->names.size(); ++i) {
            QJsonArray row;
            text += matrix->names.at(i);
            for (const qint64 value : matrix->counts.at(i)) {
                row << value;
                text += QLatin1Char('\t') + QString::number(value);
            }
            rows << row;
            text += QLatin1Char('\n');
        }
        if (json)
            printJson(QJsonObject { { QStringLiteral("names"), QJsonArray::fromStringList(matrix->names) },
                                    { QStringLiteral("counts"), rows } });
        else
            print(text);
        return Ok;
    }
    if (!require(parser, QStringLiteral("name"), &exitCode))
        return exitCode;

    if (action == QLatin1String("save")) {
        const bool fromKeys = parser.isSet(QStringLiteral("keys"));
        if (fromKeys == parser.isSet(QStringLiteral("filter")))
            return fail(tr("Give either --filter or --keys."), Usage);
        std::optional<Segment> saved;
        KeyListResult keyResult;
        if (fromKeys) {
            const QStringList keys = readKeys(parser.value(QStringLiteral("keys")), &error);
            if (!error.isEmpty())
                return fail(error);
            saved = segments.saveStaticFromKeys(name, keys, &keyResult, &error);
        } else {
            const QByteArray definition = readJsonArgument(parser.value(QStringLiteral("filter")), &error);
            if (!error.isEmpty())
                return fail(error);
            saved = parser.isSet(QStringLiteral("static")) ? segments.saveStaticFromDefinition(name, definition, &error)
                                                           : segments.saveDynamic(name, definition, &error);
        }
        if (!saved)
            return fail(error);
        const auto size = segments.count(name, &error);
        QJsonObject object = segmentJson(*saved, size);
        if (fromKeys) {
            object.insert(QStringLiteral("keys_listed"), keyResult.listed);
            object.insert(QStringLiteral("keys_matched"), keyResult.matched);
            object.insert(QStringLiteral("keys_not_found"), QJsonArray::fromStringList(keyResult.notFound));
        }
        if (json) {
            printJson(object);
        } else {
            print(tr("Saved the %1 segment \"%2\" with %3 customers.")
                      .arg(segmentKindName(saved->kind), name, QString::number(size.value_or(0))));
            if (fromKeys && !keyResult.notFound.isEmpty())
                print(tr("%1 of %2 keys have no customer: %3")
                          .arg(QString::number(keyResult.notFound.size()), QString::number(keyResult.listed),
                               keyResult.notFound.mid(0, 20).join(QStringLiteral(", "))));
        }
        return Ok;
    }
    if (action == QLatin1String("delete"))
        return segments.remove(name, &error) ? Ok : fail(error);
    if (action == QLatin1String("rename") || action == QLatin1String("duplicate")) {
        if (!require(parser, QStringLiteral("to"), &exitCode))
            return exitCode;
        const QString to = parser.value(QStringLiteral("to"));
        const bool ok = action == QLatin1String("rename") ? segments.rename(name, to, &error)
                                                          : segments.duplicate(name, to, &error).has_value();
        return ok ? Ok : fail(error);
    }
    if (action == QLatin1String("snapshot")) {
        const auto snapshot = segments.takeSnapshot(name, {}, &error);
        if (!snapshot)
            return fail(error);
        if (json) {
            QJsonArray history;
            for (const SegmentSnapshot& s : segments.snapshots(name))
                history << snapshotJson(s);
            printJson(QJsonObject { { QStringLiteral("snapshot"), snapshotJson(*snapshot) },
                                    { QStringLiteral("history"), history } });
        } else {
            print(tr("Snapshot of \"%1\": %2 customers, %3 entered and %4 left since the previous snapshot.")
                      .arg(name, QString::number(snapshot->size), QString::number(snapshot->entered),
                           QString::number(snapshot->left)));
        }
        return Ok;
    }
    if (action == QLatin1String("combine")) {
        for (const char* option : { "a", "b", "op" }) {
            if (!require(parser, QString::fromLatin1(option), &exitCode))
                return exitCode;
        }
        const QString op = parser.value(QStringLiteral("op"));
        SetOperation operation = SetOperation::Intersection;
        if (op == QLatin1String("minus"))
            operation = SetOperation::Difference;
        else if (op == QLatin1String("or"))
            operation = SetOperation::Union;
        else if (op != QLatin1String("and"))
            return fail(tr("--op must be and, minus or or."), Usage);
        const auto saved
            = segments.saveCombination(name, parser.value(QStringLiteral("a")), parser.value(QStringLiteral("b")),
                                       operation, !parser.isSet(QStringLiteral("static")), &error);
        if (!saved)
            return fail(error);
        const auto size = segments.count(name, &error);
        if (json)
            printJson(segmentJson(*saved, size));
        else
            print(tr("Saved \"%1\" with %2 customers.").arg(name, QString::number(size.value_or(0))));
        return Ok;
    }
    return fail(tr("Unknown action \"%1\".").arg(action), Usage);
}

const Registrar registrar("segment", "Save, list, delete, snapshot and compare segments", &runSegment);

} // namespace
} // namespace swb::cli
