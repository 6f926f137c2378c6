#include "ui/filter/livecount.h"

#include "model/filter/countservice.h"

namespace swb {

LiveCount::LiveCount(QObject* parent)
    : QObject(parent)
    , m_service(new CountService(this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &LiveCount::start);
    connect(m_service, &CountService::countReady, this, [this](int id, qint64 count, const FilterFunnel& funnel) {
        LiveCountResult result;
        result.ok = true;
        result.count = count;
        result.total = funnel.total;
        result.funnelLeftOut = !funnel.hasSteps();
        for (const FunnelStep& step : funnel.steps)
            result.steps.insert(step.path, step);
        answer(id, result);
    });
    connect(m_service, &CountService::countFailed, this, [this](int id, const QString& error) {
        LiveCountResult result;
        // Without data the service only says that it has none; why is what the load said.
        result.error
            = m_service->state() == CountService::State::Failed && !m_loadError.isEmpty() ? m_loadError : error;
        answer(id, result);
    });
    connect(m_service, &CountService::loadFailed, this, [this](const QString& error) { m_loadError = error; });
    // A reload counts with the old data until the new data is in: count again then.
    connect(m_service, &CountService::loaded, this, [this] {
        m_loadError.clear();
        if (!m_definition.isEmpty() && m_expected == 0 && !m_timer.isActive())
            start();
    });
}

LiveCount::~LiveCount() = default;

void LiveCount::setWorkspacePath(const QString& path)
{
    cancel();
    m_definition.clear();
    m_hasWorkspace = !path.isEmpty();
    if (m_hasWorkspace)
        m_service->open(path);
    else
        m_service->cancelLoad();
}

void LiveCount::request(const QByteArray& definition)
{
    m_definition = definition;
    m_timer.start();
}

void LiveCount::reload()
{
    if (m_hasWorkspace)
        m_service->reload();
}

void LiveCount::cancel()
{
    m_timer.stop();
    m_expected = 0;
    m_definition.clear(); // nothing to count again when the data has loaded
}

void LiveCount::start()
{
    if (!m_hasWorkspace) {
        LiveCountResult result;
        result.error = tr("No workspace is open.");
        emit finished(result);
        return;
    }
    m_expected = m_service->requestCount(m_definition, true);
    emit started();
}

void LiveCount::answer(int requestId, const LiveCountResult& result)
{
    if (requestId != m_expected)
        return;
    m_expected = 0;
    emit finished(result);
}

} // namespace swb
