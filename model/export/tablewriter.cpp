#include "model/export/tablewriter.h"

#include "model/export/csvtablewriter.h"
#include "model/export/exporttarget.h"
#include "model/export/exporttypes.h"
#include "model/export/jsontablewriter.h"
#include "model/export/xlsxtablewriter.h"

#include <charconv>
#include <cmath>

namespace swb {

std::unique_ptr<TableWriter> TableWriter::create(const ExportOptions& options, const ExportTarget& target)
{
    const bool escape = options.formulas == FormulaPolicy::Escape;
    switch (options.format) {
    case ExportFormat::Csv:
    case ExportFormat::Tsv: {
        const char delimiter = options.format == ExportFormat::Tsv ? '\t' : options.delimiter;
        auto csv = std::make_unique<CsvTableWriter>(target, delimiter, options.utf8Bom, escape, options.header);
        csv->setDecimalMark(options.decimal);
        if (options.asShown)
            csv->setShownAs(QLocale());
        return csv;
    }
    case ExportFormat::Xlsx:
        return std::make_unique<XlsxTableWriter>(target, options.sheetName);
    case ExportFormat::Json:
        return std::make_unique<JsonTableWriter>(target);
    }
    return nullptr;
}

std::string_view formatReal(double value, char (&buffer)[32])
{
    if (!std::isfinite(value))
        return {};
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string_view(buffer, size_t(result.ptr - buffer));
}

std::string_view formatReal(double value, int minDecimals, int maxDecimals, char (&buffer)[64])
{
    if (!std::isfinite(value))
        return {};
    if (maxDecimals < 0 || std::abs(value) >= 1e17) {
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        return std::string_view(buffer, size_t(result.ptr - buffer));
    }
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, maxDecimals);
    std::string_view text(buffer, size_t(result.ptr - buffer));
    for (int decimals = maxDecimals; decimals > std::max(minDecimals, 0) && text.back() == '0'; --decimals)
        text.remove_suffix(1);
    if (text.back() == '.')
        text.remove_suffix(1);
    if (text == "-0")
        text = "0";
    return text;
}

QByteArray ExportColumn::numberFormat() const
{
    if (maxDecimals < 0 || type != FieldType::Real)
        return {};
    if (maxDecimals == 0)
        return QByteArrayLiteral("0");
    // "0.#" would show 97 as "97.": without a fixed decimal, every place is fixed.
    const int fixed = minDecimals > 0 ? minDecimals : maxDecimals;
    return QByteArrayLiteral("0.") + QByteArray(fixed, '0') + QByteArray(maxDecimals - fixed, '#');
}

} // namespace swb
