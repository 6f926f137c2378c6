#include "ui/filter/editors/valuesuggestions.h"

#include "model/jobs/latestjob.h"

namespace swb {

namespace {

ValueSuggestions::CountedLoader uncounted(ValueSuggestions::Loader loader)
{
    if (!loader)
        return {};
    return [loader = std::move(loader)](const QString& key) {
        QList<DistinctValues::Counted> result;
        const QStringList values = loader(key);
        for (const QString& value : values)
            result.append({value, -1});
        return result;
    };
}

} // namespace

ValueSuggestions::ValueSuggestions(Loader loader, QObject* parent)
    : QObject(parent)
    , m_loader(uncounted(std::move(loader)))
{ }

void ValueSuggestions::setLoader(Loader loader)
{
    setCountedLoader(uncounted(std::move(loader)));
}

void ValueSuggestions::setCountedLoader(CountedLoader loader)
{
    m_loader = std::move(loader);
    clear();
}

qint64 ValueSuggestions::count(const QString& key, const QString& value) const
{
    return m_counts.value(key).value(value, -1);
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
    using Values = QList<DistinctValues::Counted>;
    const QFuture<Values> future = Jobs::start<Values>({tr("Reading the values of %1").arg(key), JobPool::Interactive},
                                                       [loader = m_loader, key](JobControl&) { return loader(key); });
    m_loading.insert(key, future);
    const quint64 generation = m_generation;
    // Several keys load at once, each to its own end: no job supersedes another here.
    Jobs::whenFinished<Values>(
        future, this,
        [this, key, generation](const Values& counted) {
            if (generation != m_generation)
                return;
            m_loading.remove(key);
            QStringList values;
            QHash<QString, qint64> counts;
            for (const DistinctValues::Counted& item : counted) {
                values << item.value;
                if (item.count >= 0)
                    counts.insert(item.value, item.count);
            }
            m_values.insert(key, values);
            m_counts.insert(key, counts);
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
    for (auto& loading : m_loading)
        loading.cancel(); // outdated: their results are dropped
    m_loading.clear();
    m_values = m_fixed;
    m_counts.clear();
}

} // namespace swb
