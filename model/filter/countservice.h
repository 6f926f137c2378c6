// Live counts for the filter editor: loads one workspace's column store in the background and answers count
// requests off the GUI thread; a newer request supersedes an older one and outdated results are dropped.
#pragma once

#include "model/filter/filterevaluator.h"

#include <QByteArray>
#include <QFutureWatcher>
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

    // Starts loading `workspacePath` on a worker with its own SQLite connection; any previous workspace is
    // dropped. Requests made before the load has finished are answered when it has.
    void open(const QString& workspacePath);
    // Loads the data again, e.g. after an import; counts use the previous data until the new load is ready.
    void reload();
    void cancelLoad();
    State state() const { return m_state; }
    qint64 rowCount() const;
    QString workspacePath() const { return m_path; }

    // Counts `definitionJson` (react-querybuilder or jQuery QueryBuilder JSON) with a per-rule funnel when asked.
    // Returns the request id that countReady / countFailed will carry. Only the newest request is answered.
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
    void loadFinished();
    void startCount(const Request& request);
    void countFinished();

    QString m_path;
    State m_state = State::Idle;
    std::shared_ptr<Engine> m_engine;
    QFutureWatcher<std::shared_ptr<Engine>> m_loadWatcher;
    QFutureWatcher<Outcome> m_countWatcher;
    std::optional<Request> m_pending;
    bool m_counting = false;
    int m_nextId = 0;
    int m_latestId = 0;
};

} // namespace swb
