// `swb segment save|list|delete|snapshot|history|overlap|rename|duplicate|combine`: saved segments from the command
// line.
#include "app/cli/cli.h"
#include "model/analytics/kpiservice.h"
#include "model/postgres/pgsegments.h"
#include "model/postgres/pgworkspace.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
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
    QJsonObject object{{QStringLiteral("name"), segment.name},
                       {QStringLiteral("kind"), segmentKindName(segment.kind)},
                       {QStringLiteral("source"), segment.source},
                       {QStringLiteral("created_at"), segment.createdAt},
                       {QStringLiteral("updated_at"), segment.updatedAt}};
    if (!segment.definition.isEmpty())
        object.insert(QStringLiteral("definition"), QString::fromUtf8(segment.definition));
    if (size)
        object.insert(QStringLiteral("size"), *size);
    return object;
}

QJsonObject snapshotJson(const SegmentSnapshot& snapshot)
{
    return QJsonObject{{QStringLiteral("taken_at"), snapshot.takenAt},
                       {QStringLiteral("size"), snapshot.size},
                       {QStringLiteral("entered"), snapshot.entered},
                       {QStringLiteral("left"), snapshot.left},
                       {QStringLiteral("kpis"), snapshot.kpis}};
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

// What every action of `swb segment` works with.
struct SegmentAction
{
    const QCommandLineParser& parser;
    SegmentRepository& segments;
    QString name; // --name
    bool json = false;
};

// The list's rows: a segment with its size now, or why it could not be counted.
struct ListedSegment
{
    Segment segment;
    std::optional<qint64> size;
    QString countError;
};

int printSegmentList(const QList<ListedSegment>& segments, bool json)
{
    QJsonArray list;
    QString text;
    for (const ListedSegment& listed : segments) {
        list << segmentJson(listed.segment, listed.size);
        text += QStringLiteral("%1\t%2\t%3\n")
                    .arg(listed.segment.name, segmentKindName(listed.segment.kind),
                         listed.size ? QString::number(*listed.size) : tr("error: %1").arg(listed.countError));
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("segments"), list}});
    else if (!text.isEmpty())
        print(text);
    return Ok;
}

int listSegments(const SegmentAction& a)
{
    QList<ListedSegment> listed;
    for (const Segment& segment : a.segments.list()) {
        ListedSegment row{segment, std::nullopt, QString()};
        row.size = a.segments.count(segment.name, &row.countError);
        listed << row;
    }
    return printSegmentList(listed, a.json);
}

int printOverlap(const OverlapMatrix& matrix, bool json)
{
    QJsonArray rows;
    QString text = QStringLiteral("\t") + matrix.names.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (qsizetype i = 0; i < matrix.names.size(); ++i) {
        QJsonArray row;
        text += matrix.names.at(i);
        for (const qint64 value : matrix.counts.at(i)) {
            row << value;
            text += QLatin1Char('\t') + QString::number(value);
        }
        rows << row;
        text += QLatin1Char('\n');
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(matrix.names)},
                              {QStringLiteral("counts"), rows}});
    else
        print(text);
    return Ok;
}

int overlapSegments(const SegmentAction& a)
{
    int exitCode = Ok;
    if (!require(a.parser, QStringLiteral("names"), &exitCode))
        return exitCode;
    QString error;
    const auto matrix = a.segments.overlap(splitList(a.parser.value(QStringLiteral("names"))), &error);
    if (!matrix)
        return fail(error);
    return printOverlap(*matrix, a.json);
}

// The size line (or JSON) after a save.
int printSaved(const Segment& saved, std::optional<qint64> size, bool json)
{
    if (json)
        printJson(segmentJson(saved, size));
    else
        print(tr("Saved the %1 segment \"%2\" with %3 customers.")
                  .arg(segmentKindName(saved.kind), saved.name, QString::number(size.value_or(0))));
    return Ok;
}

