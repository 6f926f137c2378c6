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
    // Asks the processor for the hash's slot ahead of add(): the table is far larger than its caches.
    void prefetch(quint64 hash) const;
    qint64 size() const { return m_count; }
    // Room for about `keys` keys at once: the table does not grow in steps, each of which holds the old table and
    // the new one (about 300 MB instead of 200 MB at 10 million keys).
    void reserve(qint64 keys);

private:
    void grow(size_t capacity);

    std::vector<quint64> m_hashes; // 0: a free slot
    std::vector<quint32> m_ordinals; // → m_lines
    LineMap m_lines;
    qint64 m_count = 0;
    quint64 m_mask = ~quint64(0);
};

} // namespace swb
