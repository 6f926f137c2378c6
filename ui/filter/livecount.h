// Counts the builder's definition as it is edited: waits for a pause (~150 ms), then asks the model's CountService
// (column store in memory, off the GUI thread) for the count and the per-rule funnel; only the answer to the latest
// request is reported.
#pragma once

#include "model/filter/filterevaluator.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace swb {

class CountService;

struct LiveCountResult
{
    bool ok = false;
    QString error;
    qint64 count = -1;
    qint64 total = 0;
    QHash<QString, FunnelStep> steps; // by rule path, e.g. "rules[1].rules[0]"
    bool funnelLeftOut = false; // more rules than FilterEvaluator::maxFunnelRules: no steps
};

class LiveCount : public QObject
{
    Q_OBJECT

public:
    explicit LiveCount(QObject* parent = nullptr);
    ~LiveCount() override;

    // The workspace file to count in (the service loads it on its own connection); "" for none.
    void setWorkspacePath(const QString& path);
    // Counts `definition` after the pause; a newer call supersedes it.
    void request(const QByteArray& definition);
    // The data changed (import, as-of date): loads it again, then counts the last definition again.
    void reload();
    // Drops the pending request and the answer of a running one (the definition cannot be counted now).
    void cancel();
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isBusy() const { return m_timer.isActive() || m_expected != 0; }
    CountService* service() const { return m_service; }

signals:
    void started();
    void finished(const swb::LiveCountResult& result);

private:
    void start();
    void answer(int requestId, const LiveCountResult& result);

    CountService* m_service = nullptr;
    QTimer m_timer;
    QByteArray m_definition;
    bool m_hasWorkspace = false;
    QString m_loadError; // why the workspace's data could not be loaded
    int m_expected = 0; // the request whose answer is awaited; 0 for none
};

} // namespace swb