// --db postgresql://…: list, save (from a definition) and overlap, computed on the server.
int segmentOnServer(const QCommandLineParser& parser, const QString& verb)
{
    QString error;
    const auto workspace = PgWorkspace::open(parser.value(QStringLiteral("db")), &error);
    if (!workspace)
        return fail(tr("Cannot use the server: %1").arg(error));
    PgSegments segments(*workspace);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (verb == QLatin1String("list")) {
        const auto all = segments.list(&error);
        if (!all)
            return fail(error);
        QList<ListedSegment> listed;
        for (const Segment& segment : *all) {
            ListedSegment row{segment, std::nullopt, QString()};
            row.size = segments.count(segment.name, &row.countError);
            listed << row;
        }
        return printSegmentList(listed, json);
    }
    int exitCode = Ok;
    if (verb == QLatin1String("overlap")) {
        if (!require(parser, QStringLiteral("names"), &exitCode))
            return exitCode;
        const auto matrix = segments.overlap(splitList(parser.value(QStringLiteral("names"))), &error);
        return matrix ? printOverlap(*matrix, json) : fail(error);
    }
    if (verb != QLatin1String("save") || parser.isSet(QStringLiteral("keys")))
        return fail(tr("On a PostgreSQL server, swb segment does list, overlap and save --filter so far."));
    if (!require(parser, QStringLiteral("name"), &exitCode) || !require(parser, QStringLiteral("filter"), &exitCode))
        return exitCode;
    const QByteArray definition = readJsonArgument(parser.value(QStringLiteral("filter")), &error);
    if (!error.isEmpty())
        return fail(error);
    const QString name = parser.value(QStringLiteral("name"));
    const auto saved = segments.save(name, definition, parser.isSet(QStringLiteral("static")), &error);
    if (!saved)
        return fail(error);
    return printSaved(*saved, segments.count(name, &error), json);
}

int saveSegment(const SegmentAction& a)
{
    const bool fromKeys = a.parser.isSet(QStringLiteral("keys"));
    if (fromKeys == a.parser.isSet(QStringLiteral("filter")))
        return fail(tr("Give either --filter or --keys."), Usage);
    QString error;
    std::optional<Segment> saved;
    KeyListResult keyResult;
    if (fromKeys) {
        const QStringList keys = readKeys(a.parser.value(QStringLiteral("keys")), &error);
        if (!error.isEmpty())
            return fail(error);
        saved = a.segments.saveStaticFromKeys(a.name, keys, &keyResult, &error);
    } else {
        const QByteArray definition = readJsonArgument(a.parser.value(QStringLiteral("filter")), &error);
        if (!error.isEmpty())
            return fail(error);
        saved = a.parser.isSet(QStringLiteral("static"))
            ? a.segments.saveStaticFromDefinition(a.name, definition, &error)
            : a.segments.saveDynamic(a.name, definition, &error);
    }
    if (!saved)
        return fail(error);
    const auto size = a.segments.count(a.name, &error);
    QJsonObject object = segmentJson(*saved, size);
    if (fromKeys) {
        object.insert(QStringLiteral("keys_listed"), keyResult.listed);
        object.insert(QStringLiteral("keys_matched"), keyResult.matched);
        object.insert(QStringLiteral("keys_not_found"), QJsonArray::fromStringList(keyResult.notFound));
    }
    if (a.json) {
        printJson(object);
        return Ok;
    }
    print(tr("Saved the %1 segment \"%2\" with %3 customers.")
              .arg(segmentKindName(saved->kind), a.name, QString::number(size.value_or(0))));
    if (fromKeys && !keyResult.notFound.isEmpty())
        print(tr("%1 of %2 keys have no customer: %3")
                  .arg(QString::number(keyResult.notFound.size()), QString::number(keyResult.listed),
                       keyResult.notFound.mid(0, 20).join(QStringLiteral(", "))));
    return Ok;
}

