#include "model/filter/textdictionary.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace swb {

namespace {

constexpr quint32 s_noCode = 0xFFFFFFFFU;

quint64 hashBytes(const char* p, size_t n)
{
    // Qt's hash uses AES instructions when the CPU has them; the final mixing spreads every input bit.
    quint64 h = quint64(qHashBits(p, n, 0x9E3779B9U));
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

// 8 bytes from `offset`, big-endian and zero-padded, so that comparing keys as integers orders like memcmp.
quint64 prefixKey(const char* data, size_t size, size_t offset)
{
    unsigned char bytes[8] = {};
    if (offset < size)
        std::memcpy(bytes, data + offset, std::min<size_t>(8, size - offset));
    quint64 key = 0;
    for (const unsigned char byte : bytes)
        key = (key << 8) | byte;
    return key;
}

// A text with its first 24 bytes inline, so that most comparisons never touch the text itself. Zero padding keeps
// the order right: a tie on both keys falls back to comparing the whole texts.
struct Entry
{
    quint64 head;
    quint64 next;
    quint64 third;
    const char* data;
    quint32 size;
    quint32 id;

    static Entry make(const char* data, size_t size, quint32 id)
    {
        return Entry{
            prefixKey(data, size, 0), prefixKey(data, size, 8), prefixKey(data, size, 16), data, quint32(size), id};
    }
    std::string_view text() const { return {data, size}; }
};

bool entryLess(const Entry& a, const Entry& b)
{
    if (a.head != b.head)
        return a.head < b.head;
    if (a.next != b.next)
        return a.next < b.next;
    if (a.third != b.third)
        return a.third < b.third;
    return a.text() < b.text();
}

bool sameText(const Entry& a, const Entry& b)
{
    return a.head == b.head && a.next == b.next && a.third == b.third && a.text() == b.text();
}

template<typename Visit>
void forEachRow(const TextDictionary::RawTexts& texts, const Bitset& valid, Visit visit)
{
    qint64 row = 0;
    for (const auto& chunk : texts.chunks) {
        quint64 begin = 0;
        for (qint64 i = 0; i < chunk.rows; ++i, ++row) {
            const quint64 end = chunk.ends[i];
            if (valid.test(row))
                visit(row, chunk.bytes + begin, size_t(end - begin));
            begin = end;
        }
    }
}

// Distinct texts in first-seen order (open addressing; the texts stay where they are).
class DistinctTexts
{
public:
    explicit DistinctTexts(size_t expected)
    {
        size_t capacity = 1024;
        while (capacity < expected * 2)
            capacity *= 2;
        m_table.assign(capacity, 0);
    }

    quint32 add(const char* data, size_t size)
    {
        const std::string_view text(data, size);
        const auto hash = quint32(hashBytes(data, size));
        size_t mask = m_table.size() - 1;
        size_t slot = hash & mask;
        while (const quint32 entry = m_table[slot]) {
            const quint32 id = entry - 1;
            if (m_hashes[id] == hash && m_texts[id] == text)
                return id;
            slot = (slot + 1) & mask;
        }
        const auto id = quint32(m_texts.size());
        m_texts.push_back(text);
        m_hashes.push_back(hash);
        m_table[slot] = id + 1;
        if (m_texts.size() * 2 > m_table.size())
            grow();
        return id;
    }

    size_t size() const { return m_texts.size(); }
    const std::vector<std::string_view>& texts() const { return m_texts; }

private:
    void grow()
    {
        std::vector<quint32> table(m_table.size() * 2, 0);
        const size_t mask = table.size() - 1;
        for (quint32 id = 0; id < m_hashes.size(); ++id) {
            size_t slot = m_hashes[id] & mask;
            while (table[slot])
                slot = (slot + 1) & mask;
            table[slot] = id + 1;
        }
        m_table = std::move(table);
    }

    std::vector<std::string_view> m_texts;
    std::vector<quint32> m_hashes;
    std::vector<quint32> m_table; // id + 1, 0 = empty; size is a power of two
};

} // namespace

TextDictionary TextDictionary::build(const RawTexts& texts, const Bitset& valid, std::vector<quint32>* codes)
{
    // A sample tells a mostly-distinct column (ids, e-mails, phone numbers) from a repetitive one.
    constexpr int sampleSize = 8192;
    DistinctTexts sample(sampleSize);
    int sampled = 0;
    qint64 base = 0;
    for (const auto& chunk : texts.chunks) {
        quint64 begin = 0;
        for (qint64 i = 0; i < chunk.rows && sampled < sampleSize; ++i) {
            const quint64 end = chunk.ends[i];
            if (valid.test(base + i)) {
                sample.add(chunk.bytes + begin, size_t(end - begin));
                ++sampled;
            }
            begin = end;
        }
        base += chunk.rows;
        if (sampled >= sampleSize)
            break;
    }
    // Nearly no repeats in the sample means hundreds of thousands of distinct values or more: hashing would
    // cost a cache miss per row and save little sorting.
    const bool mostlyDistinct = sampled >= 1024 && sample.size() * 50 > size_t(sampled) * 49;
    return mostlyDistinct ? buildBySorting(texts, valid, codes) : buildByHashing(texts, valid, codes);
}

// Sorting every row directly: no hash table, and the ranks fall out of one pass over the sorted rows.
TextDictionary TextDictionary::buildBySorting(const RawTexts& texts, const Bitset& valid, std::vector<quint32>* codes)
{
    std::vector<Entry> entries;
    entries.reserve(size_t(valid.count()));
    forEachRow(texts, valid, [&](qint64 row, const char* data, size_t size) {
        entries.push_back(Entry::make(data, size, quint32(row)));
    });
    std::sort(entries.begin(), entries.end(), entryLess);

    TextDictionary dictionary;
    codes->assign(size_t(valid.size()), s_noCode);
    quint32 rank = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i == 0 || !sameText(entries[i - 1], entries[i])) {
            if (i > 0)
                ++rank;
            dictionary.append(entries[i].text());
        }
        (*codes)[entries[i].id] = rank;
    }
    const auto nullCode = quint32(dictionary.size());
    for (quint32& code : *codes) {
        if (code == s_noCode)
            code = nullCode;
    }
    return dictionary;
}

TextDictionary TextDictionary::buildByHashing(const RawTexts& texts, const Bitset& valid, std::vector<quint32>* codes)
{
    DistinctTexts distinct(1024);
    codes->assign(size_t(valid.size()), s_noCode);
    forEachRow(texts, valid,
               [&](qint64 row, const char* data, size_t size) { (*codes)[size_t(row)] = distinct.add(data, size); });

    std::vector<Entry> order;
    order.reserve(distinct.size());
    for (quint32 id = 0; id < distinct.size(); ++id) {
        const std::string_view text = distinct.texts()[id];
        order.push_back(Entry::make(text.data(), text.size(), id));
    }
    std::sort(order.begin(), order.end(), entryLess);

    TextDictionary dictionary;
    std::vector<quint32> rank(order.size());
    for (size_t position = 0; position < order.size(); ++position) {
        dictionary.append(order[position].text());
        rank[order[position].id] = quint32(position);
    }
    const auto nullCode = quint32(order.size());
    for (quint32& code : *codes)
        code = code == s_noCode ? nullCode : rank[code];
    return dictionary;
}

void TextDictionary::append(std::string_view text)
{
    m_bytes.insert(m_bytes.end(), text.begin(), text.end());
    m_offsets.push_back(m_bytes.size());
}

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

} // namespace swb
