#include "model/filter/textdictionary.h"

#include "model/filter/textinterner.h"

#include <algorithm>
#include <cstring>

namespace swb {

namespace {

constexpr quint32 s_noCode = TextInterner::none;

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

} // namespace

TextDictionary TextDictionary::build(const RawTexts& texts, const Bitset& valid, std::vector<quint32>* codes)
{
    // A sample tells a mostly-distinct column (ids, e-mails, phone numbers) from a repetitive one.
    constexpr int sampleSize = 8192;
    TextInterner sample(sampleSize);
    int sampled = 0;
    qint64 base = 0;
    for (const auto& chunk : texts.chunks) {
        quint64 begin = 0;
        for (qint64 i = 0; i < chunk.rows && sampled < sampleSize; ++i) {
            const quint64 end = chunk.ends[i];
            if (valid.test(base + i)) {
                sample.add(std::string_view(chunk.bytes + begin, size_t(end - begin)));
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
    TextInterner distinct;
    codes->assign(size_t(valid.size()), s_noCode);
    forEachRow(texts, valid, [&](qint64 row, const char* data, size_t size) {
        (*codes)[size_t(row)] = distinct.add(std::string_view(data, size));
    });
    std::vector<std::string_view> views(distinct.size());
    for (quint32 id = 0; id < distinct.size(); ++id)
        views[id] = distinct.text(id);
    return fromDistinct(views, codes);
}

TextDictionary TextDictionary::fromDistinct(const std::vector<std::string_view>& distinct, std::vector<quint32>* codes)
{
    std::vector<Entry> order;
    order.reserve(distinct.size());
    for (quint32 id = 0; id < distinct.size(); ++id)
        order.push_back(Entry::make(distinct[id].data(), distinct[id].size(), id));
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
