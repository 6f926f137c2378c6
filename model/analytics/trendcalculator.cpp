#include "model/analytics/trendcalculator.h"

#include "model/analytics/asofaggregation.h"
#include "model/analytics/asofstore.h"
#include "model/analytics/runningkpis.h"
#include "model/analytics/storekpis.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/segmentlookup.h"

#include <QSet>

#include <atomic>
#include <functional>
#include <limits>
#include <thread>

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

// The columns a resolved definition reads, nested segments' definitions included; `*orderRules` is set when it has
// `@orders` rules.
void collectFields(const ResolvedGroup& group, QSet<QString>* names, bool* orderRules)
{
    std::vector<const ResolvedRule*> rules;
    collectRules(group, &rules);
    for (const ResolvedRule* rule : rules) {
        if (rule->isOrders()) {
            *orderRules = true;
            continue;
        }
        if (!rule->isSegment()) {
            names->insert(rule->field.name);
            continue;
        }
        for (const ResolvedSegment& segment : rule->segments) {
            if (segment.definition)
                collectFields(*segment.definition, names, orderRules);
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

constexpr qint64 s_parallelRows = 100000; // fewer customers: one thread is about as fast

// One pass over the lines with its own working copy of the store. The points of a trend with KPIs are split between
// two of them, each on its own thread and connection, so that both cores evaluate and compute KPIs.
struct Sweep
{
    Sweep(const TrendInput& input, const QSet<QString>& names)
        : asOf(*input.store, names, *input.lines)
        , aggregation(*input.lines, input.store->rowCount())
    { }

    AsOfStore asOf;
    AsOfAggregation aggregation;
    FilterContext context;
    Database* db = nullptr;
    // With KPIs: read on the working copy (whose columns change in place), and the base and each segment followed
    // from point to point, so that a point reads only the rows that joined, left or changed.
    std::optional<StoreKpis> kpis;
    std::vector<TrackedSet> tracked; // the base, then the segments
};

struct PointOutput
{
    KpiSet baseKpis; // the base's size at least
    QList<KpiSet> sets; // per segment: its size at least
    QStringList unavailable;
};

// Moves the sweep to `date`: the lines up to it added and the working copy updated. A row whose values change
// leaves the followed sets that hold it with its former values and comes back with the new ones, in one pass.
void advance(Sweep& sweep, const QDate& date)
{
    sweep.aggregation.advanceTo(date);
    if (sweep.tracked.empty()) {
        sweep.asOf.update(sweep.aggregation);
        return;
    }
    const std::vector<quint32>& touched = sweep.aggregation.touched();
    for (size_t i = 0; i < touched.size(); ++i) {
        if (i + AsOfStore::s_prefetchAhead < touched.size()) {
            sweep.aggregation.prefetch(touched[i + AsOfStore::s_prefetchAhead]);
            sweep.asOf.prefetchRow(touched[i + AsOfStore::s_prefetchAhead]);
        }
        const quint32 row = touched[i];
        for (TrackedSet& set : sweep.tracked)
            set.beforeRowChanges(row);
        sweep.asOf.updateRow(sweep.aggregation, row);
        for (TrackedSet& set : sweep.tracked)
            set.afterRowChanged(row);
    }
    sweep.asOf.finishUpdate();
}

// The KPIs of `rows` as of `date` (the `index`th followed set): its size alone without KPIs.
KpiSet setKpis(Sweep& sweep, size_t index, const QString& name, const Bitset& rows, const QDate& date)
{
    if (!sweep.kpis) {
        KpiSet set;
        set.name = name;
        set.size = rows.count();
        return set;
    }
    TrackedSet& tracked = sweep.tracked[index];
    tracked.moveTo(rows);
    if (auto set = tracked.kpis().result(name, date))
        return std::move(*set);
    return sweep.kpis->compute(name, &rows, date); // values a running sum cannot hold exactly
}

// The points [from, to) of `input` on `sweep`, into `outputs`; false with `*error` on an error or when stopped.
bool runPoints(Sweep& sweep, const TrendInput& input, const std::vector<qint32>& entry, qsizetype from, qsizetype to,
               std::vector<PointOutput>& outputs, QString* error, const std::function<bool()>& stopped,
               const std::function<void()>& pointDone)
{
    const std::shared_ptr<const ColumnStore> store = sweep.asOf.store();
    if (input.kpis) {
        sweep.kpis.emplace(*store); // its columns are the working copy's, updated in place
        const unsigned changing = RunningKpis::derivedParts(*sweep.kpis); // what the working copy changes
        sweep.tracked.clear();
        for (qsizetype s = 0; s <= input.segments.size(); ++s)
            sweep.tracked.emplace_back(*sweep.kpis, changing);
    }
    for (qsizetype p = from; p < to; ++p) {
        if (stopped()) {
            *error = TrendCalculator::tr("The trend was canceled.");
            return false;
        }
        const QDate date = input.dates[p];
        const auto day = qint32(date.toJulianDay());
        advance(sweep, date);
        const Bitset base
            = Bitset::fromPredicate(store->rowCount(), [&](qint64 row) { return entry[size_t(row)] <= day; });
        PointOutput& output = outputs[size_t(p)];
        if (sweep.kpis)
            output.unavailable = sweep.kpis->unavailable();
        output.baseKpis = setKpis(sweep, 0, QString(), base, date);
        output.baseKpis.share = output.baseKpis.size > 0 ? std::optional<double>(1.0) : std::nullopt;
        sweep.context.asOfDate = date;
        FilterEvaluator evaluator(store);
        evaluator.setDatabase(sweep.db, input.keyExpression);
        for (qsizetype s = 0; s < input.segments.size(); ++s) {
            const TrendSegment& segment = input.segments[s];
            const auto resolved = FilterResolver::resolve(segment.definition, sweep.context, error);
            auto rows = resolved ? evaluator.select(*resolved, error) : std::nullopt;
            if (!rows) {
                *error
                    = TrendCalculator::tr("\"%1\" as of %2: %3").arg(segment.name, date.toString(Qt::ISODate), *error);
                return false;
            }
            *rows &= base;
            KpiSet set = setKpis(sweep, size_t(s) + 1, segment.name, *rows, date);
            set.share = KpiMath::ratio(double(set.size), double(output.baseKpis.size));
            output.sets << std::move(set);
        }
        pointDone();
    }
    return true;
}

// What compute() refuses before any work.
bool checkInput(const TrendInput& input, QString* error)
{
    if (!input.store || !input.lines) {
        *error = TrendCalculator::tr("The customers or their orders are not loaded.");
        return false;
    }
    if (input.lines->storeVersion != input.store->version() || input.lines->storeRows != input.store->rowCount()) {
        *error = TrendCalculator::tr("The order lines were matched with other customers than the ones given.");
        return false;
    }
    if (input.dates.isEmpty() || input.dates.size() > TrendCalculator::maxPoints) {
        *error = TrendCalculator::tr("A trend needs between 1 and %1 dates; %2 were given.")
                     .arg(TrendCalculator::maxPoints)
                     .arg(input.dates.size());
        return false;
    }
    for (qsizetype i = 1; i < input.dates.size(); ++i) {
        if (!(input.dates[i - 1] < input.dates[i])) {
            *error = TrendCalculator::tr("The dates of a trend must be ascending.");
            return false;
        }
    }
    if (AsOfStore::derivedFields(input.store->fields()).isEmpty()) {
        *error = TrendCalculator::tr(
            "The customers have no fields derived from orders. Import the orders again (swb import FILE "
            "--kind orders) to derive them.");
        return false;
    }
    return true;
}

// The columns the definitions read (each checked once) and those of the fields with roles (the KPIs', the signup
// date), without the derived ones nothing reads: the working copy holds only these. Segments with order rules are
// moved from `segments` to `leftOut` with the reason.
std::optional<QSet<QString>> columnsRead(const TrendInput& input, QList<TrendSegment>* segments,
                                         QList<QPair<QString, QString>>* leftOut, QString* error)
{
    FilterContext context = input.context;
    context.asOfDate = input.dates.first();
    QSet<QString> names;
    QList<TrendSegment> kept;
    for (const TrendSegment& segment : std::as_const(*segments)) {
        const auto resolved = FilterResolver::resolve(segment.definition, context, error);
        if (!resolved) {
            *error = TrendCalculator::tr("The definition of \"%1\" is not valid: %2").arg(segment.name, *error);
            return std::nullopt;
        }
        QSet<QString> read;
        bool orderRules = false;
        collectFields(*resolved, &read, &orderRules);
        if (orderRules) {
            // SQLite would count them over every order, also those after each date of the trend.
            leftOut->append({segment.name,
                             TrendCalculator::tr("The trend of \"%1\" cannot be computed yet: its definition has order "
                                                 "rules (@orders). Remove them from a copy of the segment to see its "
                                                 "trend.")
                                 .arg(segment.name)});
            continue;
        }
        names.unite(read);
        kept << segment;
    }
    *segments = std::move(kept);
    for (const FieldInfo& field : input.store->fields()) {
        const bool unread = field.role == FieldRole::FirstPurchaseDate || field.role == FieldRole::AverageOrderValue;
        if (field.role != FieldRole::None && !(field.derived && unread))
            names.insert(field.name);
    }
    return names;
}

// The points' outputs into the result's series.
void collect(const TrendInput& input, std::vector<PointOutput>& outputs, TrendResult* result)
{
    for (const TrendSegment& segment : input.segments)
        result->series << TrendSeries{segment.name, {}};
    for (qsizetype p = 0; p < input.dates.size(); ++p) {
        PointOutput& output = outputs[size_t(p)];
        result->baseSizes << output.baseKpis.size;
        for (qsizetype s = 0; s < input.segments.size(); ++s) {
            KpiSet& set = output.sets[s];
            result->series[s].points << TrendPoint{input.dates[p], set.size, std::move(set)};
        }
        result->baseKpis << std::move(output.baseKpis);
    }
    if (!outputs.empty())
        result->unavailable = outputs.front().unavailable;
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

std::optional<TrendResult> TrendCalculator::compute(const TrendInput& request, QString* error,
                                                    const CancelCheck& cancel, const ProgressCallback& progress)
{
    if (!checkInput(request, error))
        return std::nullopt;

    TrendResult result;
    TrendInput input = request; // without the segments left out
    const auto names = columnsRead(request, &input.segments, &result.leftOut, error);
    if (!names)
        return std::nullopt;
    result.dates = input.dates;
    result.orderLines = input.lines->size();
    result.undatedLines = input.lines->undatedLines;
    result.unmatchedLines = input.lines->unmatchedLines;
    Sweep first(input, *names);
    first.db = input.db;
    first.context = input.context;
    const std::vector<qint32> entry = entryDays(*first.asOf.store(), first.aggregation, &result.signupDates);

    // The later points on a second thread with a copy and a connection of its own, when there is enough work.
    const qsizetype n = input.dates.size();
    std::optional<Database> connection;
    std::unique_ptr<Sweep> second;
    const bool worthIt = input.threads == 2
        || (input.threads == 0 && input.kpis && n >= 4 && input.store->rowCount() >= s_parallelRows);
    if (worthIt && n >= 2 && input.db && !input.db->path().isEmpty() && input.db->path() != QLatin1String(":memory:")) {
        QString openError;
        connection = Database::open(input.db->path(), Database::Mode::ReadOnly, &openError);
        if (connection) {
            second = std::make_unique<Sweep>(input, *names);
            second->db = &*connection;
            second->context = input.context;
            second->context.segments = databaseSegmentLookup(*connection);
        }
    }
    const qsizetype split = second ? n / 2 : n;
    std::vector<PointOutput> outputs(static_cast<size_t>(n));
    std::atomic<bool> stop{false};
    std::atomic<int> done{0};
    auto stopped = [&] {
        return stop.load() || (cancel && cancel());
    };
    QString secondError;
    std::thread helper;
    if (second) {
        helper = std::thread([&] {
            if (!runPoints(*second, input, entry, split, n, outputs, &secondError, stopped, [&] { ++done; }))
                stop = true;
        });
    }
    const bool ok = runPoints(first, input, entry, 0, split, outputs, error, stopped, [&] {
        ++done;
        if (progress)
            progress(int(done * 100 / n));
    });
    if (!ok)
        stop = true;
    if (helper.joinable())
        helper.join();
    if (!ok || !secondError.isEmpty()) {
        if (ok)
            *error = secondError;
        return std::nullopt;
    }
    if (cancel && cancel()) {
        *error = tr("The trend was canceled.");
        return std::nullopt;
    }

    collect(input, outputs, &result);
    if (progress)
        progress(100);
    return result;
}

} // namespace swb
