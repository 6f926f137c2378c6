#include "model/import/importpipeline.h"

#include <QFile>

#include <algorithm>
#include <deque>

namespace swb {

namespace {

constexpr size_t s_maxBatchText = size_t(4) << 20;
constexpr qsizetype s_maxRawText = 1000;
// A quoted value over more lines than this is reported: an address or a note has a few, a stray quote swallows many.
constexpr qint64 s_manyQuotedLineBreaks = 5;

// The lines inside the record's quoted values that look like whole records of the file (as many delimiters as the
// header has): the sign of a quote that was opened by mistake and closed by another record's quote. With fewer than
// four columns a line of prose in a note would look like a record too.
int wholeRecordsInQuotes(const CsvRecord& record, int columns, char delimiter)
{
    if (record.longestQuoted < 0 || columns < 4)
        return 0;
    int found = 0;
    for (const std::string_view field : record.fields) {
        // The first and the last piece of a value are parts of lines; the ones between are whole lines.
        size_t start = field.find('\n');
        while (start != std::string_view::npos) {
            const size_t end = field.find('\n', start + 1);
            if (end == std::string_view::npos)
                break;
            const std::string_view line = field.substr(start + 1, end - start - 1);
            if (std::count(line.begin(), line.end(), delimiter) >= columns - 1)
                ++found;
            start = end;
        }
    }
    return found;
}

QString rawRecord(const CsvRecord& record, char delimiter)
{
    QString raw;
    for (size_t i = 0; i < record.fields.size() && raw.size() < s_maxRawText; ++i) {
        if (i > 0)
            raw += QLatin1Char(delimiter);
        raw += QString::fromUtf8(record.fields[i].data(), qsizetype(record.fields[i].size()));
    }
    if (raw.size() > s_maxRawText) {
        raw.truncate(s_maxRawText);
        raw += QChar(0x2026);
    }
    return raw;
}

QString rawCell(std::string_view cell)
{
    QString raw = QString::fromUtf8(cell.data(), qsizetype(std::min<size_t>(cell.size(), s_maxRawText)));
    if (qsizetype(cell.size()) > s_maxRawText)
        raw += QChar(0x2026);
    return raw;
}

} // namespace

void RowBatch::clear()
{
    rows = 0;
    text.clear();
    issues.clear();
    bytesRead = 0;
}

ImportPipeline::ImportPipeline(PipelineInput input)
    : m_input(std::move(input))
{ }

ImportPipeline::~ImportPipeline()
{
    if (m_thread.joinable()) {
        stop();
        m_thread.join();
    }
}

void ImportPipeline::start()
{
    int imported = 0;
    for (const ColumnPlan& plan : m_input.plans)
        imported += plan.skip ? 0 : 1;
    for (int i = 0; i < s_batchCount; ++i) {
        auto batch = std::make_unique<RowBatch>();
        batch->columns = imported;
        batch->values.resize(size_t(m_input.batchRows) * size_t(imported));
        batch->lines.resize(size_t(m_input.batchRows));
        batch->rejected.resize(size_t(m_input.batchRows));
        batch->text.reserve(s_maxBatchText + 4096);
        m_free.push_back(batch.get());
        m_batches.push_back(std::move(batch));
    }
    m_thread = std::thread([this] { run(); });
}

RowBatch* ImportPipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_closed; });
    if (m_full.empty())
        return nullptr;
    RowBatch* batch = m_full.front();
    m_full.pop_front();
    m_changed.notify_all();
    return batch;
}

void ImportPipeline::recycle(RowBatch* batch)
{
    batch->clear();
    std::lock_guard lock(m_mutex);
    m_free.push_back(batch);
    m_changed.notify_all();
}

void ImportPipeline::stop()
{
    m_stop.store(true);
    std::lock_guard lock(m_mutex);
    m_changed.notify_all();
}

PipelineResult ImportPipeline::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

RowBatch* ImportPipeline::acquire()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty() || m_stop.load(); });
    if (m_stop.load())
        return nullptr;
    RowBatch* batch = m_free.back();
    m_free.pop_back();
    return batch;
}

void ImportPipeline::publish(RowBatch* batch)
{
    std::lock_guard lock(m_mutex);
    m_full.push_back(batch);
    m_changed.notify_all();
}

void ImportPipeline::closeQueue()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
}

