// Turns the bytes of a text file into UTF-8 chunk by chunk, whatever the file's encoding, and guesses that encoding.
#pragma once

#include <QByteArray>
#include <QString>

#include <QStringDecoder>

#include <memory>
#include <optional>
#include <string>

namespace swb {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1, Other };

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    QByteArray otherName; // for TextEncoding::Other: the name QStringDecoder knows
    int bomLength = 0; // bytes to skip at the start of the file
    bool binary = false; // NUL bytes or many control characters: not a text file
};

// Counts of a UTF-8 scan: valid multi-byte sequences and invalid bytes.
struct Utf8Counts
{
    qint64 multiByte = 0;
    qint64 invalid = 0;
};

class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding, const QByteArray& otherName = {});

    // Guesses from the first bytes of a file (the whole file when it is short). A BOM decides; then NUL patterns
    // (UTF-16 without BOM, or binary); then UTF-8 when the bytes are valid UTF-8 (or mostly so, see
    // `preferUtf8`), else Windows-1252.
    static EncodingGuess detect(const QByteArray& head);
    // Encoding from a user's name ("utf-8", "latin1", "windows-1252", "utf-16le", any name ICU knows); the BOM
    // length is still taken from the file's first bytes.
    static std::optional<EncodingGuess> fromName(const QString& name, const QByteArray& head);
    static QString name(TextEncoding encoding, const QByteArray& otherName = {});

    // A file with invalid bytes is still UTF-8 when it holds more valid multi-byte sequences than invalid bytes
    // (a damaged UTF-8 file); otherwise it is a single-byte file.
    static bool preferUtf8(const Utf8Counts& counts)
    {
        return counts.invalid == 0 || counts.multiByte > counts.invalid;
    }

    // Scans `size` bytes; an incomplete sequence at the very end counts as invalid only when `final`.
    static void countUtf8(const char* data, qsizetype size, Utf8Counts& counts, bool final);
    // True when all bytes are valid UTF-8; adds to `multiByte` the multi-byte sequences seen.
    static bool isValidUtf8(const char* data, qsizetype size, qint64* multiByte = nullptr);
    // Appends `size` bytes as UTF-8 with each invalid byte replaced by U+FFFD; returns the invalid bytes.
    static int appendRepairedUtf8(const char* data, qsizetype size, std::string& out);

    // Appends the UTF-8 form of `data` to `out`. A sequence split across two chunks is carried over.
    void decode(const char* data, qsizetype size, std::string& out);
    // Flushes what is carried over at the end of the file (an odd byte of UTF-16 becomes U+FFFD).
    void finish(std::string& out);

    TextEncoding encoding() const { return m_encoding; }
    bool passesThrough() const { return m_encoding == TextEncoding::Utf8; }

private:
    void decodeUtf16(const char* data, qsizetype size, std::string& out);

    TextEncoding m_encoding = TextEncoding::Utf8;
    std::unique_ptr<QStringDecoder> m_other;
    int m_carry = -1; // UTF-16: the odd byte of a split code unit
    char16_t m_highSurrogate = 0;
};

} // namespace swb
