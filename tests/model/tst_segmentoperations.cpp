// The session's segment operations: every change and read answers on the event loop, each checked against the
// workspace through SQL on a connection of the test's own; writes keep the order they were asked in; refusals
// (unknown segment, a name taken, a workspace another program holds) are reported, and change nothing.
#include "testsupport_filter.h"

#include "model/database.h"
#include "model/filter/filterresolver.h"
#include "model/jobs/jobtracker.h"
#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "model/workspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstSegmentOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void renameRewritesReferences();
    void duplicateCopiesStaticMembers();
    void removeDeletesMembersAndSnapshots();
    void saveAndUpdate();
    void snapshotKeepsTheMembers();
    void writesKeepTheirOrder();
    void refusalsAreReported_data();
    void refusalsAreReported();
    void busyWorkspaceIsReported();
    void aWaitingChangeCanBeCancelledInTheTracker();
    void readsAnswer();
    void withoutWorkspaceEveryChangeIsRefused();

private:
    using Start = std::function<void(const SegmentOperations::Done&)>;
    // Starts a change and waits for its answer on the event loop.
    SegmentChange run(const Start& start);
    // The first column of the first row of `sql`, read on a fresh connection.
    QVariant sql(const QString& query, const QVariantList& bindings = {});
    qint64 members(const QString& segment);

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<WorkspaceSession> m_session;
    SegmentOperations* m_ops = nullptr;
};

void TstSegmentOperations::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("ops%1.sqlite").arg(++m_counter));
    QString error;
    {
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY2(test::buildFilterFixture(*workspace, {}, &error), qPrintable(error));
    }
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    m_ops = m_session->segments();
    QSignalSpy opened(m_session.get(), &WorkspaceSession::opened);
    QSignalSpy changed(m_ops, &SegmentOperations::workspaceChanged);
    m_session->open(m_path);
    QVERIFY(opened.wait(20000));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_ops->isOpen());
}

void TstSegmentOperations::cleanup()
{
    m_ops = nullptr;
    m_session.reset();
}

SegmentChange TstSegmentOperations::run(const Start& start)
{
    std::optional<SegmentChange> answer;
    start([&answer](const SegmentChange& change) { answer = change; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000)) {
        SegmentChange none;
        none.error = QStringLiteral("no answer within 30 s");
        return none;
    }
    return *answer;
}

QVariant TstSegmentOperations::sql(const QString& query, const QVariantList& bindings)
{
    QString error;
    auto db = Database::open(m_path, Database::Mode::ReadOnly, &error);
    if (!db)
        return {};
    Statement statement = db->prepare(query, &error);
    for (int i = 0; i < bindings.size(); ++i)
        statement.bind(i + 1, bindings.at(i));
    return statement.next() ? statement.value(0) : QVariant();
}

qint64 TstSegmentOperations::members(const QString& segment)
{
    return sql(QStringLiteral("SELECT count(*) FROM segment_members m JOIN segments s ON s.id = m.segment_id "
                              "WHERE s.name = ?"),
               {segment})
        .toLongLong();
}

void TstSegmentOperations::renameRewritesReferences()
{
    QSignalSpy renamed(m_ops, &SegmentOperations::segmentRenamed);
    QSignalSpy listed(m_ops, &SegmentOperations::segmentsChanged);
    const SegmentChange change = run([this](const auto& done) {
        m_ops->rename(QStringLiteral("dyn_young"), QStringLiteral("Young ones"), this, done);
    });
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segments WHERE name = 'dyn_young'")).toInt(), 0);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segments WHERE name = 'Young ones'")).toInt(), 1);
    const QString nested = sql(QStringLiteral("SELECT definition FROM segments WHERE name = 'dyn_nested'")).toString();
    QVERIFY2(nested.contains(QStringLiteral("Young ones")) && !nested.contains(QStringLiteral("dyn_young")),
             qPrintable(nested));
    // The list was read again before the answer: signals first, then the caller.
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(renamed.first().at(1).toString(), QStringLiteral("Young ones"));
    QCOMPARE(listed.count(), 1);
    QVERIFY(m_ops->find(QStringLiteral("Young ones")));
    QVERIFY(!m_ops->find(QStringLiteral("dyn_young")));
    QCOMPARE(m_ops->names().size(), sql(QStringLiteral("SELECT count(*) FROM segments")).toInt());
}