bool ImportPipeline::convert(std::string_view cell, const ColumnPlan& plan, RowBatch& batch, BatchValue& value)
{
    value.kind = BatchValue::Null;
    if (TypeInference::isBlank(cell))
        return true;
    switch (plan.type.type) {
    case FieldType::Integer:
        if (!TypeInference::toInteger(cell, &value.integer))
            return false;
        value.kind = BatchValue::Integer;
        return true;
    case FieldType::Boolean: {
        bool flag = false;
        if (!TypeInference::toBoolean(cell, &flag))
            return false;
        value.kind = BatchValue::Integer;
        value.integer = flag ? 1 : 0;
        return true;
    }
    case FieldType::Real:
        if (!TypeInference::toReal(cell, plan.type.decimalComma, &value.real))
            return false;
        value.kind = BatchValue::Real;
        return true;
    case FieldType::Date:
    case FieldType::DateTime: {
        const size_t offset = batch.text.size();
        batch.text.resize(offset + 24);
        const int length = TypeInference::toIsoDate(cell, plan.type.dateOrder, plan.type.type == FieldType::DateTime,
                                                    batch.text.data() + offset);
        batch.text.resize(offset + size_t(length));
        if (length == 0)
            return false;
        value.kind = BatchValue::Text;
        value.offset = offset;
        value.length = quint32(length);
        return true;
    }
    case FieldType::Text:
        break;
    }
    value.kind = BatchValue::Text;
    value.offset = batch.text.size();
    value.length = quint32(cell.size());
    batch.text.append(cell);
    return true;
}

QString ImportPipeline::rejection(const CsvRecord& record, int swallowed) const
{
    if (record.unterminatedQuote)
        return tr("A quoted field that starts in this record is not closed before the end of the file; the record was "
                  "not imported.");
    if (swallowed > 0) {
        return tr("A quoted field that starts on line %1 runs to line %2 and holds %3 line(s) that look like whole "
                  "records: a quote is probably not closed where it should be. Lines %1 to %2 were not imported; "
                  "check the quotes on line %1.")
            .arg(QString::number(record.line), QString::number(record.lastLine), QString::number(swallowed));
    }
    return tr("The record has %1 fields but the header has %2; the record was not imported.")
        .arg(QString::number(record.fields.size()), QString::number(m_input.columnCount));
}

void ImportPipeline::noteRepairs(const CsvRecord& record, int row, RowBatch& batch) const
{
    if (record.byteOrderMark) {
        batch.issues.push_back({row, record.line, 0, BatchIssue::Effect::ValueKept,
                                tr("The value started with a byte order mark (U+FEFF), which was removed."),
                                rawCell(record.fields.front())});
    }
    if (record.textAfterQuote >= 0) {
        const std::string_view cell = record.fields[size_t(record.textAfterQuote)];
        batch.issues.push_back({row, record.line, record.textAfterQuote, BatchIssue::Effect::ValueKept,
                                tr("Text follows the closing quote of this value; the value was kept as read. Check "
                                   "the quotes on this line."),
                                rawCell(cell)});
    }
    if (record.longestQuotedBreaks > s_manyQuotedLineBreaks) {
        const std::string_view cell = record.fields[size_t(record.longestQuoted)];
        batch.issues.push_back({row, record.line, record.longestQuoted, BatchIssue::Effect::ValueKept,
                                tr("The quoted value starting on line %1 runs over %2 lines, to line %3; check that "
                                   "its closing quote is where it should be.")
                                    .arg(QString::number(record.line), QString::number(record.longestQuotedBreaks + 1),
                                         QString::number(record.lastLine)),
                                rawCell(cell)});
    }
}

// Per-record buffers of the reader thread, kept across records.
struct ImportPipeline::Scratch
{
    std::vector<int> slot; // file column → slot in a batch row (-1: skipped)
    std::vector<std::string_view> cells;
    std::string repaired;
    std::deque<std::string> repairedCells; // stable addresses for the views into them
};

void ImportPipeline::run()
{
    const int columns = m_input.columnCount;
    m_result.stats.assign(size_t(columns), ColumnStats());
    auto fail = [&](const QString& message) {
        m_result.end = PipelineResult::End::Failed;
        m_result.error = message;
        closeQueue();
    };
    QFile file(m_input.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(m_input.path, file.errorString()));
    CsvReader reader(&file, m_input.csv);
    CsvRecord record;
    if (m_input.hasHeader && !reader.next(record)) {
        if (reader.hasError())
            return fail(reader.error());
        closeQueue();
        return;
    }

    Scratch scratch;
    scratch.slot.assign(size_t(columns), -1);
    int imported = 0;
    for (int c = 0; c < columns; ++c) {
        if (!m_input.plans[size_t(c)].skip)
            scratch.slot[size_t(c)] = imported++;
    }
    scratch.cells.resize(size_t(columns));
    bool diverged = false;
    RowBatch* batch = acquire();

    while (batch || diverged) {
        if (m_stop.load(std::memory_order_relaxed))
            break;
        if (!reader.next(record))
            break;
        ++m_result.records;
        const int swallowed = wholeRecordsInQuotes(record, columns, m_input.csv.delimiter);
        // Each line the stray quote took was meant as a record: the count of records read says so.
        if (swallowed > 0)
            m_result.records += record.lastLine - record.line;
        const bool wellFormed = !record.unterminatedQuote && swallowed == 0 && int(record.fields.size()) == columns;
        // After a divergence the rest of the file is only classified (its statistics), for the next pass.
        if (wellFormed)
            readCells(record, scratch, diverged ? nullptr : batch);
        if (diverged)
            continue;
        if (!addRecord(record, swallowed, wellFormed, scratch, *batch)) {
            // The sample misled: what was inserted is going to be rolled back. Hand out nothing more.
            diverged = true;
            abandonBatches(batch);
            batch = nullptr;
            continue;
        }
        if (batch->rows == m_input.batchRows || batch->text.size() > s_maxBatchText) {
            batch->bytesRead = reader.bytesRead();
            publish(batch);
            batch = acquire();
        }
    }
    if (reader.hasError()) {
        if (batch)
            recycle(batch);
        return fail(reader.error());
    }
    finishRun(reader.bytesRead(), batch, diverged);
}

