// SQLite's LIKE for the patterns the compiler writes (%v%, v%, %v with v escaped): a literal substring, prefix or
// suffix test that folds ASCII letters only, as SQLite does without ICU ('É' LIKE 'é' is false).
#pragma once

#include <string>
#include <string_view>

namespace swb {

class LikeMatcher
{
public:
    enum class Kind { Contains, BeginsWith, EndsWith };

    LikeMatcher(Kind kind, std::string_view literalUtf8);

    bool matches(std::string_view text) const;

    static char foldAscii(char c) { return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c; }

private:
    bool equalsFolded(const char* text) const;

    Kind m_kind;
    std::string m_folded; // the literal with ASCII letters lowered
    bool m_hasLetters = false;
};

} // namespace swb
