// The customer keys a streamed import has written so far, as 64-bit hashes with the line each first appeared on:
// repeated keys are found as the rows go by, without a table to look them up in (12 bytes a slot, about 200 MB for
// 10 million keys). Equal hashes are only candidates: the caller tells a repeated key from two keys with one hash.
#pragma once

#include "model/import/importpipeline.h"
#include "model/import/linemap.h"

#include <QtGlobal>

#include <vector>

namespace swb {

class KeySet
{
public:
    KeySet();

    // The key's hash (never 0). SWB_IMPORT_KEY_HASH_BITS=N keeps only N bits, so that tests meet equal hashes.
    quint64 hashOf(const RowBatch& batch, const BatchValue& key) const;
    // The line the hash was first added with, or 0 when it is new (then it is added with `line`).
    qint64 add(quint64 hash, qint64 line);
    qint64 size() const { return m_count; }

private:
    void grow();

    std::vector<quint64> m_hashes; // 0: a free slot
    std::vector<quint32> m_ordinals; // → m_lines
    LineMap m_lines;
    qint64 m_count = 0;
    quint64 m_mask = ~quint64(0);
};

} // namespace swb
