#include "model/filter/textdictionary.h"

#include <algorithm>
#include <cstring>

namespace swb {

namespace {

quint64 mix(quint64 k)
{
    k *= 0xbf58476d1ce4e5b9ULL;
    k ^= k >> 31;
    return k;
}

quint64 hashBytes(const char* p, size_t n)
{
    quint64 h = 0x9E3779B97F4A7C15ULL ^ n;
    while (n >= 8) {
        quint64 k;
        std::memcpy(&k, p, 8);
        h = (h ^ mix(k)) * 0x94d049bb133111ebULL;
        p += 8;
        n -= 8;
    }
    quint64 k = 0;
    std::memcpy(&k, p, n);
    h = (h ^ mix(k)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 29);
}

// The first 8 bytes, big-endian, so that comparing prefixes as integers orders like memcmp.
quint64 prefixKey(std::string_view text)
{
    unsigned char bytes[8] = {};
    std::memcpy(bytes, text.data(), std::min<size_t>(8, text.size()));
    quint64 key = 0;
    for (const unsigned char byte : bytes)
        key = (key << 8) | byte;
    return key;
}

} // namespace

qint64 TextDictionary::lowerBound(std::string_view text) const
{
    qint64 low = 0;
    qint64 high = size();
    while (low < high) {
        const qint64 mid = (low + high) / 2;
        if (at(mid) < text)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

qint64 TextDictionary::upperBound(std::string_view text) const
{
    qint64 low = 0;
    qint64 high = size();
    while (low < high) {
        const qint64 mid = (low + high) / 2;
        if (text < at(mid))
            high = mid;
        else
            low = mid + 1;
    }
    return low;
}

std::optional<qint64> TextDictionary::find(std::string_view text) const
{
    const qint64 index = lowerBound(text);
    if (index < size() && at(index) == text)
        return index;
    return std::nullopt;
}

TextDictionary::Builder::Builder()
    : m_slots(1024, 0)
{ }

quint32 TextDictionary::Builder::add(const char* data, qsizetype size)
{
    const std::string_view text(data, size_t(size));
    const quint64 hash = hashBytes(data, size_t(size));
    const quint32 shortHash = quint32(hash);
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t(hash >> 20) & mask;
    while (const quint32 entry = m_slots[slot]) {
        const quint32 id = entry - 1;
        if (m_hashes[id] == shortHash && view(id) == text)
            return id;
        slot = (slot + 1) & mask;
    }
    const auto id = quint32(m_hashes.size());
    m_bytes.insert(m_bytes.end(), data, data + size);
    m_offsets.push_back(m_bytes.size());
    m_hashes.push_back(shortHash);
    m_slots[slot] = id + 1;
    if (m_hashes.size() * 2 > m_slots.size())
        grow();
    return id;
}

void TextDictionary::Builder::grow()
{
    std::vector<quint32> slots(m_slots.size() * 2, 0);
    const size_t mask = slots.size() - 1;
    for (quint32 id = 0; id < m_hashes.size(); ++id) {
        const quint64 hash = hashBytes(m_bytes.data() + m_offsets[id], size_t(m_offsets[id + 1] - m_offsets[id]));
        size_t slot = size_t(hash >> 20) & mask;
        while (slots[slot])
            slot = (slot + 1) & mask;
        slots[slot] = id + 1;
    }
    m_slots = std::move(slots);
}

TextDictionary TextDictionary::Builder::finish(std::vector<quint32>& codes, quint32 nullCode)
{
    struct Entry
    {
        quint64 prefix;
        quint32 id;
    };
    const auto count = quint32(m_hashes.size());
    std::vector<Entry> order(count);
    for (quint32 id = 0; id < count; ++id)
        order[id] = Entry { prefixKey(view(id)), id };
    std::sort(order.begin(), order.end(), [this](const Entry& a, const Entry& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        return view(a.id) < view(b.id);
    });

    TextDictionary dictionary;
    dictionary.m_bytes.reserve(m_bytes.size());
    dictionary.m_offsets.reserve(size_t(count) + 1);
    std::vector<quint32> rank(count);
    for (quint32 position = 0; position < count; ++position) {
        const std::string_view text = view(order[position].id);
        dictionary.m_bytes.insert(dictionary.m_bytes.end(), text.begin(), text.end());
        dictionary.m_offsets.push_back(dictionary.m_bytes.size());
        rank[order[position].id] = position;
    }
    for (quint32& code : codes)
        code = code == nullCode ? count : rank[code];

    // The builder is spent: release its memory now rather than with the loader.
    *this = Builder();
    return dictionary;
}

} // namespace swb
