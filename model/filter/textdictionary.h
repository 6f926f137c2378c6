// The distinct texts of one column, sorted as SQLite's BINARY collation sorts them (memcmp of the UTF-8 bytes,
// then the shorter first), so that a value's index is its rank and range comparisons become integer comparisons.
#pragma once

#include "model/filter/bitset.h"

#include <QtGlobal>

#include <optional>
#include <string_view>
#include <vector>

namespace swb {

class TextDictionary
{
public:
    // The texts of consecutive rows, in one or more chunks (row texts back to back, with each row's end offset).
    struct RawTexts
    {
        struct Chunk
        {
            const char* bytes = nullptr;
            const quint64* ends = nullptr;
            qint64 rows = 0;
        };
        std::vector<Chunk> chunks;
    };

    // Builds the dictionary of all rows (a row is NULL where `valid` is not set) and fills `codes` with each row's
    // rank; NULL rows get size(). Mostly-distinct columns are sorted row by row, others deduplicated by hashing
    // first.
    static TextDictionary build(const RawTexts& texts, const Bitset& valid, std::vector<quint32>* codes);
    // Sorts `distinct` (each text once) into a dictionary and turns `codes` from indices into `distinct` (or
    // TextInterner::none for NULL) into ranks (NULL: size()).
    static TextDictionary fromDistinct(const std::vector<std::string_view>& distinct, std::vector<quint32>* codes);

    qint64 size() const { return qint64(m_offsets.size()) - 1; }
    std::string_view at(qint64 index) const
    {
        const auto begin = m_offsets[size_t(index)];
        return {m_bytes.data() + begin, size_t(m_offsets[size_t(index) + 1] - begin)};
    }
    qint64 lowerBound(std::string_view text) const; // first index whose text is >= text
    qint64 upperBound(std::string_view text) const; // first index whose text is > text
    std::optional<qint64> find(std::string_view text) const;
    qint64 byteCount() const { return qint64(m_bytes.size()); }

private:
    friend class ColumnStoreFile;

    static TextDictionary buildBySorting(const RawTexts& texts, const Bitset& valid, std::vector<quint32>* codes);
    static TextDictionary buildByHashing(const RawTexts& texts, const Bitset& valid, std::vector<quint32>* codes);
    void append(std::string_view text);

    std::vector<char> m_bytes;
    std::vector<quint64> m_offsets{0}; // size() + 1 entries
};

} // namespace swb
