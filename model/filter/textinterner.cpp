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

// Most column values are short (codes, names, dates): they are hashed and compared with two overlapping loads
// instead of calls; longer ones go to Qt's hash and memcmp.
quint32 hashText(std::string_view text)
{
    const char* p = text.data();
    const size_t n = text.size();
    quint64 a = 0;
    quint64 b = 0;
    if (n >= 8 && n <= 16) {
        a = load64(p);
        b = load64(p + n - 8);
    } else if (n >= 4 && n < 8) {
        a = load32(p);
        b = load32(p + n - 4);
    } else if (n > 0 && n < 4) {
        a = (quint64(quint8(p[0])) << 16) | (quint64(quint8(p[n / 2])) << 8) | quint8(p[n - 1]);
    } else if (n > 16) {
        a = quint64(qHashBits(p, n, 0x9E3779B9U));
    }
    return quint32(mix(a ^ n, b));
}

bool sameText(std::string_view x, std::string_view y)
{
    const size_t n = x.size();
    if (n != y.size())
        return false;
    if (n >= 8 && n <= 16)
        return load64(x.data()) == load64(y.data()) && load64(x.data() + n - 8) == load64(y.data() + n - 8);
    if (n >= 4 && n < 8)
        return load32(x.data()) == load32(y.data()) && load32(x.data() + n - 4) == load32(y.data() + n - 4);
    if (n < 4) {
        for (size_t i = 0; i < n; ++i) {
            if (x[i] != y[i])
                return false;
        }
        return true;
    }
    return std::memcmp(x.data(), y.data(), n) == 0;
}

} // namespace

TextInterner::TextInterner(size_t expected)
{
    size_t capacity = 1024;
    while (capacity < expected * 2)
        capacity *= 2;
    m_table.assign(capacity, 0);
}

quint32 TextInterner::add(std::string_view text)
{
    const quint32 hash = hashText(text);
    const size_t mask = m_table.size() - 1;
    size_t slot = hash & mask;
    while (const quint64 entry = m_table[slot]) {
        // The hash sits next to the id: a probe that does not match costs no second memory access.
        if (quint32(entry >> 32) == hash) {
            const quint32 id = quint32(entry) - 1;
            if (sameText(this->text(id), text))
                return id;
        }
        slot = (slot + 1) & mask;
    }
    const auto id = quint32(m_offsets.size() - 1);
    m_bytes.insert(m_bytes.end(), text.begin(), text.end());
    m_offsets.push_back(m_bytes.size());
    m_table[slot] = (quint64(hash) << 32) | (id + 1);
    if (size() * 2 > m_table.size())
        grow();
    return id;
}

void TextInterner::grow()
{
    std::vector<quint64> table(m_table.size() * 2, 0);
    const size_t mask = table.size() - 1;
    for (const quint64 entry : m_table) {
        if (!entry)
            continue;
        size_t slot = quint32(entry >> 32) & mask;
        while (table[slot])
            slot = (slot + 1) & mask;
        table[slot] = entry;
    }
    m_table = std::move(table);
}

} // namespace swb
