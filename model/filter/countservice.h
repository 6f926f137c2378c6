// Live counts for the filter editor: loads one workspace's column store in the background and answers count
// requests off the GUI thread; a newer request supersedes an older one and outdated results are dropped. Both are
// jobs in the application's JobTracker: the load a long-running one, counts interactive ones.
#pragma once

#include "model/filter/filterevaluator.h"
#include "model/jobs/latestjob.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace swb {

class CountService : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Ready, Failed };
    struct Engine; // what one loaded workspace needs for counting (defined in the .cpp)

    // What a finished count carries back to the GUI thread.
    struct Outcome
    {
        int requestId = 0;
        bool ok = false;
        QString error;
        qint64 count = 0;
        FilterFunnel funnel;
    };

    explicit CountService(QObject* parent = nullptr);
    ~CountService() override;

    // Starts loading `workspacePath` on a worker with its own SQLite connection (the loader spreads over helper
    // threads of its own: one job using the cores, not more jobs); any previous workspace is
    // dropped. Requests made before the load has finished are answered when it has.
    void open(const QString& workspacePath);
    // Loads the data again, e.g. after an import; counts use the previous data until the new load is ready.
    void reload();
    void cancelLoad();
    State state() const { return m_state; }
    qint64 rowCount() const;
    QString workspacePath() const { return m_path; }

    // Counts `definitionJson` (react-querybuilder or jQuery QueryBuilder JSON) with a per-rule funnel when asked.
    // Returns the request id that countReady / countFailed will carry. Only the newest request is answered (a count
    // cancelled in the JobTracker is answered with countFailed).
    int requestCount(const QByteArray& definitionJson, bool withFunnel = true);

signals:
    void loadProgress(int percent);
    void loaded(qint64 rows);
    void loadFailed(const QString& error);
    void loadCanceled();
    void countReady(int requestId, qint64 count, const swb::FilterFunnel& funnel);
    void countFailed(int requestId, const QString& error);

private:
    struct Request
    {
        int id = 0;
        QByteArray definition;
        bool withFunnel = true;
    };

    void startLoad();
    void loadFinished(const std::shared_ptr<Engine>& engine);
    void onLoadCanceled();
    void saveToCache(const Engine& engine);
    void startCount(const Request& request);
    // `outcome` is null when the count was cancelled (superseded, or in the JobTracker).
    void countFinished(const Outcome* outcome);

    QString m_path;
    State m_state = State::Idle;
    std::shared_ptr<Engine> m_engine;
    LatestJob<std::shared_ptr<Engine>> m_load{this};
    // One count at a time: they share the engine's connection. A newer request waits for the running count to stop.
    LatestJob<Outcome> m_count{this};
    std::optional<Request> m_pending;
    bool m_counting = false;
    int m_countingId = 0;
    int m_nextId = 0;
    int m_latestId = 0;
};

} // namespace swb
