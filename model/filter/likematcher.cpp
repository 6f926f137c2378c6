#include "model/filter/likematcher.h"

#include <cstring>
#include <vector>

namespace swb {

LikeMatcher::LikeMatcher(Kind kind, std::string_view literalUtf8)
    : m_kind(kind)
{
    m_folded.reserve(literalUtf8.size());
    for (const char c : literalUtf8) {
        const char folded = foldAscii(c);
        m_hasLetters = m_hasLetters || (folded >= 'a' && folded <= 'z');
        m_folded.push_back(folded);
    }
}

bool LikeMatcher::equalsFolded(const char* text) const
{
    for (size_t i = 0; i < m_folded.size(); ++i) {
        if (foldAscii(text[i]) != m_folded[i])
            return false;
    }
    return true;
}

bool LikeMatcher::matches(std::string_view text) const
{
    const size_t n = m_folded.size();
    if (text.size() < n)
        return false;
    switch (m_kind) {
    case Kind::BeginsWith:
        return equalsFolded(text.data());
    case Kind::EndsWith:
        return equalsFolded(text.data() + text.size() - n);
    case Kind::Contains:
        break;
    }
    if (n == 0)
        return true;
    if (!m_hasLetters)
        return memmem(text.data(), text.size(), m_folded.data(), n) != nullptr;
    // Fold the text once, then search bytes: UTF-8 is self-synchronising, so a byte match of a valid literal
    // starts on a character boundary, as SQLite's character-wise match does.
    char stackBuffer[256];
    std::vector<char> heapBuffer;
    char* folded = stackBuffer;
    if (text.size() > sizeof stackBuffer) {
        heapBuffer.resize(text.size());
        folded = heapBuffer.data();
    }
    for (size_t i = 0; i < text.size(); ++i)
        folded[i] = foldAscii(text[i]);
    return memmem(folded, text.size(), m_folded.data(), n) != nullptr;
}

} // namespace swb
