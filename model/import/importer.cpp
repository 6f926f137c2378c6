#include "model/import/importer.h"

#include "model/database.h"
#include "model/import/columnnaming.h"
#include "model/import/compactdates.h"
#include "model/import/filedetection.h"
#include "model/import/importrun.h"
#include "model/import/roleguesser.h"
#include "model/workspace.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace swb {

namespace {

constexpr qint64 s_sampleBytes = qint64(1) << 20;
constexpr int s_maxPasses = 3;

// SQLite (as Debian builds it) keeps global memory statistics, taking a mutex on every allocation. Nothing in the
// workbench reads them, and without them a bulk insert needs about a fifth less CPU. The switch only works before
// SQLite initialises, so it runs when the program loads; if SQLite was already in use it changes nothing.
[[maybe_unused]] const bool s_memoryStatisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

// While no other connection has the workspace open, the import writes through a rollback journal instead of the
// WAL: the new pages go into the file once, instead of into the WAL and then again by the checkpoint (for a million
// customers the commit takes 0.2 s instead of 0.8 s). A killed import leaves a hot journal that SQLite rolls back
// when the workspace is next opened, so the old data stays, as with the WAL. synchronous = FULL because NORMAL is
// only power-safe with the WAL. SQLite refuses to leave WAL mode while another connection is open (the GUI's own
// ones, another program): then the import runs in the WAL as before. The WAL comes back at the end; should that
// fail, Workspace::open restores it on the next opening.
class RollbackJournalScope
{
public:
    explicit RollbackJournalScope(Database& db)
        : m_db(db)
    {
        m_active = m_db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).toString() == QLatin1String("delete");
        if (m_active)
            m_db.exec("PRAGMA synchronous = FULL");
    }
    ~RollbackJournalScope()
    {
        if (m_active)
            m_db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    }
    RollbackJournalScope(const RollbackJournalScope&) = delete;
    RollbackJournalScope& operator=(const RollbackJournalScope&) = delete;
    bool isActive() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
};

int progressHandler(void* context)
{
    const auto* cancel = static_cast<const ImportCancel*>(context);
    return (*cancel && (*cancel)()) ? 1 : 0;
}

} // namespace

ImportReport Importer::run(const QString& workspacePath, const ImportOptions& options, const ImportCancel& cancel,
                           const ImportProgress& progress)
{
    return runWith(workspacePath, options, nullptr, cancel, progress);
}

ImportReport Importer::run(const QString& workspacePath, const ImportOptions& options, RowSink& sink,
                           const ImportCancel& cancel, const ImportProgress& progress)
{
    return runWith(workspacePath, options, &sink, cancel, progress);
}

