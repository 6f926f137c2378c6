#include "model/filter/textinterner.h"

#include <QHashFunctions>

#include <cstring>

namespace swb {

namespace {

quint64 load64(const char* p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return v;
}

quint32 load32(const char* p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return v;
}

__extension__ using Wide = unsigned __int128; // GCC and Clang on 64-bit targets

quint64 mix(quint64 a, quint64 b)
{
    // 128-bit multiply folding, as in wyhash: every input bit reaches the low bits used for the slot.
    const Wide product = Wide(a ^ 0xa0761d6478bd642fULL) * (b ^ 0xe7037ed1a0b428dbULL);
    return quint64(product) ^ quint64(product >> 64);
}

// The whole of a text of at most 16 bytes in two words.
void shortKey(std::string_view text, quint64* a, quint64* b)
{
    const char* p = text.data();
    const size_t n = text.size();
    if (n >= 8) {
        *a = load64(p);
        *b = load64(p + n - 8);
    } else if (n >= 4) {
        *a = load32(p);
        *b = load32(p + n - 4);
    } else {
        *a = n ? (quint64(quint8(p[0])) << 16) | (quint64(quint8(p[n / 2])) << 8) | quint8(p[n - 1]) : 0;
        *b = 0;
    }
}

size_t capacityFor(size_t expected)
{
    size_t capacity = 64;
    while (capacity < expected * 2)
        capacity *= 2;
    return capacity;
}

} // namespace

TextInterner::TextInterner(size_t expected)
    : m_short(capacityFor(expected))
    , m_long(64, 0)
{ }

quint32 TextInterner::add(std::string_view text)
{
    return text.size() <= 16 ? addShort(text) : addLong(text);
}

quint32 TextInterner::append(std::string_view text)
{
    const auto id = quint32(m_offsets.size() - 1);
    m_bytes.insert(m_bytes.end(), text.begin(), text.end());
    m_offsets.push_back(m_bytes.size());
    return id;
}

quint32 TextInterner::addShort(std::string_view text)
{
    quint64 a;
    quint64 b;
    shortKey(text, &a, &b);
    const auto size = quint32(text.size());
    const size_t mask = m_short.size() - 1;
    size_t slot = size_t(mix(a ^ size, b)) & mask;
    while (m_short[slot].id) {
        const ShortEntry& entry = m_short[slot];
        if (entry.a == a && entry.b == b && entry.size == size)
            return entry.id - 1;
        slot = (slot + 1) & mask;
    }
    const quint32 id = append(text);
    m_short[slot] = ShortEntry{a, b, size, id + 1};
    if (++m_shortCount * 2 > m_short.size())
        growShort();
    return id;
}

quint32 TextInterner::addLong(std::string_view text)
{
    const auto hash = quint32(mix(quint64(qHashBits(text.data(), text.size(), 0x9E3779B9U)) ^ text.size(), 0));
    const size_t mask = m_long.size() - 1;
    size_t slot = hash & mask;
    while (const quint64 entry = m_long[slot]) {
        // The hash sits next to the id: a probe that does not match costs no second memory access.
        if (quint32(entry >> 32) == hash) {
            const quint32 id = quint32(entry) - 1;
            const std::string_view stored = this->text(id);
            if (stored.size() == text.size() && std::memcmp(stored.data(), text.data(), text.size()) == 0)
                return id;
        }
        slot = (slot + 1) & mask;
    }
    const quint32 id = append(text);
    m_long[slot] = (quint64(hash) << 32) | (id + 1);
    if (++m_longCount * 2 > m_long.size())
        growLong();
    return id;
}

void TextInterner::growShort()
{
    std::vector<ShortEntry> table(m_short.size() * 2);
    const size_t mask = table.size() - 1;
    for (const ShortEntry& entry : m_short) {
        if (!entry.id)
            continue;
        size_t slot = size_t(mix(entry.a ^ entry.size, entry.b)) & mask;
        while (table[slot].id)
            slot = (slot + 1) & mask;
        table[slot] = entry;
    }
    m_short = std::move(table);
}

void TextInterner::growLong()
{
    std::vector<quint64> table(m_long.size() * 2, 0);
    const size_t mask = table.size() - 1;
    for (const quint64 entry : m_long) {
        if (!entry)
            continue;
        size_t slot = quint32(entry >> 32) & mask;
        while (table[slot])
            slot = (slot + 1) & mask;
        table[slot] = entry;
    }
    m_long = std::move(table);
}

} // namespace swb
