// Gives each distinct text an id in first-seen order and keeps one copy of it: the hash table behind text
// dictionaries of repetitive columns (countries, cities, dates).
#pragma once

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace swb {

class TextInterner
{
public:
    static constexpr quint32 none = 0xFFFFFFFFU; // "no text" (NULL) in code arrays

    explicit TextInterner(size_t expected = 512);

    quint32 add(std::string_view text);
    size_t size() const { return m_offsets.size() - 1; }
    std::string_view text(quint32 id) const
    {
        return {m_bytes.data() + m_offsets[id], size_t(m_offsets[id + 1] - m_offsets[id])};
    }

private:
    void grow();

    std::vector<char> m_bytes;
    std::vector<quint64> m_offsets{0};
    std::vector<quint64> m_table; // hash << 32 | (id + 1), 0 = empty; size is a power of two, at most half full
};

} // namespace swb
