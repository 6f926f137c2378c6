#include "model/import/textdecoder.h"

#include <array>
#include <cstring>

namespace swb {

namespace {

// Windows-1252's 0x80–0x9F; the five unassigned bytes map to the C1 controls as in Latin-1 (as browsers do).
constexpr std::array<char16_t, 32> s_cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void appendCodePoint(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// Length of the valid UTF-8 sequence at `p` (1–4), 0 when invalid, -1 when cut off by `end`.
int sequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -1;
        const unsigned char next = p[i];
        if (i == 1 ? (next < low || next > high) : (next < 0x80 || next > 0xBF))
            return 0;
    }
    return length;
}

} // namespace

TextDecoder::TextDecoder(TextEncoding encoding, const QByteArray& otherName)
    : m_encoding(encoding)
{
    if (encoding == TextEncoding::Other)
        m_other = std::make_unique<QStringDecoder>(otherName.constData());
}

EncodingGuess TextDecoder::detect(const QByteArray& head)
{
    EncodingGuess guess;
    const auto* bytes = reinterpret_cast<const unsigned char*>(head.constData());
    const qsizetype size = head.size();
    if (size >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
        guess.bomLength = 3;
        return guess;
    }
    if (size >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
        guess.encoding = TextEncoding::Utf16LE;
        guess.bomLength = 2;
        return guess;
    }
    if (size >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
        guess.encoding = TextEncoding::Utf16BE;
        guess.bomLength = 2;
        return guess;
    }
    // UTF-16 without BOM: text in the Latin range has a NUL in every other byte (counted without integer division,
    // which made a file under 40 bytes binary).
    qint64 evenNuls = 0;
    qint64 oddNuls = 0;
    qint64 controls = 0;
    const qsizetype probe = std::min<qsizetype>(size, 65536);
    for (qsizetype i = 0; i < probe; ++i) {
        const unsigned char c = bytes[i];
        if (c == 0)
            ++(i % 2 ? oddNuls : evenNuls);
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    const qsizetype pairs = probe / 2;
    if (pairs > 0 && oddNuls * 10 > pairs * 4 && evenNuls * 20 < pairs) {
        guess.encoding = TextEncoding::Utf16LE;
        return guess;
    }
    if (pairs > 0 && evenNuls * 10 > pairs * 4 && oddNuls * 20 < pairs) {
        guess.encoding = TextEncoding::Utf16BE;
        return guess;
    }
    if (evenNuls + oddNuls > 0 || controls > probe / 20) {
        guess.binary = true;
        return guess;
    }
    Utf8Counts counts;
    countUtf8(head.constData(), size, counts, false);
    guess.encoding = preferUtf8(counts) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    return guess;
}

std::optional<EncodingGuess> TextDecoder::fromName(const QString& name, const QByteArray& head)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('_'));
    EncodingGuess guess = detect(head);
    const TextEncoding detected = guess.encoding;
    guess.binary = false;
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8")) {
        guess.encoding = TextEncoding::Utf8;
    } else if (key == QLatin1String("utf-16le") || key == QLatin1String("utf16le")) {
        guess.encoding = TextEncoding::Utf16LE;
    } else if (key == QLatin1String("utf-16be") || key == QLatin1String("utf16be")) {
        guess.encoding = TextEncoding::Utf16BE;
    } else if (key == QLatin1String("utf-16") || key == QLatin1String("utf16")) {
        guess.encoding = detected == TextEncoding::Utf16BE ? TextEncoding::Utf16BE : TextEncoding::Utf16LE;
    } else if (key == QLatin1String("latin1") || key == QLatin1String("latin-1") || key == QLatin1String("iso-8859-1")
               || key == QLatin1String("iso8859-1")) {
        guess.encoding = TextEncoding::Latin1;
    } else if (key == QLatin1String("windows-1252") || key == QLatin1String("cp1252")
               || key == QLatin1String("win1252")) {
        guess.encoding = TextEncoding::Windows1252;
    } else {
        const QByteArray encoded = name.trimmed().toLatin1();
        if (!QStringDecoder(encoded.constData()).isValid())
            return std::nullopt;
        guess.encoding = TextEncoding::Other;
        guess.otherName = encoded;
    }
    // A BOM of another encoding than the one named is data, not a BOM.
    if ((guess.bomLength == 3 && guess.encoding != TextEncoding::Utf8)
        || (guess.bomLength == 2 && guess.encoding != detected))
        guess.bomLength = 0;
    return guess;
}

