#include "model/export/exporttypes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace swb {

namespace {

// The value among `values` whose name is `name` (any case).
template<typename Enum>
std::optional<Enum> fromName(const QString& name, std::initializer_list<Enum> values, QString (*nameOf)(Enum))
{
    for (const Enum value : values) {
        if (name.compare(nameOf(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Tsv:
        return QStringLiteral("tsv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    return fromName(name, {ExportFormat::Csv, ExportFormat::Tsv, ExportFormat::Xlsx, ExportFormat::Json},
                    &exportFormatName);
}

std::optional<ExportFormat> exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Tsv;
    return exportFormatFromName(suffix);
}

QString piiPolicyName(PiiPolicy policy)
{
    switch (policy) {
    case PiiPolicy::Keep:
        return QStringLiteral("keep");
    case PiiPolicy::Omit:
        return QStringLiteral("omit");
    case PiiPolicy::Mask:
        return QStringLiteral("mask");
    case PiiPolicy::Hash:
        return QStringLiteral("hash");
    }
    return {};
}

std::optional<PiiPolicy> piiPolicyFromName(const QString& name)
{
    return fromName(name, {PiiPolicy::Keep, PiiPolicy::Omit, PiiPolicy::Mask, PiiPolicy::Hash}, &piiPolicyName);
}

QString formulaPolicyName(FormulaPolicy policy)
{
    return policy == FormulaPolicy::Escape ? QStringLiteral("escape") : QStringLiteral("keep");
}

std::optional<FormulaPolicy> formulaPolicyFromName(const QString& name)
{
    return fromName(name, {FormulaPolicy::Escape, FormulaPolicy::Keep}, &formulaPolicyName);
}

QString headerStyleName(HeaderStyle style)
{
    return style == HeaderStyle::Original ? QStringLiteral("original") : QStringLiteral("columns");
}

std::optional<HeaderStyle> headerStyleFromName(const QString& name)
{
    return fromName(name, {HeaderStyle::Original, HeaderStyle::Columns}, &headerStyleName);
}

QString booleanFormName(BooleanForm form)
{
    switch (form) {
    case BooleanForm::Source:
        return QStringLiteral("source");
    case BooleanForm::OneZero:
        return QStringLiteral("1/0");
    case BooleanForm::TrueFalse:
        return QStringLiteral("true/false");
    }
    return {};
}

std::optional<BooleanForm> booleanFormFromName(const QString& name)
{
    return fromName(name, {BooleanForm::Source, BooleanForm::OneZero, BooleanForm::TrueFalse}, &booleanFormName);
}

namespace {

bool decimalComma(const QLocale& locale)
{
    return locale.language() == QLocale::German || locale.language() == QLocale::French;
}

} // namespace

char defaultCsvDelimiter(const QLocale& locale)
{
    return decimalComma(locale) ? ';' : ',';
}

char defaultDecimalMark(const QLocale& locale)
{
    return decimalComma(locale) ? ',' : '.';
}

QString multiLayoutName(MultiLayout layout)
{
    switch (layout) {
    case MultiLayout::SegmentsColumn:
        return QStringLiteral("segments-column");
    case MultiLayout::Columns:
        return QStringLiteral("columns");
    case MultiLayout::Sheets:
        return QStringLiteral("sheets");
    }
    return {};
}

std::optional<MultiLayout> multiLayoutFromName(const QString& name)
{
    for (const MultiLayout layout : {MultiLayout::SegmentsColumn, MultiLayout::Columns, MultiLayout::Sheets}) {
        if (name.compare(multiLayoutName(layout), Qt::CaseInsensitive) == 0)
            return layout;
    }
    return std::nullopt;
}

QJsonObject ExportReport::toJson() const
{
    QJsonObject object{{QStringLiteral("ok"), ok},
                       {QStringLiteral("output"), outputPath},
                       {QStringLiteral("format"), exportFormatName(format)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                       {QStringLiteral("seconds"), seconds}};
    if (canceled)
        object.insert(QStringLiteral("canceled"), true);
    object.insert(QStringLiteral("preset"), exportPresetName(preset));
    if (preset != ExportPreset::Plain || suppression != SuppressionKind::None) {
        if (suppression != SuppressionKind::None)
            object.insert(QStringLiteral("suppression"), suppressionName(suppression));
        object.insert(QStringLiteral("left_out"), leftOut);
        QJsonObject reasons;
        for (auto it = leftOutReasons.cbegin(); it != leftOutReasons.cend(); ++it)
            reasons.insert(it.key(), it.value());
        object.insert(QStringLiteral("left_out_reasons"), reasons);
    }
    if (!segmentRows.isEmpty()) {
        QJsonObject segments;
        for (auto it = segmentRows.cbegin(); it != segmentRows.cend(); ++it)
            segments.insert(it.key(), it.value());
        object.insert(QStringLiteral("segments"), segments);
    }
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    if (!warnings.isEmpty())
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return object;
}

QString ExportReport::leftOutSummary() const
{
    if (leftOut == 0)
        return {};
    QStringList parts;
    for (auto it = leftOutReasons.cbegin(); it != leftOutReasons.cend(); ++it)
        parts << QCoreApplication::translate("swb::ExportReport", "%1 with %2")
                     .arg(it.value())
                     .arg(PresetLayout::leftOutReasonText(it.key()));
    return QCoreApplication::translate("swb::ExportReport", "Left out %Ln customer(s): %1.", nullptr, int(leftOut))
        .arg(parts.join(QStringLiteral("; ")));
}

ExportReport ExportReport::startedWith(const ExportOptions& options)
{
    ExportReport report;
    report.outputPath = options.outputPath;
    report.format = options.format;
    report.preset = options.preset;
    report.suppression = options.suppression;
    return report;
}

} // namespace swb
