#include "model/analytics/trendservice.h"

#include "model/analytics/orderlinescache.h"
#include "model/customerchanges.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstorecache.h"
#include "model/filter/segmentlookup.h"
#include "model/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <chrono>
#include <cstdio>
#include <mutex>

namespace swb {

namespace {

// The customers and order lines of the last request, for the next one on the same unchanged workspace (the
// dashboard asks again whenever a segment or the range changes).
struct Kept
{
    QString path;
    QByteArray key;
    std::shared_ptr<const ColumnStore> store;
    std::shared_ptr<const OrderLines> lines;
};

std::mutex s_keptMutex;
Kept s_kept;
// One load at a time: a request made while another loads (the data prepared after an import, the dashboard's first
// trend) waits for it and takes what it kept instead of reading everything a second time.
std::timed_mutex s_loadMutex;

// What the kept data was read from: the customers' version (cleared by every change of customers, which every
// orders import rewrites), the schema and the orders' extent.
QByteArray dataKey(Database& db)
{
    const QString version = customerchanges::ensureVersion(db);
    if (version.isEmpty())
        return {};
    const QString schema = db.scalar(QStringLiteral("PRAGMA schema_version")).toString();
    const QString orders = db.scalar(QStringLiteral("SELECT max(rowid) FROM orders")).toString();
    return QStringLiteral("%1 %2 %3").arg(version, schema, orders).toUtf8();
}

// The customers and their order lines: kept ones when current, else loaded (and kept).
bool loadData(Workspace& workspace, std::shared_ptr<const ColumnStore>* store, std::shared_ptr<const OrderLines>* lines,
              bool* kept, QString* error, const CancelCheck& cancel, const ProgressCallback& progress)
{
    QElapsedTimer timer;
    timer.start();
    const QString path = QFileInfo(workspace.path()).absoluteFilePath();
    const QByteArray key = dataKey(workspace.db());
    const auto takeKept = [&] {
        const std::lock_guard lock(s_keptMutex);
        if (key.isEmpty() || s_kept.path != path || s_kept.key != key)
            return false;
        *store = s_kept.store;
        *lines = s_kept.lines;
        *kept = true;
        return true;
    };
    if (takeKept())
        return true;
    std::unique_lock loading(s_loadMutex, std::defer_lock);
    while (!loading.try_lock_for(std::chrono::milliseconds(50))) {
        if (cancel && cancel()) {
            *error = TrendService::tr("The trend was canceled.");
            return false;
        }
    }
    if (takeKept())
        return true;
    const QList<FieldInfo> fields = workspace.fields();
    const auto keyField = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    const ColumnStoreCache cache;
    ColumnStoreCache::Result loaded = cache.load(workspace.db(), fields, keyField ? keyField->name : QString(), error,
                                                 cancel, [&](qint64 done, qint64 total) {
                                                     if (progress && total > 0)
                                                         progress(int(done * 30 / total));
                                                 });
    if (!loaded.store)
        return false;
    if (!loaded.keyToSave.isEmpty())
        cache.save(workspace.path(), *loaded.store, loaded.keyToSave);
    const double storeMs = double(timer.nsecsElapsed()) / 1e6;
    bool linesFromCopy = false;
    auto orderLines
        = OrderLinesCache().load(workspace.db(), *loaded.store, error, &linesFromCopy, cancel, [&](int percent) {
              if (progress)
                  progress(30 + percent * 40 / 100);
          });
    if (!orderLines)
        return false;
    if (qEnvironmentVariableIsSet("SWB_TREND_PROFILE"))
        std::fprintf(stderr, "trend: customers %.0f ms (%s), order lines %.0f ms (%s, %lld lines, %.0f MB)\n", storeMs,
                     loaded.fromCache ? "copy" : "SQLite", double(timer.nsecsElapsed()) / 1e6 - storeMs,
                     linesFromCopy ? "copy" : "SQLite", static_cast<long long>(orderLines->size()),
                     double(orderLines->memoryBytes()) / 1e6);
    *store = std::shared_ptr<const ColumnStore>(std::move(loaded.store));
    *lines = std::make_shared<const OrderLines>(std::move(*orderLines));
    if (!key.isEmpty() && dataKey(workspace.db()) == key) {
        const std::lock_guard lock(s_keptMutex);
        s_kept = Kept{path, key, *store, *lines};
    }
    return true;
}

} // namespace

TrendService::TrendService(QObject* parent)
    : QObject(parent)
{
    m_job.onProgress([this](int perMille, const QString&) { emit progressChanged(perMille / 10); });
}

// The job holds no pointer to this object; m_job cancels it so it stops early, without blocking.
TrendService::~TrendService() = default;

QFuture<TrendOutcome> TrendService::start(const QString& workspacePath, const QStringList& segments,
                                          const TrendRange& range)
{
    return m_job.start(
        {tr("Computing the trend"), JobPool::LongRunning},
        [workspacePath, segments, range](JobControl& job) {
            return compute(workspacePath, segments, range, job.cancelCheck(), job.percentCallback());
        },
        [this](const TrendOutcome& outcome) {
            if (outcome.result)
                emit finished(*outcome.result);
            else
                emit failed(outcome.error);
        });
}

void TrendService::cancel()
{
    m_job.cancel();
}

bool TrendService::isRunning() const
{
    return m_job.isRunning();
}

void TrendService::clearKept()
{
    const std::lock_guard lock(s_keptMutex);
    s_kept = Kept();
}

QString TrendService::note()
{
    return tr("Back-calculated from the order lines: orders count, revenue, first and last purchase and average "
              "order value as of each date; relative dates count from it; a customer counts from the signup date "
              "or the first order. All other fields are taken as they are today.");
}

bool TrendService::prepare(const QString& workspacePath, QString* error, const CancelCheck& cancel,
                           const ProgressCallback& progress)
{
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, error);
    if (!workspace)
        return false;
    if (!workspace->hasCustomers()) {
        *error = tr("The workspace has no customers yet. Import a customers file first.");
        return false;
    }
    if (!OrderLines::available(workspace->db(), error))
        return false;
    std::shared_ptr<const ColumnStore> store;
    std::shared_ptr<const OrderLines> lines;
    bool kept = false;
    // loadData reports 0…70 (the rest is a trend's computing).
    return loadData(*workspace, &store, &lines, &kept, error, cancel, [&](int percent) {
        if (progress)
            progress(percent * 100 / 70);
    });
}

