// The distinct texts of one column, sorted as SQLite's BINARY collation sorts them (memcmp of the UTF-8 bytes,
// then the shorter first), so that a value's index is its rank and range comparisons become integer comparisons.
#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>
#include <vector>

namespace swb {

class TextDictionary
{
public:
    qint64 size() const { return qint64(m_offsets.size()) - 1; }
    std::string_view at(qint64 index) const
    {
        return { m_bytes.data() + m_offsets[size_t(index)],
                 size_t(m_offsets[size_t(index) + 1] - m_offsets[size_t(index)]) };
    }
    qint64 lowerBound(std::string_view text) const; // first index whose text is >= text
    qint64 upperBound(std::string_view text) const; // first index whose text is > text
    std::optional<qint64> find(std::string_view text) const;
    qint64 byteCount() const { return qint64(m_bytes.size()); }

    // Collects texts in any order and hands out provisional ids; finish() sorts them and turns the ids into ranks.
    class Builder
    {
    public:
        Builder();
        quint32 add(const char* data, qsizetype size);
        qint64 size() const { return qint64(m_offsets.size()) - 1; }
        // Sorts the texts and rewrites `codes` from provisional ids to ranks; `nullCode` entries become size().
        TextDictionary finish(std::vector<quint32>& codes, quint32 nullCode);

    private:
        std::string_view view(quint32 id) const
        {
            return { m_bytes.data() + m_offsets[id], size_t(m_offsets[id + 1] - m_offsets[id]) };
        }
        void grow();

        std::vector<char> m_bytes;
        std::vector<quint64> m_offsets { 0 };
        std::vector<quint32> m_hashes; // per id, to compare and rehash cheaply
        std::vector<quint32> m_slots; // id + 1, 0 = empty; size is a power of two
    };

private:
    std::vector<char> m_bytes;
    std::vector<quint64> m_offsets { 0 }; // size() + 1 entries
};

} // namespace swb
