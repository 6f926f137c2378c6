// One column of one range of rows while SQLite streams them into the column store: typed values, NULL flags and
// text (interned, or copied row by row once it has too many distinct values). Internal to ColumnStore::load.
#pragma once

#include "model/filter/columnstore.h"
#include "model/filter/textinterner.h"

#include <QString>

#include <sqlite3.h>

#include <vector>

namespace swb {

struct PartColumn
{
    // Text is interned (a code per row, each distinct text copied once) while the distinct texts stay few enough
    // for the hash table to live in the cache; a column with more (ids, e-mails, phone numbers) switches to copying
    // every row, and is sorted at the end instead.
    enum class TextMode { Interned, Raw };
    static constexpr size_t maxInterned = 65536;

    ColumnStore::Storage storage = ColumnStore::Storage::Irregular;
    QString irregularReason;
    std::vector<qint64> integers;
    std::vector<double> reals;
    TextMode textMode = TextMode::Interned;
    std::vector<char> rawBytes; // Raw: texts back to back
    std::vector<quint64> rawEnds; // Raw: end of each row's text in rawBytes
    TextInterner interner; // Interned
    std::vector<quint32> codes; // Interned: interner id per row, TextInterner::none for NULL
    std::vector<quint8> valid; // one byte per row: not NULL

    void markIrregular(const QString& reason);

    // Copies every row's text from the interned form: too many distinct texts, or a part that must be joined
    // with a part that copies.
    void internedToRaw();

    // Integers stay exact as doubles up to 2^53 only.
    bool switchToReal();

    // Called for every cell, so defined below in the header for inlining. sqlite3_column_value once per cell: the
    // value_* accessors skip the per-call checks of column_*.
    void read(sqlite3_value* value);

    // Grows by the average text length seen so far times the rows still expected, not by doubling blindly.
    void growRaw(size_t needed);

    size_t expectedRows = 0;
    static constexpr qint64 exactDoubleLimit = qint64(1) << 53;
};

inline void PartColumn::read(sqlite3_value* value)
{
    if (storage == ColumnStore::Storage::Irregular)
        return;
    const int type = sqlite3_value_type(value);
    const bool isNull = type == SQLITE_NULL;
    valid.push_back(isNull ? 0 : 1);
    switch (storage) {
    case ColumnStore::Storage::Integer:
        if (isNull) {
            integers.push_back(0);
        } else if (type == SQLITE_INTEGER) {
            integers.push_back(sqlite3_value_int64(value));
        } else if (type == SQLITE_FLOAT) {
            if (switchToReal())
                reals.push_back(sqlite3_value_double(value));
        } else {
            markIrregular(ColumnStore::tr("a number column holds text or binary values"));
        }
        break;
    case ColumnStore::Storage::Real:
        if (isNull) {
            reals.push_back(0.0);
        } else if (type == SQLITE_FLOAT) {
            reals.push_back(sqlite3_value_double(value));
        } else if (type == SQLITE_INTEGER) {
            const qint64 integer = sqlite3_value_int64(value);
            if (integer > exactDoubleLimit || integer < -exactDoubleLimit)
                markIrregular(ColumnStore::tr("whole numbers beyond 2^53 are mixed with decimals"));
            else
                reals.push_back(double(integer));
        } else {
            markIrregular(ColumnStore::tr("a number column holds text or binary values"));
        }
        break;
    case ColumnStore::Storage::Text:
        if (type == SQLITE_TEXT) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
            const int size = sqlite3_value_bytes(value);
            if (textMode == TextMode::Interned) {
                codes.push_back(interner.add(std::string_view(text, size_t(size))));
                if (interner.size() > maxInterned)
                    internedToRaw();
                break;
            }
            if (rawBytes.size() + size_t(size) > rawBytes.capacity())
                growRaw(size_t(size));
            rawBytes.insert(rawBytes.end(), text, text + size);
            rawEnds.push_back(rawBytes.size());
        } else if (isNull) {
            if (textMode == TextMode::Interned) {
                codes.push_back(TextInterner::none);
                break;
            }
            rawEnds.push_back(rawBytes.size());
        } else {
            markIrregular(ColumnStore::tr("a text column holds numbers or binary values"));
        }
        break;
    case ColumnStore::Storage::Irregular:
        break;
    }
}

// The storage a column starts with, from its field type.
ColumnStore::Storage initialStorage(FieldType type);

} // namespace swb