void ImportPipeline::readCells(const CsvRecord& record, Scratch& scratch, RowBatch* batch)
{
    scratch.repairedCells.clear();
    // Usually the whole record is valid: one check instead of one per cell. Cells end at ASCII bytes, so when the
    // span from the first to the last cell is valid, every cell is; otherwise each is checked on its own (the span
    // may also hold leftovers of a field compacted after a doubled quote).
    bool checkCells = false;
    if (m_input.validateUtf8) {
        const char* spanBegin = record.fields.front().data();
        const char* spanEnd = record.fields.back().data() + record.fields.back().size();
        qint64 multiByte = 0;
        checkCells = !TextDecoder::isValidUtf8(spanBegin, spanEnd - spanBegin, &multiByte);
        if (!checkCells)
            m_result.utf8.multiByte += multiByte;
    }
    const int columns = m_input.columnCount;
    for (int c = 0; c < columns; ++c) {
        std::string_view cell = record.fields[size_t(c)];
        if (checkCells && !TextDecoder::isValidUtf8(cell.data(), qsizetype(cell.size()), &m_result.utf8.multiByte)) {
            scratch.repaired.clear();
            m_result.utf8.invalid
                += TextDecoder::appendRepairedUtf8(cell.data(), qsizetype(cell.size()), scratch.repaired);
            scratch.repairedCells.push_back(scratch.repaired);
            cell = scratch.repairedCells.back();
            if (batch) {
                batch->issues.push_back({batch->rows, record.line, c, BatchIssue::Effect::ValueKept,
                                         tr("The value holds bytes that are not valid UTF-8; each was replaced by "
                                            "U+FFFD."),
                                         rawCell(cell)});
            }
        }
        scratch.cells[size_t(c)] = cell;
        m_result.stats[size_t(c)].add(cell);
    }
}

bool ImportPipeline::addRecord(const CsvRecord& record, int swallowed, bool wellFormed, const Scratch& scratch,
                               RowBatch& batch)
{
    const int row = batch.rows;
    batch.lines[size_t(row)] = record.line;
    batch.rejected[size_t(row)] = 0;
    if (!wellFormed) {
        batch.rejected[size_t(row)] = 1;
        batch.issues.push_back({row, record.line, -1, BatchIssue::Effect::RowRejected, rejection(record, swallowed),
                                rawRecord(record, m_input.csv.delimiter)});
        ++batch.rows;
        return true;
    }
    noteRepairs(record, row, batch);
    BatchValue* values = batch.values.data() + size_t(row) * size_t(batch.columns);
    for (int c = 0; c < m_input.columnCount; ++c) {
        const ColumnPlan& plan = m_input.plans[size_t(c)];
        if (plan.skip)
            continue;
        const std::string_view cell = scratch.cells[size_t(c)];
        BatchValue& value = values[scratch.slot[size_t(c)]];
        if (convert(cell, plan, batch, value))
            continue;
        if (TypeInference::isNullWord(cell)) {
            value.kind = BatchValue::Null; // "N/A" in a typed column: no value, as the type inference saw it
            continue;
        }
        if (!plan.fixed) {
            m_result.divergedLine = record.line;
            return false;
        }
        batch.issues.push_back({row, record.line, c, BatchIssue::Effect::NullStored,
                                tr("\"%1\" is not a valid %2 value for this column; NULL was stored.")
                                    .arg(rawCell(cell), fieldTypeName(plan.type.type)),
                                rawCell(cell)});
    }
    ++batch.rows;
    return true;
}

void ImportPipeline::abandonBatches(RowBatch* batch)
{
    std::lock_guard lock(m_mutex);
    batch->clear();
    m_free.push_back(batch);
    for (RowBatch* full : m_full) {
        full->clear();
        m_free.push_back(full);
    }
    m_full.clear();
    m_closed = true;
    m_changed.notify_all();
}

void ImportPipeline::finishRun(qint64 bytesRead, RowBatch* batch, bool diverged)
{
    m_result.bytesRead = bytesRead;
    if (m_stop.load()) {
        m_result.end = PipelineResult::End::Stopped;
        if (batch)
            recycle(batch);
    } else if (diverged) {
        m_result.end = PipelineResult::End::Diverged;
    } else if (batch) {
        batch->bytesRead = bytesRead;
        if (batch->rows > 0 || !batch->issues.empty())
            publish(batch);
        else
            recycle(batch);
    }
    closeQueue();
}

} // namespace swb
