#include "ui/filter/livecount.h"

#include "model/fieldcatalog.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <mutex>

namespace swb {

namespace {

// What a count needs on the worker side: its own connection, the column store and the evaluator with its per-rule
// cache (so that editing one rule re-evaluates only that rule). One count at a time; the store is loaded by the
// first count after a (re)load.
struct Engine
{
    std::mutex mutex;
    QString path;
    bool stale = true;
    std::optional<Database> db;
    QList<FieldInfo> fields;
    QDate asOfDate;
    std::shared_ptr<const ColumnStore> store;
    std::unique_ptr<FilterEvaluator> evaluator;
    std::atomic<quint64> latest{0};

    bool prepare(QString* error)
    {
        if (!stale && evaluator)
            return true;
        evaluator.reset();
        store.reset();
        db.reset();
        db = Workspace::connect(path, true, error);
        if (!db)
            return false;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, error);
        if (!workspace)
            return false;
        fields = workspace->fields();
        asOfDate = workspace->asOfDate();
        const QString keyExpression = workspace->customerKeyExpression();
        const auto key = workspace->fieldByRole(FieldRole::CustomerKey);
        std::unique_ptr<ColumnStore> loaded;
        if (!workspace->hasCustomers()) {
            *error = LiveCount::tr("The workspace has no customers yet: import a customer file first.");
            return false;
        }
        loaded = ColumnStore::load(*db, fields, key ? key->name : QString(), error);
        if (!loaded)
            return false;
        store = std::move(loaded);
        evaluator = std::make_unique<FilterEvaluator>(store);
        evaluator->setDatabase(&*db, keyExpression);
        stale = false;
        return true;
    }

    LiveCountResult count(quint64 request, const QByteArray& definition)
    {
        LiveCountResult result;
        result.request = request;
        std::lock_guard lock(mutex);
        if (request != latest.load())
            return result; // a newer request is queued: it will answer
        if (!prepare(&result.error))
            return result;
        FilterContext context;
        context.fields = fields;
        context.asOfDate = asOfDate;
        context.segments = databaseSegmentLookup(*db);
        const auto resolved = FilterResolver::resolve(definition, context, &result.error);
        if (!resolved)
            return result;
        const auto funnel = evaluator->funnel(*resolved, &result.error);
        if (!funnel)
            return result;
        result.ok = true;
        result.count = funnel->count;
        result.total = funnel->total;
        for (const FunnelStep& step : funnel->steps)
            result.steps.insert(step.path, step);
        return result;
    }
};

} // namespace

struct LiveCount::Private
{
    std::shared_ptr<Engine> engine;
    QFutureWatcher<LiveCountResult> watcher;
    quint64 nextRequest = 0;
    int running = 0;
};

LiveCount::LiveCount(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &LiveCount::start);
}

LiveCount::~LiveCount() = default;

void LiveCount::setWorkspacePath(const QString& path)
{
    // A fresh engine: counts still running on the old one finish on their own and are ignored.
    d->engine.reset();
    if (!path.isEmpty()) {
        d->engine = std::make_shared<Engine>();
        d->engine->path = path;
    }
}

void LiveCount::request(const QByteArray& definition)
{
    m_definition = definition;
    m_timer.start();
}

void LiveCount::reload()
{
    if (d->engine) {
        auto engine = d->engine;
        auto fresh = std::make_shared<Engine>();
        fresh->path = engine->path;
        d->engine = fresh;
    }
    if (!m_definition.isEmpty())
        m_timer.start();
}

void LiveCount::cancel()
{
    m_timer.stop();
    ++d->nextRequest;
    if (d->engine)
        d->engine->latest = d->nextRequest;
}

bool LiveCount::isBusy() const
{
    return m_timer.isActive() || d->running > 0;
}

void LiveCount::start()
{
    const quint64 request = ++d->nextRequest;
    if (!d->engine) {
        LiveCountResult result;
        result.request = request;
        result.error = tr("No workspace is open.");
        emit finished(result);
        return;
    }
    auto engine = d->engine;
    engine->latest = request;
    auto* watcher = new QFutureWatcher<LiveCountResult>(this);
    ++d->running;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, engine] {
        watcher->deleteLater();
        --d->running;
        // Only the answer to the newest request on the current workspace is shown.
        if (request != d->nextRequest || engine != d->engine || watcher->future().resultCount() == 0)
            return;
        emit finished(watcher->result());
    });
    emit started();
    watcher->setFuture(
        QtConcurrent::run([engine, request, definition = m_definition] { return engine->count(request, definition); }));
}

} // namespace swb
