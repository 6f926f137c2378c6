#include "model/analytics/distributionbins.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace swb::DistributionBins {

namespace {

// The first day of the bin that holds `date`.
QDate binStart(const QDate& date, FieldDistribution::DateStep step, int yearsPerBin)
{
    switch (step) {
    case FieldDistribution::DateStep::Month:
        return QDate(date.year(), date.month(), 1);
    case FieldDistribution::DateStep::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    default: {
        const int year = int(std::floor(double(date.year()) / yearsPerBin)) * yearsPerBin;
        return QDate(year, 1, 1);
    }
    }
}

QDate nextStart(const QDate& start, FieldDistribution::DateStep step, int yearsPerBin)
{
    switch (step) {
    case FieldDistribution::DateStep::Month:
        return start.addMonths(1);
    case FieldDistribution::DateStep::Quarter:
        return start.addMonths(3);
    default:
        return start.addYears(yearsPerBin);
    }
}

QString dateLabel(const QDate& start, FieldDistribution::DateStep step, int yearsPerBin)
{
    switch (step) {
    case FieldDistribution::DateStep::Month:
        return QLocale().toString(start, QStringLiteral("MMM yyyy"));
    case FieldDistribution::DateStep::Quarter:
        //: A calendar quarter: Q1 2024.
        return DistributionCalculator::tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    default:
        return yearsPerBin == 1
            ? QString::number(start.year())
            : DistributionCalculator::tr("%1–%2").arg(start.year()).arg(start.year() + yearsPerBin - 1);
    }
}

// Months (up to two years), quarters (up to five), else years: as many years per bin as keep about a dozen bins.
void chooseDateStep(FieldDistribution& result, const QDate& first, const QDate& last)
{
    const int months = (last.year() * 12 + last.month()) - (first.year() * 12 + first.month()) + 1;
    if (months <= 24) {
        result.dateStep = FieldDistribution::DateStep::Month;
    } else if (months <= 60) {
        result.dateStep = FieldDistribution::DateStep::Quarter;
    } else {
        result.dateStep = FieldDistribution::DateStep::Year;
        const int years = last.year() - first.year() + 1;
        result.yearsPerBin = years <= 20 ? 1 : int(std::llround(DistributionCalculator::niceStep(years / 12.0)));
        result.yearsPerBin = std::max(1, result.yearsPerBin);
    }
}

} // namespace

FieldDistribution withCounts(const FieldDistribution& bins, const std::vector<qint64>& base,
                             const std::vector<qint64>& inSegment, qint64 baseSize, qint64 segmentSize)
{
    FieldDistribution result = bins;
    result.baseSize = baseSize;
    result.segmentSize = segmentSize;
    for (qsizetype i = 0; i < result.bins.size(); ++i) {
        DistributionBin& bin = result.bins[i];
        bin.baseCount = base[size_t(i)];
        bin.segmentCount = inSegment[size_t(i)];
        bin.baseShare = baseSize > 0 ? double(bin.baseCount) / double(baseSize) : 0.0;
        bin.segmentShare = segmentSize > 0 ? double(bin.segmentCount) / double(segmentSize) : 0.0;
    }
    if (result.bins.constLast().baseCount == 0)
        result.bins.removeLast();
    return result;
}

QList<FieldDistribution> dates(FieldDistribution result, const ColumnStore::Column& column,
                               const QList<const Bitset*>& segments)
{
    result.kind = FieldDistribution::Kind::Dates;
    const qint64 entries = column.dictionary.size();
    std::vector<QDate> parsed(static_cast<size_t>(entries));
    QDate first;
    QDate last;
    for (qint64 i = 0; i < entries; ++i) {
        const std::string_view text = column.dictionary.at(i);
        const QDate date = QDate::fromString(
            QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(10, text.size()))), Qt::ISODate);
        parsed[size_t(i)] = date;
        if (date.isValid()) {
            first = first.isValid() ? std::min(first, date) : date;
            last = last.isValid() ? std::max(last, date) : date;
        }
    }
    std::vector<int> binOfEntry(size_t(entries), -1);
    if (first.isValid()) {
        chooseDateStep(result, first, last);
        for (QDate start = binStart(first, result.dateStep, result.yearsPerBin); start <= last;
             start = nextStart(start, result.dateStep, result.yearsPerBin)) {
            DistributionBin bin;
            bin.lower = start.toString(Qt::ISODate);
            bin.upper = nextStart(start, result.dateStep, result.yearsPerBin).toString(Qt::ISODate);
            bin.label = dateLabel(start, result.dateStep, result.yearsPerBin);
            result.bins.append(bin);
        }
        for (qint64 i = 0; i < entries; ++i) {
            const QDate& date = parsed[size_t(i)];
            if (!date.isValid())
                continue;
            // Bins are ordered and contiguous: the bin is the last whose start is not after the date.
            const QString iso = date.toString(Qt::ISODate);
            int bin = 0;
            while (bin + 1 < result.bins.size() && result.bins.at(bin + 1).lower.toString() <= iso)
                ++bin;
            binOfEntry[size_t(i)] = bin;
        }
    }
    const bool anyInvalid = std::find(binOfEntry.begin(), binOfEntry.end(), -1) != binOfEntry.end();
    if (anyInvalid) {
        DistributionBin other;
        other.kind = DistributionBin::Kind::Other;
        other.label = DistributionCalculator::tr("Not a date");
        result.bins.append(other);
        const int otherBin = int(result.bins.size()) - 1;
        std::replace(binOfEntry.begin(), binOfEntry.end(), -1, otherBin);
    }
    return countInto(std::move(result), column, segments,
                     [&](qint64 row) { return binOfEntry[size_t(column.codes[size_t(row)])]; });
}

} // namespace swb::DistributionBins