QString TextDecoder::name(TextEncoding encoding, const QByteArray& otherName)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        break;
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    case TextEncoding::Latin1:
        return QStringLiteral("latin1");
    case TextEncoding::Other:
        return QString::fromLatin1(otherName).toLower();
    }
    return QStringLiteral("utf-8");
}

void TextDecoder::countUtf8(const char* data, qsizetype size, Utf8Counts& counts, bool final)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    const auto* end = p + size;
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = sequenceLength(p, end);
        if (length < 0) {
            if (final)
                counts.invalid += end - p;
            return;
        }
        if (length == 0) {
            ++counts.invalid;
            ++p;
        } else {
            ++counts.multiByte;
            p += length;
        }
    }
}

bool TextDecoder::isValidUtf8(const char* data, qsizetype size, qint64* multiByte)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    const auto* end = p + size;
    while (p < end) {
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (!(word & 0x8080808080808080ULL)) {
                p += 8;
                continue;
            }
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = sequenceLength(p, end);
        if (length <= 0)
            return false;
        if (multiByte)
            ++*multiByte;
        p += length;
    }
    return true;
}

int TextDecoder::appendRepairedUtf8(const char* data, qsizetype size, std::string& out)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    const auto* end = p + size;
    int invalid = 0;
    while (p < end) {
        const int length = sequenceLength(p, end);
        if (length <= 0) {
            appendCodePoint(0xFFFD, out);
            ++invalid;
            ++p;
        } else {
            out.append(reinterpret_cast<const char*>(p), size_t(length));
            p += length;
        }
    }
    return invalid;
}

void TextDecoder::decode(const char* data, qsizetype size, std::string& out)
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        out.append(data, size_t(size));
        return;
    case TextEncoding::Latin1:
    case TextEncoding::Windows1252:
        out.reserve(out.size() + size_t(size) + size_t(size) / 4);
        for (qsizetype i = 0; i < size; ++i) {
            const auto c = static_cast<unsigned char>(data[i]);
            if (c < 0x80)
                out.push_back(char(c));
            else if (c < 0xA0 && m_encoding == TextEncoding::Windows1252)
                appendCodePoint(s_cp1252High[c - 0x80], out);
            else
                appendCodePoint(c, out);
        }
        return;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        decodeUtf16(data, size, out);
        return;
    case TextEncoding::Other: {
        const QString text = (*m_other)(QByteArrayView(data, size));
        const QByteArray utf8 = text.toUtf8();
        out.append(utf8.constData(), size_t(utf8.size()));
        return;
    }
    }
}

void TextDecoder::decodeUtf16(const char* data, qsizetype size, std::string& out)
{
    const bool little = m_encoding == TextEncoding::Utf16LE;
    out.reserve(out.size() + size_t(size));
    qsizetype i = 0;
    auto unitAt = [&](unsigned char first, unsigned char second) -> char16_t {
        return little ? char16_t(first | (second << 8)) : char16_t((first << 8) | second);
    };
    auto push = [&](char16_t unit) {
        if (m_highSurrogate) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                appendCodePoint(0x10000 + ((char32_t(m_highSurrogate) - 0xD800) << 10) + (unit - 0xDC00), out);
                m_highSurrogate = 0;
                return;
            }
            appendCodePoint(0xFFFD, out);
            m_highSurrogate = 0;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF)
            m_highSurrogate = unit;
        else if (unit >= 0xDC00 && unit <= 0xDFFF)
            appendCodePoint(0xFFFD, out);
        else
            appendCodePoint(unit, out);
    };
    if (m_carry >= 0 && size > 0) {
        push(unitAt(static_cast<unsigned char>(m_carry), static_cast<unsigned char>(data[0])));
        m_carry = -1;
        i = 1;
    }
    for (; i + 1 < size; i += 2)
        push(unitAt(static_cast<unsigned char>(data[i]), static_cast<unsigned char>(data[i + 1])));
    if (i < size)
        m_carry = static_cast<unsigned char>(data[i]);
}

void TextDecoder::finish(std::string& out)
{
    if (m_carry >= 0 || m_highSurrogate) {
        appendCodePoint(0xFFFD, out);
        m_carry = -1;
        m_highSurrogate = 0;
    }
}

} // namespace swb
