// The wizard's columns model on a column of dates written as YYYYMMDD without a date header: it stays an integer
// column, the type choice offers "Read as date (YYYYMMDD)", and choosing it imports ISO dates.
#include "model/database.h"
#include "model/import/importer.h"
#include "model/workspace.h"
#include "ui/import/importcolumnsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstImportCompactDates : public QObject
{
    Q_OBJECT

private slots:
    void offersAndImportsCompactDates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("orders.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("customer_id,stamp,amount,code\n7,20240103,10.5,12345678\n8,20240229,3,20240230\n");
        }
        ImportOptions options;
        options.filePath = file;
        options.kind = ImportKind::Orders;
        const ImportPreview preview = Importer::preview(options);
        QVERIFY2(preview.ok, qPrintable(preview.error));

        ImportColumnsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreview(preview, ImportKind::Orders);
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex stamp = model.index(1, ImportColumnsModel::TypeColumn);
        const QModelIndex code = model.index(3, ImportColumnsModel::TypeColumn);
        QCOMPARE(stamp.data(Qt::EditRole).toInt(), int(FieldType::Integer));
        const QStringList stampChoices = stamp.data(ImportColumnsModel::ChoiceLabelsRole).toStringList();
        const QVariantList stampValues = stamp.data(ImportColumnsModel::ChoiceValuesRole).toList();
        const qsizetype offered = stampChoices.indexOf(QStringLiteral("Read as date (YYYYMMDD)"));
        QVERIFY2(offered >= 0, qPrintable(stampChoices.join(QLatin1Char('|'))));
        QCOMPARE(stampValues.at(offered).toInt(), int(FieldType::Date));
        // 20240230 is no date: no such choice for that column.
        QVERIFY(!code.data(ImportColumnsModel::ChoiceLabelsRole)
                     .toStringList()
                     .contains(QStringLiteral("Read as date (YYYYMMDD)")));

        QVERIFY(model.setData(stamp, stampValues.at(offered)));
        QCOMPARE(stamp.data().toString(), QStringLiteral("Date (yyyymmdd)"));
        options.overrides = model.overrides();
        QCOMPARE(options.overrides.size(), 1);

        const QString ws = dir.filePath(QStringLiteral("ws.sqlite"));
        QString error;
        QVERIFY2(Workspace::open(ws, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));
        const ImportReport report = Importer::run(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.issueCount, 0);
        auto db = Database::open(ws, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(stamp, ' ') FROM orders")).toString(),
                 QStringLiteral("2024-01-03 2024-02-29"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(typeof(code), ' ') FROM orders")).toString(),
                 QStringLiteral("integer integer"));
    }
};

QTEST_MAIN(TstImportCompactDates)
#include "tst_importcompactdates.moc"