int deleteSegment(const SegmentAction& a)
{
    QString error;
    return a.segments.remove(a.name, &error) ? Ok : fail(error);
}

int renameOrDuplicate(const SegmentAction& a, bool rename)
{
    int exitCode = Ok;
    if (!require(a.parser, QStringLiteral("to"), &exitCode))
        return exitCode;
    const QString to = a.parser.value(QStringLiteral("to"));
    QString error;
    const bool ok
        = rename ? a.segments.rename(a.name, to, &error) : a.segments.duplicate(a.name, to, &error).has_value();
    return ok ? Ok : fail(error);
}

int snapshotSegment(const SegmentAction& a)
{
    QString error;
    if (!a.segments.find(a.name))
        return fail(tr("There is no segment called \"%1\". swb segment list shows the saved segments.").arg(a.name));
    // The KPIs as the window's snapshot keeps them, computed before the snapshot is written.
    const QJsonObject kpis = KpiService::snapshotKpis(a.parser.value(QStringLiteral("db")), a.name);
    const auto snapshot = a.segments.takeSnapshot(a.name, kpis, &error);
    if (!snapshot)
        return fail(error);
    if (a.json) {
        QJsonArray history;
        for (const SegmentSnapshot& s : a.segments.snapshots(a.name))
            history << snapshotJson(s);
        printJson(
            QJsonObject{{QStringLiteral("snapshot"), snapshotJson(*snapshot)}, {QStringLiteral("history"), history}});
    } else {
        print(tr("Snapshot of \"%1\": %2 customers, %3 entered and %4 left since the previous snapshot.")
                  .arg(a.name, QString::number(snapshot->size), QString::number(snapshot->entered),
                       QString::number(snapshot->left)));
    }
    return Ok;
}

QString kpiText(const QJsonObject& kpis, const char* key, int decimals)
{
    const QJsonValue value = kpis.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toDouble(), 'f', decimals) : QStringLiteral("n/a");
}

int segmentHistory(const SegmentAction& a)
{
    if (!a.segments.find(a.name))
        return fail(tr("There is no segment called \"%1\". swb segment list shows the saved segments.").arg(a.name));
    const QList<SegmentSnapshot> snapshots = a.segments.snapshots(a.name);
    if (a.json) {
        QJsonArray list;
        for (const SegmentSnapshot& snapshot : snapshots)
            list << snapshotJson(snapshot);
        printJson(QJsonObject{{QStringLiteral("snapshots"), list}});
        return Ok;
    }
    if (snapshots.isEmpty()) {
        print(tr("\"%1\" has no snapshots yet: take one with swb segment snapshot.").arg(a.name));
        return Ok;
    }
    QString text = tr("taken at (UTC)\tsize\tentered\tleft\trevenue\trevenue/customer\tmedian recency (days)\t"
                      "churn rate\tNPS\n");
    for (const SegmentSnapshot& snapshot : snapshots) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n")
                    .arg(snapshot.takenAt, QString::number(snapshot.size), QString::number(snapshot.entered),
                         QString::number(snapshot.left), kpiText(snapshot.kpis, "revenue", 2),
                         kpiText(snapshot.kpis, "revenue_per_customer", 2),
                         kpiText(snapshot.kpis, "median_recency_days", 0), kpiText(snapshot.kpis, "churn_rate", 3),
                         kpiText(snapshot.kpis, "nps", 1));
    }
    print(text);
    return Ok;
}

