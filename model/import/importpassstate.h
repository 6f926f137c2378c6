// What the steps of one import pass share (importpass.cpp, importstream.cpp).
#pragma once

#include "model/import/importrun.h"
#include "model/import/keyset.h"
#include "model/import/linemap.h"
#include "model/import/rowinserter.h"
#include "model/import/textdecoder.h"

#include <vector>

namespace swb {

// What the steps of one pass share.
struct ImportRun::PassState
{
    const ImportTarget* key = nullptr; // the column matched against the customer key, if any
    int keySlot = -1; // its slot in a batch row
    bool keyRequired = false; // appended customers must have a key
    qint64 countBefore = 0; // upsert: rows before the pass
    RowInserter inserter;
    LineMap lines;
    std::vector<qint64> valueIssues; // per file column: values stored as NULL because of an issue
    PipelineResult result;
    TextEncoding encoding = TextEncoding::Utf8; // what the pass decoded the file as
    std::vector<int> rows; // of the current batch: the rows to insert …
    std::vector<qint64> rowids; // … and their rowids (-1: refused as a duplicate key)
    // Into a RowSink: the keys written so far, and the rows whose key's hash was seen before (with the line the
    // hash first came on), held back until the end tells a repeated key from an equal hash.
    KeySet keys;
    bool keysReserved = false;
    std::vector<quint64> hashes; // of the current batch's rows (0: no key)
    RowBatch held;
    std::vector<qint64> heldFirstLines;
};

} // namespace swb
