#include "model/analytics/clvservice.h"

#include "analysis/clvscoring.h"
#include "model/analytics/clvsave.h"
#include "model/analytics/distributioncalculator.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace swb {

namespace {

QJsonObject rule(const QString& field, const QString& op, double value)
{
    return QJsonObject{
        {QStringLiteral("field"), field}, {QStringLiteral("operator"), op}, {QStringLiteral("value"), value}};
}

QByteArray definition(const QJsonArray& rules)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("combinator"), QStringLiteral("and")}, {QStringLiteral("rules"), rules}})
        .toJson(QJsonDocument::Compact);
}

// The value of `column` of the customer at `percent`% from the top (ties: the rule >= takes them all).
std::optional<double> topThreshold(Database& db, const QString& column, double percent, QString* error)
{
    const QString quoted = quoteIdentifier(column);
    const qint64 n = db.scalar(QStringLiteral("SELECT COUNT(%1) FROM customers").arg(quoted), error).toLongLong();
    if (n == 0) {
        *error = ClvService::tr("No customer has a value of %1.").arg(column);
        return std::nullopt;
    }
    const qint64 rank = std::clamp<qint64>(qint64(std::ceil(percent / 100.0 * double(n))), 1, n);
    const QVariant value
        = db.scalar(QStringLiteral("SELECT %1 FROM customers WHERE %1 IS NOT NULL ORDER BY %1 DESC LIMIT 1 OFFSET %2")
                        .arg(quoted)
                        .arg(rank - 1),
                    error);
    if (!value.isValid())
        return std::nullopt;
    return value.toDouble();
}

// Saves the fields, then the rules of `build` (given the open workspace) as a static segment.
template<typename Build>
ClvSegmentSaved saveSegment(const QString& path, const ClvResult& result, const QString& name, bool storeFields,
                            Build&& build)
{
    ClvSegmentSaved saved;
    if (storeFields && !ClvSave::save(path, result.outcome, result.options, &saved.error))
        return saved;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &saved.error);
    if (!workspace)
        return saved;
    const std::optional<QJsonArray> rules = build(workspace->db(), &saved);
    if (!rules)
        return saved;
    saved.definition = definition(*rules);
    SegmentRepository segments(*workspace);
    saved.name = segments.uniqueName(name);
    if (!segments.saveStaticFromDefinition(saved.name, saved.definition, &saved.error, QStringLiteral("clv")))
        return saved;
    const std::optional<qint64> members = segments.count(saved.name, &saved.error);
    saved.members = members.value_or(0);
    return saved;
}

} // namespace

ClvService::ClvService(QObject* parent)
    : QObject(parent)
{
    m_job.onProgress([this](int perMille, const QString&) { emit progressChanged(perMille / 10); });
}

ClvService::~ClvService() = default; // m_job cancels a running fit

QFuture<ClvResult> ClvService::start(const QString& workspacePath, const ClvOptions& options)
{
    return m_job.start(
        {tr("Fitting the customer-value models"), JobPool::LongRunning},
        [workspacePath, options](JobControl& job) {
            return compute(workspacePath, options, job.cancelCheck(), job.percentCallback());
        },
        [this](const ClvResult& result) {
            if (result.outcome.report)
                emit finished(result);
            else if (!result.canceled)
                emit failed(result.outcome.error);
        });
}

void ClvService::cancel()
{
    m_job.cancel();
}

bool ClvService::isRunning() const
{
    return m_job.isRunning();
}

