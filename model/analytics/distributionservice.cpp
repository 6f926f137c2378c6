#include "model/analytics/distributionservice.h"

#include "model/filter/columnstore.h"
#include "model/selection/storeselections.h"
#include "model/workspace.h"

namespace swb {

namespace {

// The workspace's own connection and its column store (loaded unless given), relative dates counting from the
// as-of date. On failure the outcome's error is set.
struct Opened
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<StoreSelections> selections;
};

Opened open(const QString& workspacePath, DistributionOutcome& outcome, const std::function<bool()>& cancel)
{
    Opened opened;
    opened.workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!opened.workspace)
        return opened;
    if (outcome.store) {
        opened.selections = std::make_unique<StoreSelections>(*opened.workspace, outcome.store);
    } else {
        opened.selections = StoreSelections::load(*opened.workspace, &outcome.error, cancel);
        if (!opened.selections)
            return opened;
        outcome.store = opened.selections->sharedStore();
    }
    // Relative dates count from the as-of date; taken from the store, it costs no scan of the customers.
    if (const auto override = opened.workspace->asOfDateOverride())
        opened.selections->setAsOfDate(*override);
    else if (const auto data = outcome.store->dataAsOfDate())
        opened.selections->setAsOfDate(*data);
    return opened;
}

// The segment's rows (empty name: the whole base); nothing, with the outcome's error, when it cannot be read.
std::optional<Bitset> rowsOf(Opened& opened, const QString& segment, DistributionOutcome& outcome)
{
    return opened.selections->rows(segment.isEmpty() ? Selection::all() : Selection::segment(segment), &outcome.error);
}

// The workspace's own connection, its column store (loaded unless given) and the segment's rows in it. On failure
// the outcome's error is set.
struct Prepared
{
    Opened opened;
    std::optional<Bitset> rows;
};

Prepared prepare(const QString& workspacePath, const QString& segment, DistributionOutcome& outcome,
                 const std::function<bool()>& cancel)
{
    Prepared prepared;
    outcome.segment = segment;
    prepared.opened = open(workspacePath, outcome, cancel);
    if (!prepared.opened.selections || (cancel && cancel()))
        return prepared;
    prepared.rows = rowsOf(prepared.opened, segment, outcome);
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

QList<DistributionOutcome> DistributionService::differencesMany(const QString& workspacePath,
                                                                const QStringList& segments, int k,
                                                                std::shared_ptr<const ColumnStore> store,
                                                                const std::function<bool()>& cancel)
{
    QList<DistributionOutcome> outcomes(segments.size());
    DistributionOutcome shared;
    shared.store = std::move(store);
    Opened opened = open(workspacePath, shared, cancel);
    std::vector<Bitset> rows;
    QList<const Bitset*> read;
    QList<qsizetype> readIndex;
    rows.reserve(size_t(segments.size()));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        DistributionOutcome& outcome = outcomes[i];
        outcome.segment = segments.at(i);
        outcome.store = shared.store;
        outcome.error = shared.error;
        if (!opened.selections || (cancel && cancel()))
            continue;
        if (auto segmentRows = rowsOf(opened, segments.at(i), outcome)) {
            rows.push_back(std::move(*segmentRows));
            readIndex << i;
        }
    }
    for (const Bitset& segmentRows : rows)
        read << &segmentRows;
    if (read.isEmpty())
        return outcomes;
    QStringList skipped;
    const auto differences = DistributionCalculator::topDifferencesMany(*shared.store, read, k, &skipped, cancel);
    for (qsizetype r = 0; r < differences.size(); ++r) {
        outcomes[readIndex.at(r)].differences = differences.at(r);
        outcomes[readIndex.at(r)].skippedFields = skipped;
    }
    return outcomes;
}

DistributionOutcome DistributionService::differences(const QString& workspacePath, const QString& segment, int k,
                                                     std::shared_ptr<const ColumnStore> store,
                                                     const std::function<bool()>& cancel)
{
    return differencesMany(workspacePath, {segment}, k, std::move(store), cancel).front();
}

} // namespace swb
