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
    // A text of up to 16 bytes is held whole in two words (two overlapping loads cover every byte), so that
    // finding it costs one memory access: no separate hash, offset or text to read.
    struct ShortEntry
    {
        quint64 a = 0;
        quint64 b = 0;
        quint32 size = 0;
        quint32 id = 0; // id + 1, 0 = empty
    };

    quint32 addShort(std::string_view text);
    quint32 addLong(std::string_view text);
    quint32 append(std::string_view text);
    void growShort();
    void growLong();

    std::vector<char> m_bytes;
    std::vector<quint64> m_offsets{0};
    std::vector<ShortEntry> m_short; // power-of-two size, at most half full
    size_t m_shortCount = 0;
    std::vector<quint64> m_long; // hash << 32 | (id + 1), 0 = empty; power-of-two size, at most half full
    size_t m_longCount = 0;
};

} // namespace swb
