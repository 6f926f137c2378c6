#include "model/filter/bitset.h"

#include <bit>

namespace swb {

Bitset::Bitset(qint64 size, bool value)
    : m_words(size_t((size + 63) >> 6), value ? ~quint64(0) : quint64(0))
    , m_size(size)
{
    clearTail();
}

Bitset Bitset::fromWords(std::vector<quint64> words, qint64 size)
{
    Bitset bits;
    bits.m_words = std::move(words);
    bits.m_words.resize(size_t((size + 63) >> 6), 0);
    bits.m_size = size;
    bits.clearTail();
    return bits;
}

qint64 Bitset::count() const
{
    qint64 total = 0;
    for (const quint64 word : m_words)
        total += std::popcount(word);
    return total;
}

bool Bitset::none() const
{
    for (const quint64 word : m_words) {
        if (word)
            return false;
    }
    return true;
}

Bitset& Bitset::operator&=(const Bitset& other)
{
    Q_ASSERT(other.m_size == m_size);
    const size_t n = m_words.size();
    quint64* a = m_words.data();
    const quint64* b = other.m_words.data();
    for (size_t i = 0; i < n; ++i)
        a[i] &= b[i];
    return *this;
}

Bitset& Bitset::operator|=(const Bitset& other)
{
    Q_ASSERT(other.m_size == m_size);
    const size_t n = m_words.size();
    quint64* a = m_words.data();
    const quint64* b = other.m_words.data();
    for (size_t i = 0; i < n; ++i)
        a[i] |= b[i];
    return *this;
}

Bitset& Bitset::subtract(const Bitset& other)
{
    Q_ASSERT(other.m_size == m_size);
    const size_t n = m_words.size();
    quint64* a = m_words.data();
    const quint64* b = other.m_words.data();
    for (size_t i = 0; i < n; ++i)
        a[i] &= ~b[i];
    return *this;
}

void Bitset::flip()
{
    for (quint64& word : m_words)
        word = ~word;
    clearTail();
}

void Bitset::clearTail()
{
    if ((m_size & 63) && !m_words.empty())
        m_words.back() &= (quint64(1) << (m_size & 63)) - 1;
}

} // namespace swb
