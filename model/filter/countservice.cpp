#include "model/filter/countservice.h"

#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/columnstorecache.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"

#include <QMetaObject>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>

namespace swb {

// Everything one loaded workspace needs for counting; shared with the worker that is using it, so that a
// service destroyed or reloaded meanwhile never pulls it from under a running count.
struct CountService::Engine
{
    std::unique_ptr<Workspace> workspace; // the worker's own connection
    std::shared_ptr<const ColumnStore> store;
    std::unique_ptr<FilterEvaluator> evaluator;
    QDate dataAsOfDate; // from the data at load time; an override set later is read per request
    QString error;
};

namespace {

std::shared_ptr<CountService::Engine> loadEngine(const QString& path,
                                                 QPromise<std::shared_ptr<CountService::Engine>>& promise);

} // namespace

CountService::CountService(QObject* parent)
    : QObject(parent)
{
    connect(&m_loadWatcher, &QFutureWatcher<std::shared_ptr<Engine>>::finished, this, &CountService::loadFinished);
    connect(&m_loadWatcher, &QFutureWatcher<std::shared_ptr<Engine>>::progressValueChanged, this,
            &CountService::loadProgress);
    connect(&m_countWatcher, &QFutureWatcher<Outcome>::finished, this, &CountService::countFinished);
}

CountService::~CountService()
{
    // No waiting: running tasks own what they use.
    m_loadWatcher.cancel();
    m_countWatcher.cancel();
}

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
        m_loadWatcher.cancel();
}

qint64 CountService::rowCount() const
{
    return m_engine ? m_engine->store->rowCount() : 0;
}

void CountService::startLoad()
{
    m_loadWatcher.cancel();
    m_state = State::Loading;
    m_loadWatcher.setFuture(QtConcurrent::run([path = m_path](QPromise<std::shared_ptr<Engine>>& promise) {
        promise.setProgressRange(0, 100);
        if (promise.isCanceled())
            return;
        auto engine = loadEngine(path, promise);
        if (!promise.isCanceled())
            promise.addResult(std::move(engine));
    }));
}

void CountService::loadFinished()
{
    const QFuture<std::shared_ptr<Engine>> future = m_loadWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_state = m_engine ? State::Ready : State::Idle;
        emit loadCanceled();
        return;
    }
    std::shared_ptr<Engine> engine = future.result();
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
    m_engine = std::move(engine);
    m_state = State::Ready;
    emit loaded(m_engine->store->rowCount());
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
            m_countWatcher.cancel(); // its result is outdated anyway; let it stop early
        return request.id;
    }
    startCount(request);
    return request.id;
}

void CountService::startCount(const Request& request)
{
    m_counting = true;
    m_countWatcher.setFuture(QtConcurrent::run([engine = m_engine, request](QPromise<Outcome>& promise) {
        Outcome outcome;
        outcome.requestId = request.id;
        FilterContext context;
        context.fields = engine->workspace->fields();
        context.asOfDate = engine->workspace->asOfDateOverride().value_or(engine->dataAsOfDate);
        context.segments = databaseSegmentLookup(engine->workspace->db());
        const auto resolved = FilterResolver::resolve(request.definition, context, &outcome.error);
        if (resolved && !promise.isCanceled()) {
            if (request.withFunnel) {
                if (auto funnel = engine->evaluator->funnel(*resolved, &outcome.error)) {
                    outcome.count = funnel->count;
                    outcome.funnel = std::move(*funnel);
                    outcome.ok = true;
                }
            } else if (const auto count = engine->evaluator->count(*resolved, &outcome.error)) {
                outcome.count = *count;
                outcome.funnel.total = engine->store->rowCount();
                outcome.funnel.count = *count;
                outcome.ok = true;
            }
        }
        promise.addResult(std::move(outcome));
    }));
}

void CountService::countFinished()
{
    m_counting = false;
    const QFuture<Outcome> future = m_countWatcher.future();
    if (future.resultCount() > 0) {
        const Outcome outcome = future.result();
        if (outcome.requestId == m_latestId) {
            if (outcome.ok)
                emit countReady(outcome.requestId, outcome.count, outcome.funnel);
            else
                emit countFailed(outcome.requestId, outcome.error);
        }
    }
    if (m_pending && m_engine) {
        const Request request = *m_pending;
        m_pending.reset();
        startCount(request);
    }
}

namespace {

// Workspace::asOfDate() without its override and without scanning the customers again: the latest purchase date
// is the last entry of the loaded dictionary, which is what SQLite's max() returns for text.
QDate dataAsOfDate(Workspace& workspace, const ColumnStore& store)
{
    const auto last = FieldCatalog::findByRole(store.fields(), FieldRole::LastPurchaseDate);
    const ColumnStore::Column* column = last ? store.column(last->name) : nullptr;
    if (!column || column->storage != ColumnStore::Storage::Text)
        return workspace.asOfDate(); // the store cannot tell: let the workspace query it
    QDate latest;
    if (column->dictionary.size() > 0) {
        const std::string_view text = column->dictionary.at(column->dictionary.size() - 1);
        latest = QDate::fromString(QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(10, text.size()))),
                                   Qt::ISODate);
    }
    return latest.isValid() ? latest.addDays(1) : QDate::currentDate();
}

std::shared_ptr<CountService::Engine> loadEngine(const QString& path,
                                                 QPromise<std::shared_ptr<CountService::Engine>>& promise)
{
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
    const ColumnStoreCache cache;
    ColumnStoreCache::Result loaded = cache.load(
        engine->workspace->db(), fields, key ? key->name : QString(), &error,
        [&promise] { return promise.isCanceled(); },
        [&promise](qint64 done, qint64 total) {
            promise.setProgressValue(total > 0 ? int(std::min<qint64>(99, done * 100 / total)) : 0);
        });
    engine->store = std::shared_ptr<const ColumnStore>(std::move(loaded.store));
    if (!engine->store) {
        engine->error = error;
        return engine;
    }
    if (!loaded.keyToSave.isEmpty()) {
        // Written beside the counting: the next opening of this workspace reads it instead of SQLite.
        QThreadPool::globalInstance()->start([cache, path, store = engine->store, key = loaded.keyToSave] {
            cache.save(path, *store, key);
        });
    }
    engine->dataAsOfDate = dataAsOfDate(*engine->workspace, *engine->store);
    engine->evaluator = std::make_unique<FilterEvaluator>(engine->store);
    engine->evaluator->setDatabase(&engine->workspace->db(), engine->workspace->customerKeyExpression());
    promise.setProgressValue(100);
    return engine;
}

} // namespace

} // namespace swb
