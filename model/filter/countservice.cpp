#include "model/filter/countservice.h"

#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/columnstorecache.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgcancelwatch.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"
#include "model/workspacelocation.h"

#include <QFileInfo>
#include <QMetaObject>

namespace swb {

// Everything one loaded workspace needs for counting; shared with the worker that is using it, so that a
// service destroyed or reloaded meanwhile never pulls it from under a running count.
struct CountService::Engine
{
    std::unique_ptr<Workspace> workspace; // the worker's own connection
    std::shared_ptr<const ColumnStore> store;
    std::unique_ptr<FilterEvaluator> evaluator;
    QDate dataAsOfDate; // from the data at load time; an override set later is read per request
    QByteArray cacheKeyToSave; // loaded from SQLite: a copy may be kept under this key
    QString error;
    // A workspace on a PostgreSQL server instead: every count runs there (one statement), nothing is loaded.
    std::unique_ptr<PgWorkspace> server;
    qint64 serverRows = 0;

    qint64 rowCount() const { return server ? serverRows : store->rowCount(); }
};

namespace {

std::shared_ptr<CountService::Engine> loadEngine(const QString& path, JobControl& job);
CountService::Outcome countRequest(const CountService::Engine& engine, int requestId, const QByteArray& definition,
                                   bool withFunnel, const JobControl& job);

} // namespace

CountService::CountService(QObject* parent)
    : QObject(parent)
{
    m_load.onProgress([this](int perMille, const QString&) { emit loadProgress(perMille / 10); });
}

// No waiting: running jobs own what they use; m_load and m_count cancel them.
CountService::~CountService() = default;

void CountService::open(const QString& workspacePath)
{
    m_path = workspacePath;
    m_engine.reset();
    startLoad();
}

void CountService::reload()
{
    if (!m_path.isEmpty())
        startLoad();
}

void CountService::cancelLoad()
{
    if (m_state == State::Loading)
        m_load.requestCancel();
}

qint64 CountService::rowCount() const
{
    return m_engine ? m_engine->rowCount() : 0;
}

void CountService::startLoad()
{
    m_state = State::Loading;
    m_load.start(
        {tr("Loading %1 for counting").arg(WorkspaceLocation::displayName(m_path)), JobPool::LongRunning},
        [path = m_path](JobControl& job) { return loadEngine(path, job); },
        [this](const std::shared_ptr<Engine>& engine) { loadFinished(engine); }, [this] { onLoadCanceled(); });
}

void CountService::onLoadCanceled()
{
    m_state = m_engine ? State::Ready : State::Idle;
    emit loadCanceled();
}

void CountService::loadFinished(const std::shared_ptr<Engine>& engine)
{
    if (!engine->error.isEmpty()) {
        if (!m_engine)
            m_state = State::Failed;
        else
            m_state = State::Ready;
        emit loadFailed(engine->error);
        if (!m_engine && m_pending) {
            const int id = m_pending->id;
            m_pending.reset();
            emit countFailed(id, engine->error);
        }
        return;
    }
    m_engine = engine;
    m_state = State::Ready;
    if (!m_engine->cacheKeyToSave.isEmpty())
        saveToCache(*m_engine);
    emit loaded(m_engine->rowCount());
    if (m_pending && !m_counting) {
        const Request request = *m_pending;
        m_pending.reset();
        startCount(request);
    }
}

int CountService::requestCount(const QByteArray& definitionJson, bool withFunnel)
{
    const Request request{++m_nextId, definitionJson, withFunnel};
    m_latestId = request.id;
    if (!m_engine && m_state != State::Loading) {
        const QString error = m_state == State::Failed ? tr("The workspace could not be loaded for counting.")
                                                       : tr("No workspace is open for counting.");
        // Queued, so that the caller has the id before the answer arrives.
        QMetaObject::invokeMethod(
            this, [this, id = request.id, error] { emit countFailed(id, error); }, Qt::QueuedConnection);
        return request.id;
    }
    if (!m_engine || m_counting) {
        m_pending = request; // supersedes an older pending request
        if (m_counting)
            m_count.requestCancel(); // its result is outdated anyway; let it stop early
        return request.id;
    }
    startCount(request);
    return request.id;
}

void CountService::saveToCache(const Engine& engine)
{
    // Written beside the counting: the next opening of this workspace reads it instead of SQLite. A copy is
    // written whole or not at all: cancelled, nothing is kept (the next opening reads SQLite again).
    Jobs::start<bool>(
        {tr("Keeping a copy of %1 for faster opening").arg(QFileInfo(m_path).fileName()), JobPool::LongRunning},
        [path = m_path, store = engine.store, key = engine.cacheKeyToSave](JobControl& job) {
            return ColumnStoreCache().save(path, *store, key, nullptr, job.cancelCheck());
        });
}

void CountService::startCount(const Request& request)
{
    m_counting = true;
    m_countingId = request.id;
    m_count.start(
        {tr("Counting the customers of the definition"), JobPool::Interactive},
        [engine = m_engine, request](JobControl& job) {
            return countRequest(*engine, request.id, request.definition, request.withFunnel, job);
        },
        [this](const Outcome& outcome) { countFinished(&outcome); }, [this] { countFinished(nullptr); });
}

void CountService::countFinished(const Outcome* outcome)
{
    m_counting = false;
    if (outcome && outcome->requestId == m_latestId) {
        if (outcome->ok)
            emit countReady(outcome->requestId, outcome->count, outcome->funnel);
        else
            emit countFailed(outcome->requestId, outcome->error);
    } else if (!outcome && !m_pending && m_countingId == m_latestId) {
        emit countFailed(m_countingId, tr("The count was cancelled."));
    }
    if (m_pending && m_engine) {
        const Request request = *m_pending;
        m_pending.reset();
        startCount(request);
    }
}

namespace {

// Workspace::asOfDate() without its override, from the loaded store when it can tell.
QDate dataAsOfDate(Workspace& workspace, const ColumnStore& store)
{
    if (const auto date = store.dataAsOfDate())
        return *date;
    return workspace.asOfDate(); // the store cannot tell: let the workspace query it
}

// The count, or the count with the funnel, of a resolved definition: from the column store, or on the server.
void evaluate(const CountService::Engine& engine, const ResolvedGroup& definition, bool withFunnel,
              CountService::Outcome* outcome)
{
    QString* error = &outcome->error;
    if (withFunnel) {
        auto funnel
            = engine.server ? engine.server->funnel(definition, error) : engine.evaluator->funnel(definition, error);
        if (funnel) {
            outcome->count = funnel->count;
            outcome->funnel = std::move(*funnel);
            outcome->ok = true;
        }
    } else if (const auto count
               = engine.server ? engine.server->count(definition, error) : engine.evaluator->count(definition, error)) {
        outcome->count = *count;
        outcome->funnel.total = engine.rowCount();
        outcome->funnel.count = *count;
        outcome->ok = true;
    }
}

// On a server: the count, or the funnel, in one statement; a newer request or a cancel in the JobTracker stops it
// there (PQcancel).
CountService::Outcome countOnServer(const CountService::Engine& engine, int requestId, const QByteArray& definition,
                                    bool withFunnel, const JobControl& job)
{
    CountService::Outcome outcome;
    outcome.requestId = requestId;
    PgWorkspace& server = *engine.server;
    // The server may have restarted since the last count: a new connection then, and the count goes on.
    server.connection().reconnectIfLost();
    const auto resolved
        = FilterResolver::resolve(definition, server.filterContext(engine.dataAsOfDate), &outcome.error);
    if (!resolved || job.isCanceled())
        return outcome;
    const PgCancelWatch watch(server.connection(), job.cancelCheck());
    evaluate(engine, *resolved, withFunnel, &outcome);
    if (watch.fired())
        outcome.error = CountService::tr("The count was cancelled.");
    return outcome;
}

// The workspace on a server: connected and checked; the customers are counted once, for the funnel's total.
std::shared_ptr<CountService::Engine> loadServer(const QString& uri)
{
    auto engine = std::make_shared<CountService::Engine>();
    QString error;
    engine->server = PgWorkspace::open(uri, &error);
    const auto rows = engine->server
        ? engine->server->connection().queryInt64(QStringLiteral("SELECT count(*) FROM customers"), {}, &error)
        : std::nullopt;
    if (!rows) {
        engine->error = error;
        engine->server.reset();
        return engine;
    }
    engine->serverRows = *rows;
    engine->dataAsOfDate = engine->server->asOfDate();
    return engine;
}

CountService::Outcome countRequest(const CountService::Engine& engine, int requestId, const QByteArray& definition,
                                   bool withFunnel, const JobControl& job)
{
    if (engine.server)
        return countOnServer(engine, requestId, definition, withFunnel, job);
    CountService::Outcome outcome;
    outcome.requestId = requestId;
    FilterContext context;
    context.fields = engine.workspace->fields();
    context.orderFields = engine.workspace->fields(QStringLiteral("orders"));
    context.asOfDate = engine.workspace->asOfDateOverride().value_or(engine.dataAsOfDate);
    context.segments = databaseSegmentLookup(engine.workspace->db());
    const auto resolved = FilterResolver::resolve(definition, context, &outcome.error);
    if (!resolved || job.isCanceled())
        return outcome;
    evaluate(engine, *resolved, withFunnel, &outcome);
    return outcome;
}

std::shared_ptr<CountService::Engine> loadEngine(const QString& path, JobControl& job)
{
    if (PgWorkspace::isUri(path))
        return loadServer(path);
    auto engine = std::make_shared<CountService::Engine>();
    QString error;
    engine->workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (!engine->workspace) {
        engine->error = error;
        return engine;
    }
    if (!engine->workspace->hasCustomers()) {
        engine->error = CountService::tr("The workspace has no customers yet. Import a customers file first.");
        return engine;
    }
    const QList<FieldInfo> fields = engine->workspace->fields();
    const auto key = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    // Up to 99 % while the columns are read: the evaluator is set up after them.
    ColumnStoreCache::Result loaded = ColumnStoreCache().load(
        engine->workspace->db(), fields, key ? key->name : QString(), &error, job.cancelCheck(),
        [&job](qint64 done, qint64 total) { job.setProgress(99 * std::min(done, total), 100 * total); });
    engine->store = std::shared_ptr<const ColumnStore>(std::move(loaded.store));
    if (!engine->store) {
        engine->error = error;
        return engine;
    }
    engine->cacheKeyToSave = loaded.keyToSave;
    engine->dataAsOfDate = dataAsOfDate(*engine->workspace, *engine->store);
    engine->evaluator = std::make_unique<FilterEvaluator>(engine->store);
    engine->evaluator->setDatabase(&engine->workspace->db(), engine->workspace->customerKeyExpression());
    job.setPercent(100);
    return engine;
}

} // namespace

} // namespace swb
