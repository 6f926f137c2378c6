#include "model/filter/countbenchmark.h"

#include "analysis/benchstats.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/columnstorecache.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace swb {

using BenchStats::elapsedMs;
using BenchStats::percentile;
using BenchStats::round2;

QJsonObject CountBenchmarkResult::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("open_ms"), round2(openMs));
    json.insert(QStringLiteral("load_ms"), round2(loadMs));
    json.insert(QStringLiteral("store_from"), fromCache ? QStringLiteral("cache") : QStringLiteral("sqlite"));
    if (cacheSaveMs >= 0)
        json.insert(QStringLiteral("cache_save_ms"), round2(cacheSaveMs));
    json.insert(QStringLiteral("p50_ms"), round2(p50Ms));
    json.insert(QStringLiteral("p95_ms"), round2(p95Ms));
    json.insert(QStringLiteral("funnel_ms"), round2(funnelMs));
    json.insert(QStringLiteral("count"), count);
    json.insert(QStringLiteral("cached_p50_ms"), round2(cachedP50Ms));
    json.insert(QStringLiteral("funnel_cached_ms"), round2(funnelCachedMs));
    if (sqlCount >= 0) {
        json.insert(QStringLiteral("sqlite_ms"), round2(sqlMs));
        json.insert(QStringLiteral("sqlite_count"), sqlCount);
    }
    json.insert(QStringLiteral("rows"), rows);
    json.insert(QStringLiteral("rules"), rules);
    json.insert(QStringLiteral("runs"), runs);
    json.insert(QStringLiteral("store_mb"), round2(double(storeBytes) / (1024.0 * 1024.0)));
    return json;
}

std::optional<CountBenchmarkResult> CountBenchmark::run(const CountBenchmarkOptions& options, QString* error)
{
    CountBenchmarkResult result;
    result.runs = std::max(1, options.runs);

    QElapsedTimer open;
    open.start();
    auto workspace = Workspace::open(options.workspacePath, Workspace::OpenMode::OpenExisting, error);
    if (!workspace)
        return std::nullopt;
    if (!workspace->hasCustomers()) {
        if (error)
            *error = tr("The workspace %1 has no customers yet. Import a customers file first.")
                         .arg(options.workspacePath);
        return std::nullopt;
    }
    const QList<FieldInfo> fields = workspace->fields();
    const auto key = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    QElapsedTimer load;
    load.start();
    ColumnStoreCache::Options cacheOptions = ColumnStoreCache::defaultOptions();
    if (!options.useCache)
        cacheOptions.directory.clear();
    const ColumnStoreCache cache(cacheOptions);
    ColumnStoreCache::Result loaded = cache.load(workspace->db(), fields, key ? key->name : QString(), error);
    std::shared_ptr<const ColumnStore> store(std::move(loaded.store));
    if (!store)
        return std::nullopt;
    result.loadMs = elapsedMs(load);
    result.openMs = elapsedMs(open);
    result.fromCache = loaded.fromCache;
    if (!loaded.keyToSave.isEmpty()) {
        QElapsedTimer save;
        save.start();
        if (cache.save(options.workspacePath, *store, loaded.keyToSave))
            result.cacheSaveMs = elapsedMs(save);
    }
    result.rows = store->rowCount();
    result.storeBytes = store->memoryBytes();

    const QString keyExpression = workspace->customerKeyExpression();
    FilterEvaluator evaluator(store);
    evaluator.setDatabase(&workspace->db(), keyExpression);
    // A live count resolves the definition each time (the catalog or segments may have changed); the as-of
    // date is read once per session, as the count service does.
    FilterContext context = FilterContext::fromWorkspace(*workspace);
    auto countOnce = [&](bool cold, bool withFunnel, double* ms) -> bool {
        if (cold)
            evaluator.clearCache();
        QElapsedTimer timer;
        timer.start();
        FilterContext fresh = context;
        fresh.fields = workspace->fields();
        const auto resolved = FilterResolver::resolve(options.definition, fresh, error);
        if (!resolved)
            return false;
        if (withFunnel) {
            const auto funnel = evaluator.funnel(*resolved, error);
            if (!funnel)
                return false;
            result.count = funnel->count;
            result.rules = funnel->ruleCount;
        } else {
            const auto count = evaluator.count(*resolved, error);
            if (!count)
                return false;
            result.count = *count;
        }
        *ms = elapsedMs(timer);
        return true;
    };

    std::vector<double> cold;
    std::vector<double> warm;
    std::vector<double> funnel;
    std::vector<double> funnelWarm;
    double ms = 0;
    if (!countOnce(true, true, &ms)) // warm-up: page faults of the first pass are not a count's cost
        return std::nullopt;
    for (int i = 0; i < result.runs; ++i) {
        if (!countOnce(true, false, &ms))
            return std::nullopt;
        cold.push_back(ms);
        if (!countOnce(false, false, &ms))
            return std::nullopt;
        warm.push_back(ms);
    }
    const int funnelRuns = std::max(5, result.runs / 5);
    for (int i = 0; i < funnelRuns; ++i) {
        if (!countOnce(true, true, &ms))
            return std::nullopt;
        funnel.push_back(ms);
        if (!countOnce(false, true, &ms))
            return std::nullopt;
        funnelWarm.push_back(ms);
    }
    result.p50Ms = percentile(cold, 0.50);
    result.p95Ms = percentile(cold, 0.95);
    result.cachedP50Ms = percentile(warm, 0.50);
    result.funnelMs = percentile(funnel, 0.50);
    result.funnelCachedMs = percentile(funnelWarm, 0.50);

    if (options.sqlRuns > 0) {
        const auto resolved = FilterResolver::resolve(options.definition, context, error);
        if (!resolved)
            return std::nullopt;
        const CompiledFilter compiled = FilterCompiler::compile(*resolved, keyExpression);
        std::vector<double> sql;
        for (int i = 0; i < options.sqlRuns; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto count = FilterCompiler::count(workspace->db(), compiled, error);
            if (!count)
                return std::nullopt;
            sql.push_back(elapsedMs(timer));
            result.sqlCount = *count;
        }
        result.sqlMs = percentile(sql, 0.50);
    }
    return result;
}

} // namespace swb