void TstSegmentOperations::duplicateCopiesStaticMembers()
{
    const qint64 original = members(QStringLiteral("static_a"));
    QVERIFY(original > 100);
    const SegmentChange change = run([this](const auto& done) {
        m_ops->duplicate(QStringLiteral("static_a"), QStringLiteral("static_a copy"), this, done);
    });
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(members(QStringLiteral("static_a copy")), original);
    QCOMPARE(sql(QStringLiteral("SELECT kind FROM segments WHERE name = 'static_a copy'")).toString(),
             QStringLiteral("static"));
    QCOMPARE(m_ops->find(QStringLiteral("static_a copy"))->kind, SegmentKind::Static);
}

void TstSegmentOperations::removeDeletesMembersAndSnapshots()
{
    const qint64 id = sql(QStringLiteral("SELECT id FROM segments WHERE name = 'static_a'")).toLongLong();
    SegmentChange change
        = run([this](const auto& done) { m_ops->takeSnapshot(QStringLiteral("static_a"), this, done); });
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segment_snapshots WHERE segment_id = ?"), {id}).toInt(), 1);
    QSignalSpy removed(m_ops, &SegmentOperations::segmentRemoved);
    change = run([this](const auto& done) { m_ops->remove(QStringLiteral("static_a"), this, done); });
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segments WHERE id = ?"), {id}).toInt(), 0);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segment_members WHERE segment_id = ?"), {id}).toInt(), 0);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segment_snapshots WHERE segment_id = ?"), {id}).toInt(), 0);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM snapshot_members")).toInt(), 0);
    QVERIFY(!m_ops->find(QStringLiteral("static_a")));
}

void TstSegmentOperations::saveAndUpdate()
{
    const QByteArray germans = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})";
    SegmentChange change
        = run([&](const auto& done) { m_ops->save(QStringLiteral("Germans"), germans, false, this, done); });
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(sql(QStringLiteral("SELECT kind FROM segments WHERE name = 'Germans'")).toString(),
             QStringLiteral("dynamic"));
    QCOMPARE(sql(QStringLiteral("SELECT definition FROM segments WHERE name = 'Germans'")).toByteArray(), germans);

    change = run([&](const auto& done) { m_ops->save(QStringLiteral("Germans now"), germans, true, this, done); });
    QVERIFY2(change.ok, qPrintable(change.error));
    const qint64 expected = sql(QStringLiteral("SELECT count(*) FROM customers WHERE country = 'DE'")).toLongLong();
    QVERIFY(expected > 0);
    QCOMPARE(members(QStringLiteral("Germans now")), expected);

    const QByteArray austrians = QByteArray(germans).replace("DE", "AT");
    change = run([&](const auto& done) { m_ops->update(QStringLiteral("Germans"), austrians, this, done); });
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(sql(QStringLiteral("SELECT definition FROM segments WHERE name = 'Germans'")).toByteArray(), austrians);
    QCOMPARE(m_ops->find(QStringLiteral("Germans"))->definition, austrians);
    // A static segment's members are frozen.
    change = run([&](const auto& done) { m_ops->update(QStringLiteral("Germans now"), austrians, this, done); });
    QVERIFY(!change.ok);
    QVERIFY2(change.error.contains(QStringLiteral("static")), qPrintable(change.error));
}

void TstSegmentOperations::snapshotKeepsTheMembers()
{
    const SegmentChange change
        = run([this](const auto& done) { m_ops->takeSnapshot(QStringLiteral("dyn_young"), this, done); });
    QVERIFY2(change.ok, qPrintable(change.error));
    QVERIFY(change.snapshot && change.snapshot->first);
    const qint64 young = sql(QStringLiteral("SELECT count(DISTINCT customer_id) FROM customers WHERE age < 30 AND "
                                            "customer_id IS NOT NULL"))
                             .toLongLong();
    QCOMPARE(change.snapshot->size, young);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM snapshot_members WHERE snapshot_id = ?"), {change.snapshot->id})
                 .toLongLong(),
             young);
    QVERIFY(!sql(QStringLiteral("SELECT kpis FROM segment_snapshots WHERE id = ?"), {change.snapshot->id})
                 .toString()
                 .isEmpty());
}

