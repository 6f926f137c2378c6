// One import of one file into one table, pass by pass: builds the columns, writes the rows, finishes the table.
#pragma once

#include "model/database.h"
#include "model/import/filedetection.h"
#include "model/import/importpipeline.h"
#include "model/import/importtypes.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace swb {

// One imported column: where it comes from, how it is read and what it becomes in the table.
struct ImportTarget
{
    int fileColumn = 0;
    QString name;
    QString header;
    InferredType type;
    bool fixed = false;
    FieldRole role = FieldRole::None;
    bool pii = false;
    bool existing = false; // append/upsert: the table has it already
};

class LineMap;
class RowSink;

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(swb::Importer)

public:
    enum class Outcome { Done, Redo, Failed };

    ImportRun(Database& db, const ImportOptions& options, FileDetection& detection, const ImportCancel& cancel,
              const ImportProgress& progress, RowSink* sink = nullptr)
        : m_db(db)
        , m_options(options)
        , m_detection(detection)
        , m_cancel(cancel)
        , m_progress(progress)
        , m_sink(sink)
        , m_known(size_t(detection.columnCount))
    {
        m_table = options.kind == ImportKind::Orders ? QStringLiteral("orders") : QStringLiteral("customers");
    }

    Outcome pass(ImportReport& report);
    // Types are taken from the whole file from now on (after a pass found the sample misleading).
    void learn(const PipelineResult& result);

    const std::vector<ColumnStats>* wholeFile() const { return m_whole.empty() ? nullptr : &m_whole; }

private:
    Outcome fail(ImportReport& report, const QString& message)
    {
        report.ok = false;
        report.error = message;
        return Outcome::Failed;
    }
    struct PassState;
    enum class RowsEnd { Done, Canceled, Failed };

    void buildTargets();
    bool prepareTable(QString* error);
    // The steps of a pass, in order (importpass.cpp).
    bool logStart(QString* error);
    bool findKey(PassState& state, QString* error);
    bool prepareInserter(PassState& state, QString* error);
    RowsEnd writeRows(ImportReport& report, PassState& state, QString* error);
    bool writeBatch(ImportReport& report, PassState& state, const RowBatch& batch, QString* error);
    bool learnSameTypes(const PipelineResult& result);
    bool countRows(ImportReport& report, PassState& state, QString* error);
    void describeColumns(ImportReport& report, const PassState& state) const;
    bool logFinish(const ImportReport& report, QString* error);
    bool recordIssue(ImportReport& report, qint64 line, const QString& column, const QString& reason,
                     const QString& raw);
    bool ensureUniqueKey(ImportReport& report, const ImportTarget& key, const LineMap& lines, QString* error);
    // Into a RowSink (importstream.cpp): the rows of a batch, all but those whose key was seen before …
    bool streamRows(ImportReport& report, PassState& state, const RowBatch& batch, QString* error);
    // … which are settled at the end: repeated keys become issues as ensureUniqueKey makes them, the others go.
    bool finishStream(ImportReport& report, PassState& state, QString* error);
    // Orders whose every line has no customer key: what to do about it.
    QString orphanedError(const PassState& state, qint64 lines) const;
    QString strictError(qint64 line, const QString& column, const QString& reason) const;

    Database& m_db;
    const ImportOptions& m_options;
    FileDetection& m_detection;
    const ImportCancel& m_cancel;
    const ImportProgress& m_progress;
    RowSink* m_sink = nullptr; // null: the rows go into the workspace's table
    QString m_table;
    std::vector<std::optional<InferredType>> m_known;
    std::optional<TextEncoding> m_encoding;
    std::vector<ColumnStats> m_whole;
    std::vector<ImportTarget> m_targets;
    std::vector<ColumnPlan> m_plans;
    bool m_tableExisted = false;
    bool m_creates = false; // the table is (re)created by this import
    QString m_keyName; // customers: the customer key column of the table
    qint64 m_importId = 0;
    Statement m_issueInsert;
    QString m_strictError;
};

} // namespace swb
