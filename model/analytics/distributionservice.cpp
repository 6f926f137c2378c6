#include "model/analytics/distributionservice.h"

#include "model/filter/columnstore.h"
#include "model/selection/storeselections.h"
#include "model/workspace.h"

namespace swb {

namespace {

// The workspace's own connection, its column store (loaded unless given) and the segment's rows in it. On failure
// the outcome's error is set.
struct Prepared
{
    std::unique_ptr<Workspace> workspace;
    std::optional<Bitset> rows;
};

Prepared prepare(const QString& workspacePath, const QString& segment, DistributionOutcome& outcome,
                 const std::function<bool()>& cancel)
{
    Prepared prepared;
    outcome.segment = segment;
    prepared.workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!prepared.workspace)
        return prepared;
    std::unique_ptr<StoreSelections> selections;
    if (outcome.store) {
        selections = std::make_unique<StoreSelections>(*prepared.workspace, outcome.store);
    } else {
        selections = StoreSelections::load(*prepared.workspace, &outcome.error, cancel);
        if (!selections)
            return prepared;
        outcome.store = selections->sharedStore();
    }
    if (cancel && cancel())
        return prepared;
    // Relative dates count from the as-of date; taken from the store, it costs no scan of the customers.
    if (const auto override = prepared.workspace->asOfDateOverride())
        selections->setAsOfDate(*override);
    else if (const auto data = outcome.store->dataAsOfDate())
        selections->setAsOfDate(*data);
    prepared.rows
        = selections->rows(segment.isEmpty() ? Selection::all() : Selection::segment(segment), &outcome.error);
    return prepared;
}

} // namespace

DistributionService::DistributionService(QObject* parent)
    : QObject(parent)
{ }

// The job holds no pointer to this object; m_job cancels it, without blocking.
DistributionService::~DistributionService() = default;

QFuture<DistributionOutcome> DistributionService::start(const QString& workspacePath, const QString& segment,
                                                        const QString& field)
{
    if (workspacePath != m_storePath)
        invalidate();
    m_storePath = workspacePath;
    // Reading the data is long-running work; once it is loaded, a distribution is a short interactive read.
    const JobPool pool = m_store ? JobPool::Interactive : JobPool::LongRunning;
    return m_job.start(
        {tr("Computing the distribution of %1").arg(field), pool},
        [workspacePath, segment, field, store = m_store](JobControl& job) {
            return compute(workspacePath, segment, field, store, job.cancelCheck());
        },
        [this, workspacePath](const DistributionOutcome& outcome) {
            if (outcome.store && workspacePath == m_storePath)
                m_store = outcome.store;
            if (outcome.distribution)
                emit finished(*outcome.distribution, outcome.segment);
            else
                emit failed(outcome.error);
        });
}

void DistributionService::cancel()
{
    m_job.cancel();
}

bool DistributionService::isRunning() const
{
    return m_job.isRunning();
}

void DistributionService::invalidate()
{
    m_store.reset();
    m_storePath.clear();
}

DistributionOutcome DistributionService::compute(const QString& workspacePath, const QString& segment,
                                                 const QString& field, std::shared_ptr<const ColumnStore> store,
                                                 const std::function<bool()>& cancel)
{
    DistributionOutcome outcome;
    outcome.store = std::move(store);
    const Prepared prepared = prepare(workspacePath, segment, outcome, cancel);
    if (prepared.rows && !(cancel && cancel()))
        outcome.distribution = DistributionCalculator::compute(*outcome.store, *prepared.rows, field, &outcome.error);
    return outcome;
}

DistributionOutcome DistributionService::differences(const QString& workspacePath, const QString& segment, int k,
                                                     std::shared_ptr<const ColumnStore> store,
                                                     const std::function<bool()>& cancel)
{
    DistributionOutcome outcome;
    outcome.store = std::move(store);
    const Prepared prepared = prepare(workspacePath, segment, outcome, cancel);
    if (prepared.rows)
        outcome.differences
            = DistributionCalculator::topDifferences(*outcome.store, *prepared.rows, k, &outcome.skippedFields, cancel);
    return outcome;
}

} // namespace swb