void TstSegmentOperations::writesKeepTheirOrder()
{
    // Asked for at once, each depending on the one before.
    QStringList answered;
    QList<SegmentChange> changes;
    const auto done = [&](const SegmentChange& change) {
        answered << change.name;
        changes << change;
    };
    m_ops->rename(QStringLiteral("dyn_rich"), QStringLiteral("B"), this, done);
    m_ops->rename(QStringLiteral("B"), QStringLiteral("C"), this, done);
    m_ops->duplicate(QStringLiteral("C"), QStringLiteral("D"), this, done);
    m_ops->update(QStringLiteral("D"), R"({"combinator":"and","rules":[{"field":"age","operator":">","value":60}]})",
                  this, done);
    QCOMPARE(m_ops->pendingWrites(), 4);
    QVERIFY(m_ops->isChanging(QStringLiteral("B")));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 4, 30000);
    QCOMPARE(m_ops->pendingWrites(), 0);
    QCOMPARE(answered,
             (QStringList{QStringLiteral("dyn_rich"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
    for (const SegmentChange& change : std::as_const(changes))
        QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segments WHERE name IN ('dyn_rich', 'B')")).toInt(), 0);
    QVERIFY(sql(QStringLiteral("SELECT definition FROM segments WHERE name = 'C'"))
                .toString()
                .contains(QStringLiteral("revenue")));
    QVERIFY(sql(QStringLiteral("SELECT definition FROM segments WHERE name = 'D'"))
                .toString()
                .contains(QStringLiteral("60")));
}

void TstSegmentOperations::refusalsAreReported_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("newName");
    QTest::addColumn<QString>("error");
    QTest::newRow("rename unknown") << int(SegmentChangeKind::Rename) << "nope"
                                    << "other"
                                    << "There is no segment called \"nope\"";
    QTest::newRow("duplicate unknown") << int(SegmentChangeKind::Duplicate) << "nope"
                                       << "other"
                                       << "There is no segment called \"nope\"";
    QTest::newRow("remove unknown") << int(SegmentChangeKind::Remove) << "nope"
                                    << ""
                                    << "There is no segment called";
    QTest::newRow("snapshot unknown") << int(SegmentChangeKind::Snapshot) << "nope"
                                      << ""
                                      << "There is no segment called";
    QTest::newRow("rename onto another, other case") << int(SegmentChangeKind::Rename) << "dyn_young"
                                                     << "DYN_RICH"
                                                     << "exists already";
    QTest::newRow("duplicate onto another") << int(SegmentChangeKind::Duplicate) << "dyn_young"
                                            << "static_b"
                                            << "exists already";
    QTest::newRow("save under a taken name") << int(SegmentChangeKind::SaveDynamic) << "Dyn_Young"
                                             << ""
                                             << "exists already";
    QTest::newRow("remove while referenced") << int(SegmentChangeKind::Remove) << "static_b"
                                             << ""
                                             << "dyn_nested";
}

void TstSegmentOperations::refusalsAreReported()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, newName);
    QFETCH(QString, error);
    const QString before = sql(QStringLiteral("SELECT group_concat(name || updated_at, '|') FROM segments")).toString();
    const SegmentChange change = run([&](const auto& done) {
        switch (SegmentChangeKind(kind)) {
        case SegmentChangeKind::Rename:
            m_ops->rename(name, newName, this, done);
            break;
        case SegmentChangeKind::Duplicate:
            m_ops->duplicate(name, newName, this, done);
            break;
        case SegmentChangeKind::Remove:
            m_ops->remove(name, this, done);
            break;
        case SegmentChangeKind::Snapshot:
            m_ops->takeSnapshot(name, this, done);
            break;
        default:
            m_ops->save(name, R"({"combinator":"and","rules":[]})", false, this, done);
        }
    });
    QVERIFY(!change.ok);
    QVERIFY(!change.busy);
    QVERIFY2(change.error.contains(error), qPrintable(change.error));
    QCOMPARE(sql(QStringLiteral("SELECT group_concat(name || updated_at, '|') FROM segments")).toString(), before);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segment_snapshots")).toInt(), 0);
}

void TstSegmentOperations::busyWorkspaceIsReported()
{
    // Another program holds the write lock for longer than the busy timeout (5 s).
    QString error;
    auto other = Database::open(m_path, Database::Mode::ReadWrite, &error);
    QVERIFY2(other && other->exec("BEGIN EXCLUSIVE", &error), qPrintable(error));
    QElapsedTimer waited;
    waited.start();
    const SegmentChange change = run(
        [this](const auto& done) { m_ops->rename(QStringLiteral("dyn_young"), QStringLiteral("Young"), this, done); });
    const qint64 elapsed = waited.elapsed();
    QVERIFY(other->exec("ROLLBACK"));
    QVERIFY(!change.ok);
    QVERIFY(change.busy);
    QCOMPARE(change.error, SegmentTasks::busyMessage());
    QVERIFY2(elapsed >= Database::defaultBusyTimeoutMs - 100, qPrintable(QString::number(elapsed)));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segments WHERE name = 'dyn_young'")).toInt(), 1);
    // The list still answers from before.
    QVERIFY(m_ops->find(QStringLiteral("dyn_young")));
}