int combineSegments(const SegmentAction& a)
{
    int exitCode = Ok;
    for (const char* option : {"a", "b", "op"}) {
        if (!require(a.parser, QString::fromLatin1(option), &exitCode))
            return exitCode;
    }
    const QString op = a.parser.value(QStringLiteral("op"));
    SetOperation operation = SetOperation::Intersection;
    if (op == QLatin1String("minus"))
        operation = SetOperation::Difference;
    else if (op == QLatin1String("or"))
        operation = SetOperation::Union;
    else if (op != QLatin1String("and"))
        return fail(tr("--op must be and, minus or or."), Usage);
    QString error;
    const auto saved
        = a.segments.saveCombination(a.name, a.parser.value(QStringLiteral("a")), a.parser.value(QStringLiteral("b")),
                                     operation, !a.parser.isSet(QStringLiteral("static")), &error);
    if (!saved)
        return fail(error);
    const auto size = a.segments.count(a.name, &error);
    if (a.json)
        printJson(segmentJson(*saved, size));
    else
        print(tr("Saved \"%1\" with %2 customers.").arg(a.name, QString::number(size.value_or(0))));
    return Ok;
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
           "  swb segment snapshot --db WS --name NAME [--json]   (freezes members and KPIs, prints entered/left)\n"
           "  swb segment history --db WS --name NAME [--json]    (the snapshots with their KPIs)\n"
           "  swb segment overlap --db WS --names A,B,C [--json]\n"
           "  swb segment combine --db WS --name NEW --a A --b B --op and|minus|or [--static]"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("save, list, delete, rename, duplicate, snapshot, "
                                    "history, overlap or combine"));
    parser.addOptions({
        workspaceOption(),
        {QStringLiteral("name"), tr("Segment name."), tr("NAME")},
        {QStringLiteral("names"), tr("Comma-separated segment names (overlap)."), tr("A,B,C")},
        {QStringLiteral("to"), tr("New name (rename, duplicate)."), tr("NEW")},
        {QStringLiteral("filter"), tr("Definition as JSON, or @FILE."), tr("JSON")},
        {QStringLiteral("keys"), tr("File with customer keys, one per line (- for stdin)."), tr("FILE")},
        {QStringLiteral("static"), tr("Freeze the members now instead of re-evaluating the definition.")},
        {QStringLiteral("a"), tr("First segment (combine)."), tr("A")},
        {QStringLiteral("b"), tr("Second segment (combine)."), tr("B")},
        {QStringLiteral("op"), tr("and (A ∩ B), minus (A \\ B) or or (A ∪ B)."), tr("OP")},
        jsonOption(),
    });
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(
            tr("Name one action: save, list, delete, rename, duplicate, snapshot, history, overlap or combine."),
            Usage);
    if (PgWorkspace::isUri(parser.value(QStringLiteral("db"))))
        return segmentOnServer(parser, positional.first());
    const auto workspace = openWorkspace(parser, &exitCode);
    if (!workspace)
        return exitCode;
    SegmentRepository segments(*workspace);
    const SegmentAction action{parser, segments, parser.value(QStringLiteral("name")),
                               parser.isSet(QStringLiteral("json"))};
    const QString verb = positional.first();
    if (verb == QLatin1String("list"))
        return listSegments(action);
    if (verb == QLatin1String("overlap"))
        return overlapSegments(action);
    // Every other action works on one segment.
    static const QHash<QString, std::function<int(const SegmentAction&)>> named{
        {QStringLiteral("save"), saveSegment},
        {QStringLiteral("delete"), deleteSegment},
        {QStringLiteral("rename"),
         [](const SegmentAction& a) {
             return renameOrDuplicate(a, true);
         }},
        {QStringLiteral("duplicate"),
         [](const SegmentAction& a) {
             return renameOrDuplicate(a, false);
         }},
        {QStringLiteral("snapshot"), snapshotSegment},
        {QStringLiteral("history"), segmentHistory},
        {QStringLiteral("combine"), combineSegments},
    };
    const auto run = named.constFind(verb);
    if (run == named.constEnd())
        return fail(tr("Unknown action \"%1\".").arg(verb), Usage);
    if (!require(parser, QStringLiteral("name"), &exitCode))
        return exitCode;
    return (*run)(action);
}

const Registrar registrar("segment", "Save, list, delete, snapshot and compare segments", &runSegment);

} // namespace
} // namespace swb::cli