ImportReport Importer::runWith(const QString& workspacePath, const ImportOptions& options, RowSink* sink,
                               const ImportCancel& cancel, const ImportProgress& progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.file = options.filePath;
    report.kind = options.kind;
    report.mode = options.mode;
    auto finish = [&](const QString& error = {}) {
        if (!error.isEmpty()) {
            report.ok = false;
            report.error = error;
        }
        report.seconds = double(timer.nsecsElapsed()) / 1e9;
        return report;
    };

    FileDetection detection;
    QString error;
    if (sink && options.mode != ImportMode::Replace)
        return finish(tr("Rows that go elsewhere than the workspace replace the table (mode replace)."));
    if (!FileDetection::detect(options, s_sampleBytes, 0, &detection, &error))
        return finish(error);
    report.encoding = TextDecoder::name(detection.encoding.encoding, detection.encoding.otherName);
    report.delimiter = QString(QLatin1Char(detection.delimiter));
    report.hasHeader = detection.hasHeader;

    auto db = Workspace::connect(workspacePath, false, &error);
    if (!db)
        return finish(tr("Cannot open the workspace %1: %2").arg(workspacePath, error));
    // A 32 MB page cache: full pages of the growing table are written out while the parser still works (a larger cache
    // only moves that writing to the commit, where nothing runs beside it: 1M rows 1.185 s → 1.15 s mean over 8
    // alternating runs, 128 → 32 MB). The sorter (index, orders aggregation) gets a helper thread and the same memory
    // budget; temp_store stays FILE, so it spills to temporary files beyond it and memory stays bounded whatever the
    // file size. SWB_IMPORT_CACHE_MB sets another size (the kill test makes the import spill early with 1).
    int cacheMb = 32;
    if (const int wanted = qEnvironmentVariableIntValue("SWB_IMPORT_CACHE_MB"); wanted > 0)
        cacheMb = std::min(wanted, 4096);
    db->exec(QStringLiteral("PRAGMA cache_size = -%1; PRAGMA threads = 1;").arg(cacheMb * 1024));
    const RollbackJournalScope journal(*db);
    if (qEnvironmentVariableIsSet("SWB_IMPORT_PROFILE"))
        fprintf(stderr, "journal      %s\n", journal.isActive() ? "rollback (no other connection)" : "WAL");
    const ImportCancel cancelCopy = cancel;
    if (cancel)
        sqlite3_progress_handler(db->handle(), 10000, &progressHandler, const_cast<ImportCancel*>(&cancelCopy));

    ImportRun run(*db, options, detection, cancel, progress, sink);
    for (int pass = 0; pass < s_maxPasses; ++pass) {
        const ImportRun::Outcome outcome = run.pass(report);
        if (outcome == ImportRun::Outcome::Failed) {
            if (cancel && cancel()) {
                report.canceled = true;
                report.error = tr("The import was cancelled; the workspace is unchanged.");
            }
            sqlite3_progress_handler(db->handle(), 0, nullptr, nullptr);
            return finish();
        }
        if (outcome == ImportRun::Outcome::Done) {
            sqlite3_progress_handler(db->handle(), 0, nullptr, nullptr);
            // Copy the committed pages into the database file now and keep the WAL file small; a reader that holds
            // an older snapshot (the GUI) is not waited for: then the next checkpoint does it.
            QElapsedTimer checkpoint;
            checkpoint.start();
            sqlite3_busy_timeout(db->handle(), 0);
            db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
            if (qEnvironmentVariableIsSet("SWB_IMPORT_PROFILE"))
                fprintf(stderr, "checkpoint   %7.3f s\n", double(checkpoint.nsecsElapsed()) / 1e9);
            return finish();
        }
    }
    sqlite3_progress_handler(db->handle(), 0, nullptr, nullptr);
    return finish(tr("The column types of %1 kept changing between passes; the import was stopped. Set the types of "
                     "the columns explicitly.")
                      .arg(options.filePath));
}

ImportPreview Importer::preview(const ImportOptions& options, int maxRows, const ImportCancel& cancel)
{
    ImportPreview preview;
    FileDetection detection;
    if (!FileDetection::detect(options, s_sampleBytes, maxRows, &detection, &preview.error, cancel))
        return preview;
    if (cancel && cancel()) {
        preview.error = tr("Cancelled.");
        return preview;
    }
    preview.ok = true;
    preview.encoding = TextDecoder::name(detection.encoding.encoding, detection.encoding.otherName);
    preview.delimiter = detection.delimiter;
    preview.hasHeader = detection.hasHeader;
    preview.rows = detection.rows;
    const bool comma = TypeInference::fileUsesDecimalComma(detection.sample, detection.delimiter);
    QList<InferredType> types;
    for (int c = 0; c < detection.columnCount; ++c) {
        std::optional<bool> monthFirst = TypeInference::fileMonthFirst(detection.sample);
        for (const ColumnOverride& o : options.overrides) {
            if (o.column == c && o.monthFirst)
                monthFirst = o.monthFirst;
        }
        types << CompactDates::infer(detection.sample[size_t(c)], comma, monthFirst, detection.headers.value(c));
    }
    const QList<FieldRole> roles = RoleGuesser::guess(options.kind, detection.headers, types, detection.sample);
    const QStringList names = ColumnNaming::uniqueNames(detection.headers);
    for (int c = 0; c < detection.columnCount; ++c) {
        ImportColumn column;
        column.name = names[c];
        column.header = detection.headers[c];
        column.type = types[c].type;
        column.role = roles[c];
        column.pii = isPiiRole(roles[c]);
        column.format = types[c].formatName();
        column.nulls = detection.sample[size_t(c)].empty;
        column.fileColumn = c;
        column.compactDates
            = types[c].type == FieldType::Integer && CompactDates::possible(detection.sample[size_t(c)]);
        preview.columns << column;
    }
    return preview;
}

} // namespace swb
