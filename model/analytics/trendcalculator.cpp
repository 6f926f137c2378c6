#include "model/analytics/trendcalculator.h"

#include "model/analytics/asofaggregation.h"
#include "model/analytics/asofstore.h"
#include "model/analytics/storekpis.h"
#include "model/fieldcatalog.h"
#include "model/filter/filterevaluator.h"

#include <QSet>

#include <limits>

namespace swb {

namespace {

QDate periodEnd(const QDate& date, TrendStep step)
{
    if (step == TrendStep::Month)
        return QDate(date.year(), date.month(), date.daysInMonth());
    return date.addDays(7 - date.dayOfWeek());
}

QDate nextPeriodEnd(const QDate& end, TrendStep step)
{
    if (step == TrendStep::Month)
        return periodEnd(end.addDays(1), step);
    return end.addDays(7);
}

// The columns a resolved definition reads, nested segments' definitions included.
void collectFields(const ResolvedGroup& group, QSet<QString>* names)
{
    std::vector<const ResolvedRule*> rules;
    collectRules(group, &rules);
    for (const ResolvedRule* rule : rules) {
        if (!rule->isSegment()) {
            names->insert(rule->field.name);
            continue;
        }
        for (const ResolvedSegment& segment : rule->segments) {
            if (segment.definition)
                collectFields(*segment.definition, names);
        }
    }
}

// For each row, the first day it is in the base (min of signup day and first dated line); the lowest value for a
// customer with neither, who is in every period.
std::vector<qint32> entryDays(const ColumnStore& store, const AsOfAggregation& aggregation, bool* signupDates)
{
    const qint64 rows = store.rowCount();
    std::vector<qint32> signup(size_t(rows), 0);
    *signupDates = false;
    const auto signupField = FieldCatalog::findByRole(store.fields(), FieldRole::SignupDate);
    const ColumnStore::Column* column = signupField ? store.column(signupField->name) : nullptr;
    if (column && column->storage == ColumnStore::Storage::Text) {
        *signupDates = true;
        std::vector<qint32> dayOfCode(size_t(column->dictionary.size()) + 1, 0);
        for (qint64 code = 0; code < column->dictionary.size(); ++code) {
            const std::string_view text = column->dictionary.at(code);
            dayOfCode[size_t(code)] = OrderLines::dayOf(text.data(), qint64(text.size()));
        }
        for (qint64 row = 0; row < rows; ++row) {
            if (column->valid.test(row))
                signup[size_t(row)] = dayOfCode[column->codes[size_t(row)]];
        }
    }
    std::vector<qint32> entry(static_cast<size_t>(rows));
    for (qint64 row = 0; row < rows; ++row) {
        const qint32 a = signup[size_t(row)];
        const qint32 b = aggregation.firstLineDay(row);
        if (a == 0 && b == 0)
            entry[size_t(row)] = std::numeric_limits<qint32>::min();
        else
            entry[size_t(row)] = (a == 0 || (b != 0 && b < a)) ? b : a;
    }
    return entry;
}

} // namespace

QList<QDate> TrendCalculator::periodEnds(const QDate& from, const QDate& to, TrendStep step)
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid())
        return dates;
    for (QDate end = periodEnd(from, step); end <= to && dates.size() <= maxPoints; end = nextPeriodEnd(end, step))
        dates << end;
    return dates;
}

QList<QDate> TrendCalculator::lastMonths(const QDate& asOf, int months, TrendStep step)
{
    if (!asOf.isValid() || months <= 0)
        return {};
    return periodEnds(asOf.addMonths(-months).addDays(1), asOf, step);
}

