#include "model/import/keyset.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace swb {

namespace {

constexpr size_t s_initialSlots = size_t(1) << 16;

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: consecutive integer keys spread over the whole table.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

KeySet::KeySet()
    : m_hashes(s_initialSlots, 0)
    , m_ordinals(s_initialSlots, 0)
{
    if (const int bits = qEnvironmentVariableIntValue("SWB_IMPORT_KEY_HASH_BITS"); bits > 0 && bits < 64)
        m_mask = (quint64(1) << bits) - 1;
}

quint64 KeySet::hashOf(const RowBatch& batch, const BatchValue& key) const
{
    quint64 hash = 0;
    switch (key.kind) {
    case BatchValue::Text:
        hash = mix(quint64(qHashBits(batch.textAt(key), key.length, 0x5eed)));
        break;
    case BatchValue::Real: {
        quint64 bits = 0;
        std::memcpy(&bits, &key.real, sizeof bits);
        hash = mix(bits ^ 0x7265616cULL);
        break;
    }
    default:
        hash = mix(quint64(key.integer));
    }
    hash &= m_mask;
    return hash == 0 ? 1 : hash;
}

qint64 KeySet::add(quint64 hash, qint64 line)
{
    if (size_t(m_count + 1) * 10 > m_hashes.size() * 7)
        grow(m_hashes.size() * 2);
    const size_t mask = m_hashes.size() - 1;
    // The low bits place the key; they are well mixed (see mix), also for the masked hashes of tests.
    for (size_t slot = size_t(mix(hash)) & mask;; slot = (slot + 1) & mask) {
        if (m_hashes[slot] == hash)
            return m_lines.line(m_ordinals[slot]);
        if (m_hashes[slot] == 0) {
            m_hashes[slot] = hash;
            m_ordinals[slot] = quint32(m_count);
            m_lines.add(m_count, line);
            ++m_count;
            return 0;
        }
    }
}

void KeySet::prefetch(quint64 hash) const
{
    const size_t slot = size_t(mix(hash)) & (m_hashes.size() - 1);
    __builtin_prefetch(m_hashes.data() + slot);
    __builtin_prefetch(m_ordinals.data() + slot);
}

void KeySet::reserve(qint64 keys)
{
    size_t capacity = m_hashes.size();
    while (capacity * 7 < size_t(std::max<qint64>(keys, 0)) * 10)
        capacity *= 2;
    if (capacity > m_hashes.size())
        grow(capacity);
}

void KeySet::grow(size_t capacity)
{
    std::vector<quint64> hashes(capacity, 0);
    std::vector<quint32> ordinals(hashes.size(), 0);
    const size_t mask = hashes.size() - 1;
    for (size_t i = 0; i < m_hashes.size(); ++i) {
        if (m_hashes[i] == 0)
            continue;
        size_t slot = size_t(mix(m_hashes[i])) & mask;
        while (hashes[slot] != 0)
            slot = (slot + 1) & mask;
        hashes[slot] = m_hashes[i];
        ordinals[slot] = m_ordinals[i];
    }
    m_hashes.swap(hashes);
    m_ordinals.swap(ordinals);
}

} // namespace swb