ClvResult ClvService::compute(const QString& workspacePath, const ClvOptions& options, const CancelCheck& cancel,
                              const ProgressCallback& progress)
{
    ClvResult result;
    result.options = options;
    const auto canceled = [&] {
        return cancel && cancel();
    };
    const auto step = [&](int percent) {
        if (progress)
            progress(percent);
    };
    step(1);
    std::optional<ClvInput> input = ClvInputLoader::load(workspacePath, &result.outcome.error, cancel);
    if (canceled() || !input) {
        result.canceled = canceled();
        return result;
    }
    step(40);
    result.options.calibrationEnd = options.calibrationEnd.value_or(input->asOfDate);
    const qint64 endDay = result.options.calibrationEnd->toJulianDay();
    // The weekly tracking needs only the days after the calibration end (analyse() takes the lines).
    std::vector<ClvOrderLine> holdoutLines;
    std::copy_if(input->lines.begin(), input->lines.end(), std::back_inserter(holdoutLines),
                 [endDay](const ClvOrderLine& line) { return line.day > endDay; });
    ClvReport report
        = ClvInputLoader::analyse(std::move(input->lines), *result.options.calibrationEnd, options, cancel);
    if (canceled()) {
        result.canceled = true;
        return result;
    }
    step(85);
    report.leftOutLines = input->linesWithoutAmount + input->undatedLines + input->unmatchedLines;
    result.outcome.rowIds = std::move(input->rowIds);
    result.outcome.customersVersion = input->customersVersion;
    if (report.fitted && report.backtest)
        report.backtest->weekly = ClvBacktester::weeklyTracking(holdoutLines, report.data, report.bgnbd.params);
    if (report.fitted) {
        std::vector<qint64> groupOf;
        const std::vector<BgNbdGroup> groups = BgNbd::group(report.data.customers, &groupOf);
        const std::vector<ClvScore> scores
            = ClvScoring::score(report.data.customers, groups, groupOf, report.bgnbd.params, report.gammaGamma.params,
                                options.horizonWeeks, options.annualDiscountRate);
        result.predictedClv.reserve(scores.size());
        result.pAlive.reserve(scores.size());
        for (const ClvScore& score : scores) {
            result.predictedClv.push_back(score.clv);
            result.pAlive.push_back(score.pAlive);
        }
        result.clvHistogram = histogram(result.predictedClv, 20, 0, std::nullopt);
        result.pAliveHistogram = histogram(result.pAlive, 10, 0, 1.0);
    }
    result.outcome.report = std::move(report);
    step(100);
    return result;
}

ClvHistogram ClvService::histogram(std::vector<double> values, int bins, double lower, std::optional<double> upper)
{
    ClvHistogram out;
    out.lower = lower;
    out.counts.assign(size_t(bins), 0);
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    if (values.empty())
        return out;
    double top = 0;
    if (upper) {
        top = *upper;
    } else {
        // Up to the 95th percentile: a few very valuable customers would squeeze everyone else into one bar.
        const size_t at = std::min(values.size() - 1, size_t(0.95 * double(values.size())));
        std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(at), values.end());
        top = values[at];
        out.openEnded = true;
    }
    if (!(top > lower))
        top = lower + 1;
    out.width = (top - lower) / bins;
    if (!upper) {
        // Readable bin edges (0–50, 50–100, …): the width rounded up as the Dashboard's histograms round theirs, and
        // as many bins as that width needs to reach the top.
        out.width = DistributionCalculator::niceStep(out.width);
        bins = std::max(1, int(std::ceil((top - lower) / out.width - 1e-9)));
        out.counts.assign(size_t(bins), 0);
    }
    for (const double v : values) {
        const auto bin = qint64(std::floor((v - lower) / out.width));
        ++out.counts[size_t(std::clamp<qint64>(bin, 0, bins - 1))];
    }
    return out;
}

ClvSegmentSaved ClvService::saveTopSegment(const QString& workspacePath, const ClvResult& result, double percent,
                                           const QString& name, bool storeFields)
{
    return saveSegment(workspacePath, result, name, storeFields, [percent](Database& db, ClvSegmentSaved* saved) {
        const std::optional<double> threshold
            = topThreshold(db, QStringLiteral("predicted_clv"), percent, &saved->error);
        if (!threshold)
            return std::optional<QJsonArray>();
        saved->threshold = *threshold;
        return std::optional(QJsonArray{rule(QStringLiteral("predicted_clv"), QStringLiteral(">="), *threshold)});
    });
}

ClvSegmentSaved ClvService::saveAtRiskSegment(const QString& workspacePath, const ClvResult& result, double threshold,
                                              double highSpenderPercent, const QString& name, bool storeFields)
{
    return saveSegment(workspacePath, result, name, storeFields, [=](Database& db, ClvSegmentSaved* saved) {
        QString revenue;
        for (const FieldInfo& field : FieldCatalog::load(db)) {
            if (field.role == FieldRole::Revenue)
                revenue = field.name;
        }
        if (revenue.isEmpty()) {
            saved->error = tr("The customers have no field of role revenue to find past high spenders by: give one "
                              "that role in Fields.");
            return std::optional<QJsonArray>();
        }
        const std::optional<double> spend = topThreshold(db, revenue, highSpenderPercent, &saved->error);
        if (!spend)
            return std::optional<QJsonArray>();
        saved->threshold = threshold;
        return std::optional(QJsonArray{rule(revenue, QStringLiteral(">="), *spend),
                                        rule(QStringLiteral("p_alive"), QStringLiteral("<"), threshold)});
    });
}

} // namespace swb
