#include "model/filter/partcolumn.h"

#include <algorithm>

namespace swb {

void PartColumn::markIrregular(const QString& reason)
{
    storage = ColumnStore::Storage::Irregular;
    irregularReason = reason;
    integers = {};
    reals = {};
    rawBytes = {};
    rawEnds = {};
    interner = TextInterner();
    codes = {};
    valid = {};
}

void PartColumn::internedToRaw()
{
    rawEnds.reserve(std::max(codes.size(), expectedRows));
    for (const quint32 code : codes) {
        if (code != TextInterner::none) {
            const std::string_view text = interner.text(code);
            rawBytes.insert(rawBytes.end(), text.begin(), text.end());
        }
        rawEnds.push_back(rawBytes.size());
    }
    codes = {};
    interner = TextInterner();
    textMode = TextMode::Raw;
}

bool PartColumn::switchToReal()
{
    for (const qint64 value : integers) {
        if (value > exactDoubleLimit || value < -exactDoubleLimit) {
            markIrregular(ColumnStore::tr("whole numbers beyond 2^53 are mixed with decimals"));
            return false;
        }
    }
    reals.assign(integers.begin(), integers.end());
    integers = {};
    storage = ColumnStore::Storage::Real;
    return true;
}

void PartColumn::growRaw(size_t needed)
{
    const size_t rows = std::max<size_t>(1, rawEnds.size());
    const size_t average = rawBytes.size() / rows + 1;
    const size_t remaining = expectedRows > rows ? expectedRows - rows : rows / 4 + 1;
    rawBytes.reserve(rawBytes.size() + std::max(needed, average * remaining + average * remaining / 8 + 4096));
}

ColumnStore::Storage initialStorage(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return ColumnStore::Storage::Integer;
    case FieldType::Real:
        return ColumnStore::Storage::Real;
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::DateTime:
        break;
    }
    return ColumnStore::Storage::Text;
}

} // namespace swb
