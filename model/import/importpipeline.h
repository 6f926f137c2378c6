// The parsing half of an import: a thread that reads, classifies and converts records into batches for the inserter.
#pragma once

#include "model/import/csvreader.h"
#include "model/import/typeinference.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace swb {

// How one column of the file is read.
struct ColumnPlan
{
    bool skip = false;
    InferredType type;
    // The type is given (an existing column, a user's override, or a previous pass's whole-file result): a cell that
    // does not fit is an issue (NULL stored). Otherwise such a cell means the sample misled: the pass must be redone.
    bool fixed = false;
    QString name; // for issues
};

// A converted cell, bound as it is: integers as integers, text as a slice of the batch's text.
struct BatchValue
{
    enum Kind : quint8 { Null, Integer, Real, Text };
    Kind kind = Null;
    quint32 length = 0;
    union {
        qint64 integer;
        double real;
        quint64 offset;
    };
    BatchValue()
        : integer(0)
    { }
};

struct BatchIssue
{
    int row = 0; // index in the batch
    qint64 line = 0;
    int column = -1; // file column, -1 for the whole row
    enum class Effect : quint8 { RowRejected, NullStored, ValueKept };
    Effect effect = Effect::ValueKept; // what became of the value (NULL counts as an empty cell of the column)
    QString reason;
    QString raw;
};

struct RowBatch
{
    int columns = 0; // imported (not skipped) columns
    int rows = 0;
    std::vector<BatchValue> values; // rows × columns
    std::vector<qint64> lines;
    std::vector<quint8> rejected; // 1: the row is not inserted (its issue says why)
    std::string text;
    std::vector<BatchIssue> issues;
    qint64 bytesRead = 0;

    void clear();
    const char* textAt(const BatchValue& value) const { return text.data() + value.offset; }
};

struct PipelineInput
{
    QString path;
    CsvReader::Options csv;
    bool hasHeader = true;
    int columnCount = 0;
    std::vector<ColumnPlan> plans; // one per file column
    bool validateUtf8 = true; // the input is UTF-8: repair invalid bytes (an issue each)
    int batchRows = 4096;
};

struct PipelineResult
{
    enum class End { Finished, Diverged, Failed, Stopped };
    End end = End::Finished;
    QString error;
    std::vector<ColumnStats> stats; // whole file (when the pass was not stopped)
    Utf8Counts utf8;
    qint64 records = 0; // data records read (a record a stray quote made of several lines counts as those lines)
    qint64 divergedLine = 0;
    qint64 bytesRead = 0; // raw bytes of the file read (the whole file, unless the pass stopped early)
};

class ImportPipeline
{
    Q_DECLARE_TR_FUNCTIONS(swb::ImportPipeline)

public:
    explicit ImportPipeline(PipelineInput input);
    ~ImportPipeline();
    ImportPipeline(const ImportPipeline&) = delete;
    ImportPipeline& operator=(const ImportPipeline&) = delete;

    void start();
    // The next full batch; nullptr when there are no more (end of file, divergence, error, or stop).
    RowBatch* next();
    void recycle(RowBatch* batch);
    // Asks the parser to stop soon (cancel, strict error); safe from the consumer thread.
    void stop();
    // Waits for the parser and returns how it ended. After a divergence it reads on to the end (classifying only).
    PipelineResult finish();

private:
    struct Scratch;

    // The reader thread: reads records, converts them into batches, and hands the batches to next().
    void run();
    // Checks a well-formed record's cells (UTF-8, repaired where invalid; issues go to `batch` when given) and
    // adds them to the column statistics.
    void readCells(const CsvRecord& record, Scratch& scratch, RowBatch* batch);
    // Adds the record as the batch's next row; false when a value does not fit a column typed from the sample.
    bool addRecord(const CsvRecord& record, int swallowed, bool wellFormed, const Scratch& scratch, RowBatch& batch);
    // After a divergence: the batches not yet taken are dropped and the queue is closed.
    void abandonBatches(RowBatch* batch);
    void finishRun(qint64 bytesRead, RowBatch* batch, bool diverged);
    RowBatch* acquire();
    void publish(RowBatch* batch);
    void closeQueue();
    QString rejection(const CsvRecord& record, int swallowed) const;
    // Issues for a record that is imported with a change or a doubt: a BOM removed, quotes that look wrong.
    void noteRepairs(const CsvRecord& record, int row, RowBatch& batch) const;
    bool convert(std::string_view cell, const ColumnPlan& plan, RowBatch& batch, BatchValue& value);

    PipelineInput m_input;
    PipelineResult m_result;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch*> m_full;
    std::vector<RowBatch*> m_free;
    std::vector<std::unique_ptr<RowBatch>> m_batches;
    bool m_closed = false;
    static constexpr int s_batchCount = 4;
};

} // namespace swb
