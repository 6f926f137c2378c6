// The background jobs of the application (everything started through Jobs::start): their progress and
// cancellation, for the status bar and for closing the window safely.
#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace swb {

class JobTracker : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        int id = 0;
        QString title;
        QFuture<void> future;
        bool cancellable = true;
        int progress = 0; // in [minimum, maximum]; both 0 when the job cannot tell
        int minimum = 0;
        int maximum = 0;
        QString text;
        QElapsedTimer running; // started when the job was added
    };

    explicit JobTracker(QObject* parent = nullptr);
    ~JobTracker() override;

    // The application's tracker (owned by the application object; null without one): Jobs::start registers with
    // it unless a job names another, and the window's status bar shows it.
    static JobTracker* application();

    // Follows `future` until it finishes; returns the job's id. Called from another thread, the job is added on
    // the tracker's thread (queued) and 0 is returned.
    template<typename T>
    int add(const QString& title, const QFuture<T>& future, bool cancellable = true)
    {
        return addVoid(title, QFuture<void>(future), cancellable);
    }

    QList<Job> jobs() const;
    bool isBusy() const { return !m_jobs.empty(); }
    void cancel(int id);
    void cancelAll();

signals:
    void jobAdded(int id);
    void jobFinished(int id);
    void progressChanged(int id);
    // Jobs were added or finished.
    void changed();

private:
    struct Entry;
    int addVoid(const QString& title, const QFuture<void>& future, bool cancellable);
    void remove(int id);

    std::vector<std::unique_ptr<Entry>> m_jobs;
    int m_nextId = 1;
};

} // namespace swb