void TstSegmentOperations::aWaitingChangeCanBeCancelledInTheTracker()
{
    // Another program holds the write lock; the rename waits for it and is cancelled from the status bar.
    QString error;
    auto other = Database::open(m_path, Database::Mode::ReadWrite, &error);
    QVERIFY2(other && other->exec("BEGIN EXCLUSIVE", &error), qPrintable(error));
    JobTracker* tracker = JobTracker::application();
    QSignalSpy added(tracker, &JobTracker::jobAdded);
    std::optional<SegmentChange> answer;
    m_ops->rename(QStringLiteral("dyn_young"), QStringLiteral("Young"), this,
                  [&answer](const SegmentChange& change) { answer = change; });
    QTRY_VERIFY(!added.isEmpty());
    const int id = added.last().at(0).toInt();
    const auto jobs = tracker->jobs();
    const auto job = std::find_if(jobs.begin(), jobs.end(), [id](const JobTracker::Job& j) { return j.id == id; });
    QVERIFY(job != jobs.end());
    QVERIFY(job->cancellable);
    tracker->cancel(id);
    QTest::qWait(300);
    QVERIFY(other->exec("ROLLBACK"));
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY(!answer->ok);
    QCOMPARE(answer->error, SegmentTasks::canceledMessage());
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segments WHERE name = 'dyn_young'")).toInt(), 1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segments WHERE name = 'Young'")).toInt(), 0);
    QTRY_VERIFY(m_ops->find(QStringLiteral("dyn_young")));
}

void TstSegmentOperations::readsAnswer()
{
    // The list.
    QFuture<SegmentListing> listing = m_ops->list();
    QTRY_VERIFY_WITH_TIMEOUT(listing.isFinished(), 20000);
    QVERIFY(listing.result().ok);
    QStringList names;
    for (const Segment& segment : listing.result().segments)
        names << segment.name;
    QCOMPARE(names.join(QLatin1Char('|')),
             sql(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM segments ORDER BY name "
                                "COLLATE NOCASE)"))
                 .toString());
    QCOMPARE(m_ops->names(), names);

    // Distinct values: the most frequent first, every one a value of the column.
    QFuture<QStringList> values = m_ops->distinctValues(QStringLiteral("country"));
    QTRY_VERIFY_WITH_TIMEOUT(values.isFinished(), 20000);
    const QStringList countries = values.result();
    QVERIFY(!countries.isEmpty());
    QCOMPARE(countries.first(),
             sql(QStringLiteral("SELECT country FROM customers WHERE country IS NOT NULL AND trim(country) <> '' "
                                "GROUP BY country ORDER BY count(*) DESC, min(rowid) LIMIT 1"))
                 .toString());
    QCOMPARE(
        qint64(countries.size()),
        sql(QStringLiteral("SELECT count(DISTINCT country) FROM customers WHERE trim(country) <> ''")).toLongLong());
    QCOMPARE(m_ops->distinctValuesLoader()(QStringLiteral("country")), countries);

    // Field context and as-of date, without a connection.
    QString error;
    QCOMPARE(m_ops->asOfDate(), QDate(2024, 7, 1));
    const FilterContext context = m_ops->filterContext();
    QVERIFY(context.segments(QStringLiteral("static_b")));
    QCOMPARE(context.segments(QStringLiteral("static_b"))->kind, SegmentKind::Static);
    QVERIFY(!context.segments(QStringLiteral("nope")));
    // A definition naming a saved segment resolves against the context alone.
    const auto resolved = FilterResolver::resolve(
        "{\"combinator\":\"and\",\"rules\":[{\"field\":\"@segment\",\"operator\":\"in\",\"value\":[\"dyn_young\"]}]}",
        context, &error);
    QVERIFY2(resolved, qPrintable(error));
}

void TstSegmentOperations::withoutWorkspaceEveryChangeIsRefused()
{
    m_session->close();
    QVERIFY(!m_ops->isOpen());
    QVERIFY(m_ops->segments().isEmpty());
    const SegmentChange change
        = run([this](const auto& done) { m_ops->remove(QStringLiteral("dyn_young"), this, done); });
    QVERIFY(!change.ok);
    QVERIFY(!change.error.isEmpty());
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM segments WHERE name = 'dyn_young'")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TstSegmentOperations)
#include "tst_segmentoperations.moc"
