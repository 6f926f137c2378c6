// Values to suggest while typing a rule's value: a column's distinct values, loaded off the GUI thread, or a fixed
// list such as the names of the saved segments. Loads are interactive jobs in the application's JobTracker.
#pragma once

#include "model/filter/distinctvalues.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace swb {

class ValueSuggestions : public QObject
{
    Q_OBJECT

public:
    // Runs on a worker thread; must not touch GUI-thread objects.
    using Loader = std::function<QStringList(const QString& key)>;
    // The same with how often each value occurs (e.g. the order lines holding it).
    using CountedLoader = std::function<QList<DistinctValues::Counted>(const QString& key)>;

    explicit ValueSuggestions(Loader loader = {}, QObject* parent = nullptr);

    // Another source (another workspace): forgets what was loaded.
    void setLoader(Loader loader);
    void setCountedLoader(CountedLoader loader);

    // Values known up front (no loading), e.g. "@segment" → the segment names.
    void setValues(const QString& key, const QStringList& values);
    // The cached values of `key`; on the first call starts loading them and returns nothing yet.
    QStringList values(const QString& key);
    bool isLoaded(const QString& key) const { return m_values.contains(key); }
    // How often `value` of `key` occurs, when the loader counted it; else -1.
    qint64 count(const QString& key, const QString& value) const;
    // Forgets loaded values (after the data changed); fixed values stay.
    void clear();

signals:
    void valuesReady(const QString& key);

private:
    CountedLoader m_loader;
    QHash<QString, QStringList> m_values;
    QHash<QString, QHash<QString, qint64>> m_counts;
    QHash<QString, QStringList> m_fixed;
    QHash<QString, QFuture<QList<DistinctValues::Counted>>> m_loading;
    quint64 m_generation = 0; // results of loads started before clear() are dropped
};

} // namespace swb
