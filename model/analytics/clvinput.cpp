#include "model/analytics/clvinput.h"

#include "analysis/clvcheck.h"
#include "analysis/clvscoring.h"
#include "model/analytics/orderlines.h"
#include "model/customerchanges.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstorecache.h"
#include "model/workspace.h"

#include <QJsonArray>

#include <cmath>

namespace swb {

namespace {

constexpr double s_moneyScale = 1e6; // OrderLines::units are millionths

QJsonObject backtestJson(const ClvBacktest& backtest)
{
    QJsonArray bins;
    for (const ClvFrequencyBin& bin : backtest.byFrequency)
        bins.append(QJsonObject{{QStringLiteral("x"), bin.x},
                                {QStringLiteral("customers"), bin.customers},
                                {QStringLiteral("actual"), bin.actual},
                                {QStringLiteral("predicted"), bin.predicted}});
    return {{QStringLiteral("holdout_weeks"), backtest.holdoutWeeks},
            {QStringLiteral("actual"), backtest.actual},
            {QStringLiteral("predicted"), backtest.predicted},
            {QStringLiteral("mae"), backtest.meanAbsoluteError},
            {QStringLiteral("by_frequency"), bins}};
}

// P(alive) and predicted CLV of every customer, summarised (customers whose numbers are not finite left out).
void score(ClvReport& report, const ClvOptions& options)
{
    double clvSum = 0;
    double aliveSum = 0;
    qint64 scored = 0;
    std::vector<qint64> groupOf;
    const std::vector<BgNbdGroup> groups = BgNbd::group(report.data.customers, &groupOf);
    for (const ClvScore& s :
         ClvScoring::score(report.data.customers, groups, groupOf, report.bgnbd.params, report.gammaGamma.params,
                           options.horizonWeeks, options.annualDiscountRate)) {
        const double clv = s.clv;
        const double alive = s.pAlive;
        if (!std::isfinite(clv) || !std::isfinite(alive))
            continue;
        clvSum += clv;
        aliveSum += alive;
        ++scored;
    }
    report.totalPredictedClv = clvSum;
    report.meanPredictedClv = scored > 0 ? clvSum / double(scored) : 0;
    report.meanPAlive = scored > 0 ? aliveSum / double(scored) : 0;
}

} // namespace

QJsonObject ClvReport::toJson() const
{
    QJsonObject out{{QStringLiteral("customers"), qint64(data.customers.size())},
                    {QStringLiteral("repeat_customers"), data.repeatCustomers()}};
    if (fitted) {
        const BgNbdParams& b = bgnbd.params;
        out.insert(QStringLiteral("bgnbd"),
                   QJsonObject{{QStringLiteral("r"), b.r},
                               {QStringLiteral("alpha"), b.alpha},
                               {QStringLiteral("a"), b.a},
                               {QStringLiteral("b"), b.b},
                               {QStringLiteral("log_likelihood"), bgnbd.logLikelihood},
                               {QStringLiteral("converged"), bgnbd.converged}});
        const GammaGammaParams& g = gammaGamma.params;
        out.insert(QStringLiteral("gamma_gamma"),
                   QJsonObject{{QStringLiteral("p"), g.p},
                               {QStringLiteral("q"), g.q},
                               {QStringLiteral("gamma"), g.gamma},
                               {QStringLiteral("log_likelihood"), gammaGamma.logLikelihood}});
        if (backtest)
            out.insert(QStringLiteral("backtest"), backtestJson(*backtest));
    }
    if (!problems.isEmpty())
        out.insert(QStringLiteral("error"), problems.join(QLatin1Char('\n')));
    return out;
}

std::optional<ClvInput> ClvInputLoader::load(const QString& workspacePath, QString* error, const CancelCheck& cancel)
{
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, error);
    if (!workspace)
        return std::nullopt;
    QString reason;
    if (!OrderLines::available(workspace->db(), &reason)) {
        *error = tr("Predicted customer value needs order lines with a customer key, an order date and an amount: "
                    "%1")
                     .arg(reason);
        return std::nullopt;
    }
    const QList<FieldInfo> fields = workspace->fields();
    const auto keyField = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    const ColumnStoreCache cache;
    const ColumnStoreCache::Result loaded
        = cache.load(workspace->db(), fields, keyField ? keyField->name : QString(), error, cancel);
    if (!loaded.store)
        return std::nullopt;
    if (!loaded.keyToSave.isEmpty())
        cache.save(workspace->path(), *loaded.store, loaded.keyToSave);
    const std::optional<OrderLines> orderLines = OrderLines::load(workspace->db(), *loaded.store, error, cancel);
    if (!orderLines)
        return std::nullopt;
    ClvInput input;
    input.asOfDate = workspace->asOfDate();
    input.rowIds = loaded.store->rowIds();
    input.customersVersion = customerchanges::version(workspace->db());
    input.undatedLines = orderLines->undatedLines;
    input.unmatchedLines = orderLines->unmatchedLines;
    input.lines.reserve(size_t(orderLines->size()));
    for (qint64 i = 0; i < orderLines->size(); ++i) {
        const auto at = size_t(i);
        if (!(orderLines->flags[at] & OrderLines::HasAmount)) {
            ++input.linesWithoutAmount;
            continue;
        }
        input.lines.push_back(
            {qint64(orderLines->rows[at]), qint64(orderLines->days[at]), double(orderLines->units[at]) / s_moneyScale});
    }
    return input;
}

ClvReport ClvInputLoader::analyse(std::vector<ClvOrderLine> lines, QDate calibrationEnd, const ClvOptions& options,
                                  const CancelCheck& cancel)
{
    ClvReport report;
    report.calibrationEnd = calibrationEnd;
    report.data = ClvDataBuilder::summarise(std::move(lines), calibrationEnd.toJulianDay());
    report.problems = ClvCheck::beforeFit(report.data);
    if (!report.problems.isEmpty())
        return report;
    report.bgnbd = BgNbd::fit(BgNbd::group(report.data.customers), {}, cancel);
    report.gammaGamma = GammaGamma::fit(GammaGamma::observations(report.data.customers), {}, cancel);
    if (report.bgnbd.cancelled || report.gammaGamma.cancelled) {
        report.problems << tr("The fit was canceled.");
        return report;
    }
    report.fitted = true;
    report.problems = ClvCheck::afterFit(report.bgnbd, report.gammaGamma);
    if (report.data.holdoutWeeks > 0)
        report.backtest = ClvBacktester::run(report.data, report.bgnbd.params, report.gammaGamma.params);
    score(report, options);
    return report;
}

ClvOutcome ClvInputLoader::compute(const QString& workspacePath, const ClvOptions& options, const CancelCheck& cancel)
{
    ClvOutcome outcome;
    std::optional<ClvInput> input = load(workspacePath, &outcome.error, cancel);
    if (!input)
        return outcome;
    const QDate end = options.calibrationEnd.value_or(input->asOfDate);
    outcome.report = analyse(std::move(input->lines), end, options, cancel);
    outcome.report->leftOutLines = input->linesWithoutAmount + input->undatedLines + input->unmatchedLines;
    outcome.rowIds = std::move(input->rowIds);
    outcome.customersVersion = input->customersVersion;
    return outcome;
}

} // namespace swb
