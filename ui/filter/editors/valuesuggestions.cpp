#include "ui/filter/editors/valuesuggestions.h"

#include <QtConcurrent/QtConcurrentRun>

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
    auto watcher = std::make_shared<QFutureWatcher<QStringList>>();
    const quint64 generation = m_generation;
    connect(watcher.get(), &QFutureWatcherBase::finished, this, [this, key, generation, w = watcher.get()] {
        if (generation != m_generation)
            return;
        const auto keep = m_loading.take(key); // keeps the watcher alive until this lambda returns
        if (w->isCanceled() || w->future().resultCount() == 0)
            return;
        m_values.insert(key, w->result());
        emit valuesReady(key);
    });
    m_loading.insert(key, watcher);
    watcher->setFuture(QtConcurrent::run([loader = m_loader, key] { return loader(key); }));
    return {};
}

void ValueSuggestions::clear()
{
    ++m_generation;
    m_loading.clear();
    m_values = m_fixed;
}

} // namespace swb
