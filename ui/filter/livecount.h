// Counts the builder's definition as it is edited: waits for a pause (~150 ms), counts off the GUI thread through
// the model's count service with the per-rule funnel, and reports only the answer to the latest request.
#pragma once

#include "model/filter/filterevaluator.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace swb {

struct LiveCountResult
{
    quint64 request = 0;
    bool ok = false;
    QString error;
    qint64 count = -1;
    qint64 total = 0;
    QHash<QString, FunnelStep> steps; // by rule path, e.g. "rules[1].rules[0]"
};

class LiveCount : public QObject
{
    Q_OBJECT

public:
    explicit LiveCount(QObject* parent = nullptr);
    ~LiveCount() override;

    // The workspace file to count in (each count opens its own connection); "" for none.
    void setWorkspacePath(const QString& path);

    // Counts `definition` after the pause; a newer call supersedes it.
    void request(const QByteArray& definition);
    // The data changed (import, new segments): reload what is cached, then count the last definition again.
    void reload();
    // Drops the pending request and the answer of a running one (the definition cannot be counted now).
    void cancel();
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isBusy() const;

signals:
    void started();
    void finished(const swb::LiveCountResult& result);

private:
    void start();

    struct Private;
    std::unique_ptr<Private> d;
    QTimer m_timer;
    QByteArray m_definition;
};

} // namespace swb
