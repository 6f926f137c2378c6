#include "ui/filter/editors/valuesuggestions.h"

#include "model/jobs/latestjob.h"

namespace swb {

ValueSuggestions::ValueSuggestions(Loader loader, QObject* parent)
    : QObject(parent)
    , m_loader(std::move(loader))
{ }

void ValueSuggestions::setLoader(Loader loader)
{
    m_loader = std::move(loader);
    clear();
}

void ValueSuggestions::setValues(const QString& key, const QStringList& values)
{
    m_fixed.insert(key, values);
    m_values.insert(key, values);
    emit valuesReady(key);
}

QStringList ValueSuggestions::values(const QString& key)
{
    if (key.isEmpty())
        return {};
    if (const auto it = m_values.constFind(key); it != m_values.constEnd())
        return *it;
    if (!m_loader || m_loading.contains(key))
        return {};
    const QFuture<QStringList> future
        = Jobs::start<QStringList>({tr("Reading the values of %1").arg(key), JobPool::Interactive},
                                   [loader = m_loader, key](JobControl&) { return loader(key); });
    m_loading.insert(key, future);
    const quint64 generation = m_generation;
    // Several keys load at once, each to its own end: no job supersedes another here.
    Jobs::whenFinished<QStringList>(
        future, this,
        [this, key, generation](const QStringList& values) {
            if (generation != m_generation)
                return;
            m_loading.remove(key);
            m_values.insert(key, values);
            emit valuesReady(key);
        },
        [this, key, generation] {
            if (generation == m_generation)
                m_loading.remove(key); // cancelled in the JobTracker: asked again, it loads again
        });
    return {};
}

void ValueSuggestions::clear()
{
    ++m_generation;
    for (QFuture<QStringList>& loading : m_loading)
        loading.cancel(); // outdated: their results are dropped
    m_loading.clear();
    m_values = m_fixed;
}

} // namespace swb