QFuture<bool> TrendService::prepareInBackground(const QString& workspacePath)
{
    return Jobs::start<bool>({tr("Preparing the data for trends"), JobPool::LongRunning},
                             [workspacePath](JobControl& job) {
                                 QString error;
                                 return prepare(workspacePath, &error, job.cancelCheck(), job.percentCallback());
                             });
}

TrendOutcome TrendService::compute(const QString& workspacePath, const QStringList& segments, const TrendRange& range,
                                   const CancelCheck& cancel, const ProgressCallback& progress)
{
    TrendOutcome outcome;
    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!workspace)
        return outcome;
    if (!workspace->hasCustomers()) {
        outcome.error = tr("The workspace has no customers yet. Import a customers file first.");
        return outcome;
    }
    if (!OrderLines::available(workspace->db(), &outcome.error))
        return outcome;

    TrendInput input;
    input.context = FilterContext::fromWorkspace(*workspace);
    const SegmentLookup lookup = databaseSegmentLookup(workspace->db());
    for (const QString& name : segments) {
        if (!lookup(name)) {
            outcome.error = tr("There is no segment called \"%1\".").arg(name);
            return outcome;
        }
        input.segments << TrendSegment{name, FilterResolver::segmentReference(name)};
    }
    const bool byRange = range.from.isValid() || range.to.isValid();
    input.dates = byRange
        ? TrendCalculator::periodEnds(range.from, range.to, range.step)
        : TrendCalculator::lastMonths(range.asOf.value_or(workspace->asOfDate()), range.months, range.step);
    if (input.dates.isEmpty()) {
        outcome.error = byRange ? tr("No month or week ends between %1 and %2: choose a longer range.")
                                      .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate))
                                : tr("Choose at least one month.");
        return outcome;
    }
    if (input.dates.size() > TrendCalculator::maxPoints) {
        outcome.error = tr("A trend has at most %1 points; choose a shorter range or monthly steps.")
                            .arg(TrendCalculator::maxPoints);
        return outcome;
    }

    if (!loadData(*workspace, &input.store, &input.lines, &outcome.keptData, &outcome.error, cancel, progress))
        return outcome;
    outcome.loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    input.kpis = range.kpis;
    input.db = &workspace->db();
    input.keyExpression = workspace->customerKeyExpression();
    outcome.result = TrendCalculator::compute(input, &outcome.error, cancel, [&](int percent) {
        if (progress)
            progress(70 + percent * 30 / 100);
    });
    outcome.computeSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (qEnvironmentVariableIsSet("SWB_TREND_PROFILE"))
        std::fprintf(stderr, "trend: %lld points in %.0f ms\n", static_cast<long long>(input.dates.size()),
                     outcome.computeSeconds * 1e3);
    return outcome;
}

} // namespace swb
