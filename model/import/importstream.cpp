// ImportRun's rows into a RowSink (the PostgreSQL import's COPY): the customer keys are checked as the rows go by,
// since the sink has no unique index to refuse a repeated key, and the issues are the ones ensureUniqueKey records
// when the rows go into the workspace's table: the same words, lines and order.
#include "model/import/filedetection.h"
#include "model/import/importpassstate.h"
#include "model/import/importrun.h"
#include "model/import/rowsink.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace swb {

namespace {

QString keyText(const RowBatch& batch, const BatchValue& key)
{
    switch (key.kind) {
    case BatchValue::Text:
        return QString::fromUtf8(batch.textAt(key), key.length);
    case BatchValue::Integer:
        return QString::number(key.integer);
    case BatchValue::Real:
        return QString::number(key.real, 'g', 17);
    case BatchValue::Null:
        break;
    }
    return QString();
}

// SQLite's order of the key values (ORDER BY key): numbers by value, texts bytewise.
bool keyLess(const RowBatch& batch, const BatchValue& a, const BatchValue& b)
{
    if (a.kind == BatchValue::Text && b.kind == BatchValue::Text) {
        const int order = std::memcmp(batch.textAt(a), batch.textAt(b), std::min(a.length, b.length));
        return order != 0 ? order < 0 : a.length < b.length;
    }
    if (a.kind == BatchValue::Text || b.kind == BatchValue::Text)
        return b.kind == BatchValue::Text;
    const double x = a.kind == BatchValue::Real ? a.real : double(a.integer);
    const double y = b.kind == BatchValue::Real ? b.real : double(b.integer);
    if (a.kind == BatchValue::Integer && b.kind == BatchValue::Integer)
        return a.integer < b.integer;
    return x < y;
}

void holdRow(RowBatch& held, const RowBatch& batch, int row)
{
    if (held.rows == 0)
        held.columns = batch.columns;
    const BatchValue* values = batch.values.data() + size_t(row) * size_t(batch.columns);
    for (int c = 0; c < batch.columns; ++c) {
        BatchValue value = values[c];
        if (value.kind == BatchValue::Text) {
            const char* text = batch.textAt(value);
            value.offset = held.text.size();
            held.text.append(text, value.length);
        }
        held.values.push_back(value);
    }
    held.lines.push_back(batch.lines[size_t(row)]);
    held.rejected.push_back(0);
    ++held.rows;
}

} // namespace

bool ImportRun::streamRows(ImportReport& report, PassState& state, const RowBatch& batch, QString* error)
{
    const bool unique = m_options.kind == ImportKind::Customers && state.key && state.keySlot >= 0;
    // Half a million keys in, the bytes read tell how many the file has, about (the reader's read-ahead is small
    // by then); room for them all at once.
    if (unique && state.keys.size() >= (qint64(1) << 19) && !state.keysReserved) {
        state.keysReserved = true;
        state.keys.reserve(qint64(double(m_detection.fileSize) / double(std::max<qint64>(batch.bytesRead, 1))
                                  * double(state.keys.size()) * 1.05));
    }
    if (unique) {
        // Rows whose key's hash came before wait for the end; the others go now. The hashes first, so that each
        // lookup's slot is fetched some rows ahead.
        constexpr size_t ahead = 16;
        state.hashes.clear();
        for (const int row : state.rows) {
            const BatchValue& key = batch.values[size_t(row) * size_t(batch.columns) + size_t(state.keySlot)];
            // As in SQLite's unique index, rows without a key never clash.
            state.hashes.push_back(key.kind == BatchValue::Null ? 0 : state.keys.hashOf(batch, key));
        }
        size_t kept = 0;
        for (size_t i = 0; i < state.rows.size(); ++i) {
            if (i + ahead < state.hashes.size() && state.hashes[i + ahead] != 0)
                state.keys.prefetch(state.hashes[i + ahead]);
            const int row = state.rows[i];
            const qint64 first = state.hashes[i] == 0 ? 0 : state.keys.add(state.hashes[i], batch.lines[size_t(row)]);
            if (first == 0) {
                state.rows[kept++] = row;
                continue;
            }
            holdRow(state.held, batch, row);
            state.heldFirstLines.push_back(first);
        }
        state.rows.resize(kept);
    }
    if (!m_sink->write(batch, state.rows, error))
        return false;
    report.rowsImported += qint64(state.rows.size());
    if (state.keySlot >= 0 && !unique) {
        for (const int row : state.rows) {
            if (batch.values[size_t(row) * size_t(batch.columns) + size_t(state.keySlot)].kind == BatchValue::Null)
                ++report.ordersWithoutCustomer;
        }
    }
    return true;
}

bool ImportRun::finishStream(ImportReport& report, PassState& state, QString* error)
{
    RowBatch& held = state.held;
    if (held.rows == 0)
        return m_sink->end(error);
    const auto keyOf = [&held, &state](int row) -> const BatchValue& {
        return held.values[size_t(row) * size_t(held.columns) + size_t(state.keySlot)];
    };
    QStringList asked;
    QSet<QString> seen;
    for (int row = 0; row < held.rows; ++row) {
        const QString text = keyText(held, keyOf(row));
        if (!seen.contains(text)) {
            seen.insert(text);
            asked << text;
        }
    }
    const auto present = m_sink->presentKeys(asked, error);
    if (!present)
        return false;
    // In the file's order: a key the sink holds is repeated (first on the line its hash came on); one it lacks had
    // only the hash of another key, and goes now, the first of its kind.
    QHash<QString, qint64> late;
    std::vector<int> lateRows;
    std::vector<std::pair<int, qint64>> repeated; // held row, first line
    for (int row = 0; row < held.rows; ++row) {
        const QString text = keyText(held, keyOf(row));
        if (present->contains(text)) {
            repeated.emplace_back(row, state.heldFirstLines[size_t(row)]);
        } else if (const auto it = late.constFind(text); it != late.cend()) {
            repeated.emplace_back(row, *it);
        } else {
            late.insert(text, held.lines[size_t(row)]);
            lateRows.push_back(row);
        }
    }
    if (!lateRows.empty() && !m_sink->write(held, lateRows, error))
        return false;
    report.rowsImported += qint64(lateRows.size());
    report.rowsInserted += qint64(lateRows.size());
    std::stable_sort(repeated.begin(), repeated.end(),
                     [&](const auto& a, const auto& b) { return keyLess(held, keyOf(a.first), keyOf(b.first)); });
    for (const auto& [row, firstLine] : repeated) {
        const QString value = keyText(held, keyOf(row));
        const QString reason = tr("The customer key \"%1\" appears again (first on line %2); this record was not "
                                  "imported.")
                                   .arg(value, QString::number(firstLine));
        if (!recordIssue(report, held.lines[size_t(row)], state.key->name, reason, value)) {
            *error = m_strictError.isEmpty() ? m_db.lastError() : m_strictError;
            return false;
        }
    }
    return m_sink->end(error);
}

} // namespace swb
