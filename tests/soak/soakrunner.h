// The soak test: many random build–count–save–snapshot–export–delete cycles through the services the window uses,
// in one process, driven by their signals (no processEvents()). Compares every count with SQLite's and watches
// memory, file descriptors and workspace connections.
#pragma once

#include "model/export/exporttypes.h"
#include "model/filter/filterevaluator.h"
#include "model/jobs/workspacetasks.h"
#include "tests/soak/referencecounter.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <array>
#include <memory>

namespace swb {

class CountService;
class JobTracker;
class SegmentRepository;
class Workspace;
class WorkspaceSession;
namespace test {
class DefinitionGenerator;
} // namespace test

struct SoakOptions
{
    int cycles = 10000;
    int baselineCycle = 500; // RSS and descriptors are measured after this cycle and at the end
    quint32 seed = 20261206;
    qint64 customers = 100000;
    QString workspace; // an existing workspace to use instead of creating the demo one
    int minutes = 0; // when > 0: no new cycle starts after this time (the checks still run)
    bool verbose = false;
};

class SoakRunner : public QObject
{
    Q_OBJECT

public:
    explicit SoakRunner(const SoakOptions& options, QObject* parent = nullptr);
    ~SoakRunner() override;

    void start();

signals:
    void finished(int exitCode);

private:
    enum Phase { BuildAndCount, Reference, Save, Snapshot, Export, Delete, PhaseCount };

    struct SnapshotOutcome
    {
        QString error;
        qint64 size = -1;
    };

    void onOpened(const WorkspaceSummary& summary);
    void beginCycle();
    void onCountReady(int requestId, qint64 count);
    void onCountFailed(int requestId, const QString& error);
    void saveSegment();
    void startSnapshot();
    void onSnapshotFinished();
    void startExport();
    void onExportFinished();
    void deleteSegment();
    void endCycle();
    void finish();
    void checkLeftovers();

    ExportOptions randomExportOptions();
    void compare(const char* what, qint64 actual);
    void fail(const QString& message);
    void startPhase(Phase phase);
    void measureBaseline();

    SoakOptions m_options;
    QTemporaryDir m_dir;
    QString m_path;
    QRandomGenerator m_random;
    JobTracker* m_jobs = nullptr;
    WorkspaceSession* m_session = nullptr;
    CountService* m_counts = nullptr;
    WorkspaceSummary m_summary;
    // The segments dock's connection: saves and deletes run on the GUI thread, as there.
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SegmentRepository> m_repository;
    std::unique_ptr<test::DefinitionGenerator> m_generator;
    ReferenceCounter m_reference;
    QFutureWatcher<SnapshotOutcome> m_snapshotWatcher;
    QFutureWatcher<ExportReport> m_exportWatcher;

    int m_cycle = 0;
    QByteArray m_definition;
    QString m_segmentName;
    int m_awaitedRequest = 0;
    qint64 m_expected = -1; // SQLite's count of this cycle's definition
    qint64 m_compared = 0;
    qint64 m_mismatches = 0;
    qint64 m_errors = 0;
    qint64 m_staticSegments = 0;
    qint64 m_baselineSegmentRows = -1;

    QElapsedTimer m_clock;
    QElapsedTimer m_phaseClock;
    Phase m_phase = BuildAndCount;
    std::array<qint64, PhaseCount> m_phaseMs{};
    double m_setupSeconds = 0;
    double m_baselineRss = -1;
    double m_baselineHeap = -1;
    int m_baselineFds = -1;
    int m_baselineWorkspaceFds = -1;
    int m_finishWaits = 0;
    bool m_finished = false;
    bool m_timeLimitReached = false;
};

} // namespace swb
