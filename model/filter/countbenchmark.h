// Measures live-count latency on a workspace the way the GUI counts: open + load the column store, then evaluate
// a definition cold (per-rule cache cleared before every run), warm, and with its funnel. Used by
// `swb bench count` and tests/benchmarks/bench_count.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace swb {

struct CountBenchmarkOptions
{
    QString workspacePath;
    QByteArray definition;
    int runs = 50;
    int sqlRuns = 3; // SQLite's own count of the same definition, for comparison (0: skip)
    bool useCache = true; // read the column store's copy when current (ColumnStoreCache), and save one after
};

struct CountBenchmarkResult
{
    double openMs = 0; // Workspace::open + field catalog + ColumnStore::load
    double loadMs = 0; // the ColumnStore::load part of openMs
    bool fromCache = false; // the column store was read from its copy, not decoded from SQLite
    double cacheSaveMs = -1; // writing the copy after a load from SQLite (not part of openMs); -1: not written
    double p50Ms = 0; // cold: resolve + evaluate with the per-rule cache cleared
    double p95Ms = 0;
    double cachedP50Ms = 0; // warm: every rule from the cache
    double funnelMs = 0; // cold count + funnel over every rule (median)
    double funnelCachedMs = 0;
    double sqlMs = 0; // median of SQLite's SELECT count(*) … WHERE <compiled>, same process
    qint64 count = 0;
    qint64 sqlCount = -1;
    qint64 rows = 0;
    int rules = 0;
    int runs = 0;
    qint64 storeBytes = 0;

    QJsonObject toJson() const;
};

class CountBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(swb::CountBenchmark)

public:
    static std::optional<CountBenchmarkResult> run(const CountBenchmarkOptions& options, QString* error);
};

} // namespace swb