std::optional<TrendResult> TrendCalculator::compute(const TrendInput& input, QString* error, const CancelCheck& cancel,
                                                    const ProgressCallback& progress)
{
    if (!input.store || !input.lines) {
        *error = tr("The customers or their orders are not loaded.");
        return std::nullopt;
    }
    if (input.lines->storeVersion != input.store->version() || input.lines->storeRows != input.store->rowCount()) {
        *error = tr("The order lines were matched with other customers than the ones given.");
        return std::nullopt;
    }
    if (input.dates.isEmpty() || input.dates.size() > maxPoints) {
        *error = tr("A trend needs between 1 and %1 dates; %2 were given.").arg(maxPoints).arg(input.dates.size());
        return std::nullopt;
    }
    for (qsizetype i = 1; i < input.dates.size(); ++i) {
        if (!(input.dates[i - 1] < input.dates[i])) {
            *error = tr("The dates of a trend must be ascending.");
            return std::nullopt;
        }
    }
    if (AsOfStore::derivedFields(input.store->fields()).isEmpty()) {
        *error = tr("The customers have no fields derived from orders. Import the orders again (swb import FILE "
                    "--kind orders) to derive them.");
        return std::nullopt;
    }

    // Check every definition once and collect the columns they read, so that the working copy holds only those
    // (with the key, the derived fields and the fields with roles).
    FilterContext context = input.context;
    context.asOfDate = input.dates.first();
    QSet<QString> names;
    for (const TrendSegment& segment : input.segments) {
        const auto resolved = FilterResolver::resolve(segment.definition, context, error);
        if (!resolved) {
            *error = tr("The definition of \"%1\" is not valid: %2").arg(segment.name, *error);
            return std::nullopt;
        }
        collectFields(*resolved, &names);
    }
    // The fields with roles (the KPIs' and the signup date), except the derived ones that nothing reads: those are
    // updated at every point.
    for (const FieldInfo& field : input.store->fields()) {
        const bool unread = field.role == FieldRole::FirstPurchaseDate || field.role == FieldRole::AverageOrderValue;
        if (field.role != FieldRole::None && !(field.derived && unread))
            names.insert(field.name);
    }
    AsOfStore asOf(*input.store, names, *input.lines);
    const std::shared_ptr<const ColumnStore> store = asOf.store();
    AsOfAggregation aggregation(*input.lines, store->rowCount());

    TrendResult result;
    result.dates = input.dates;
    result.orderLines = input.lines->size();
    result.undatedLines = input.lines->undatedLines;
    result.unmatchedLines = input.lines->unmatchedLines;
    const std::vector<qint32> entry = entryDays(*store, aggregation, &result.signupDates);
    for (const TrendSegment& segment : input.segments)
        result.series << TrendSeries{segment.name, {}};

    for (qsizetype p = 0; p < input.dates.size(); ++p) {
        if (cancel && cancel()) {
            *error = tr("The trend was canceled.");
            return std::nullopt;
        }
        const QDate date = input.dates[p];
        const auto day = qint32(date.toJulianDay());
        aggregation.advanceTo(date);
        asOf.update(aggregation);
        const Bitset base
            = Bitset::fromPredicate(store->rowCount(), [&](qint64 row) { return entry[size_t(row)] <= day; });
        result.baseSizes << base.count();
        // Recomputed at each point: the store's KPI columns changed.
        std::optional<StoreKpis> kpis;
        KpiSet baseKpis;
        baseKpis.size = result.baseSizes.constLast();
        if (input.kpis) {
            kpis.emplace(*store);
            if (p == 0)
                result.unavailable = kpis->unavailable();
            baseKpis = kpis->compute(QString(), &base, date);
        }
        baseKpis.share = baseKpis.size > 0 ? std::optional<double>(1.0) : std::nullopt;
        context.asOfDate = date;
        FilterEvaluator evaluator(store);
        evaluator.setDatabase(input.db, input.keyExpression);
        for (qsizetype s = 0; s < input.segments.size(); ++s) {
            const auto resolved = FilterResolver::resolve(input.segments[s].definition, context, error);
            auto rows = resolved ? evaluator.select(*resolved, error) : std::nullopt;
            if (!rows) {
                *error = tr("\"%1\" as of %2: %3").arg(input.segments[s].name, date.toString(Qt::ISODate), *error);
                return std::nullopt;
            }
            *rows &= base;
            KpiSet set;
            if (kpis) {
                set = kpis->compute(input.segments[s].name, &*rows, date);
            } else {
                set.name = input.segments[s].name;
                set.size = rows->count();
            }
            set.share = KpiMath::ratio(double(set.size), double(baseKpis.size));
            result.series[s].points << TrendPoint{date, set.size, std::move(set)};
        }
        result.baseKpis << std::move(baseKpis);
        if (progress)
            progress(int((p + 1) * 100 / input.dates.size()));
    }
    return result;
}

} // namespace swb
