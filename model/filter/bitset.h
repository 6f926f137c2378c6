// A fixed-size set of row indices, one bit per row: the currency of the in-memory filter evaluator.
#pragma once

#include <QtGlobal>

#include <vector>

namespace swb {

class Bitset
{
public:
    Bitset() = default;
    explicit Bitset(qint64 size, bool value = false);
    // Takes `words` as the bits of rows 0 … size - 1 (bits past `size` are cleared).
    static Bitset fromWords(std::vector<quint64> words, qint64 size);

    qint64 size() const { return m_size; }
    qint64 wordCount() const { return qint64(m_words.size()); }
    quint64* words() { return m_words.data(); }
    const quint64* words() const { return m_words.data(); }

    bool test(qint64 index) const { return (m_words[size_t(index >> 6)] >> (index & 63)) & 1U; }
    void set(qint64 index) { m_words[size_t(index >> 6)] |= quint64(1) << (index & 63); }
    void reset(qint64 index) { m_words[size_t(index >> 6)] &= ~(quint64(1) << (index & 63)); }

    qint64 count() const;
    bool none() const;

    Bitset& operator&=(const Bitset& other);
    Bitset& operator|=(const Bitset& other);
    // this = this AND NOT other
    Bitset& subtract(const Bitset& other);
    // Complement within size().
    void flip();

    friend Bitset operator&(Bitset a, const Bitset& b) { return a &= b; }
    friend Bitset operator|(Bitset a, const Bitset& b) { return a |= b; }
    friend bool operator==(const Bitset& a, const Bitset& b) { return a.m_size == b.m_size && a.m_words == b.m_words; }

    // Builds the set of rows for which `predicate(row)` is true, 64 rows per word.
    template<typename Predicate>
    static Bitset fromPredicate(qint64 size, Predicate predicate)
    {
        Bitset bits(size);
        const qint64 full = size >> 6;
        for (qint64 w = 0; w < full; ++w) {
            const qint64 base = w << 6;
            quint64 word = 0;
            for (int b = 0; b < 64; ++b)
                word |= quint64(predicate(base + b) ? 1 : 0) << b;
            bits.m_words[size_t(w)] = word;
        }
        quint64 word = 0;
        for (qint64 row = full << 6; row < size; ++row)
            word |= quint64(predicate(row) ? 1 : 0) << (row & 63);
        if (size & 63)
            bits.m_words[size_t(full)] = word;
        return bits;
    }

private:
    void clearTail();

    std::vector<quint64> m_words;
    qint64 m_size = 0;
};

} // namespace swb
