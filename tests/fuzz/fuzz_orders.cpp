// libFuzzer target: arbitrary bytes imported as an orders CSV into a fresh workspace (empty, or holding customers by
// the input's length), which derives the per-customer purchase fields with OrdersAggregator. Must never crash; the
// derived fields must stay consistent.
#include "fuzzsupport.h"

#include "model/database.h"
#include "model/import/importer.h"
#include "model/workspace.h"

#include <QFile>

using namespace swb;

namespace {

// An empty workspace and one holding three customers, made once; each input gets a copy of one of them.
struct Templates
{
    QString empty = fuzz::scratchPath(QStringLiteral("empty.sqlite"));
    QString withCustomers = fuzz::scratchPath(QStringLiteral("customers.sqlite"));

    Templates()
    {
        QString error;
        for (const QString& path : {empty, withCustomers}) {
            if (!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error))
                fuzz::fail(error);
        }
        const QString csv = fuzz::scratchPath(QStringLiteral("customers.csv"));
        const QByteArray customers("CustomerID,Country,Email\n17850,United Kingdom,a@example.org\n"
                                   "12472,Germany,b@example.org\n13047,France,\n");
        fuzz::writeFile(csv, reinterpret_cast<const uint8_t*>(customers.constData()), size_t(customers.size()));
        ImportOptions options;
        options.filePath = csv;
        const ImportReport report = Importer::run(withCustomers, options);
        if (!report.ok)
            fuzz::fail(report.error);
        // Checkpointed into the file itself, so that a copy of the file alone is the whole workspace.
        auto db = Database::open(withCustomers, Database::Mode::ReadWrite, &error);
        if (!db || !db->exec("PRAGMA wal_checkpoint(TRUNCATE)", &error))
            fuzz::fail(error);
    }
};

void checkDerived(const QString& workspace)
{
    QString error;
    auto db = Database::open(workspace, Database::Mode::ReadOnly, &error);
    if (!db)
        fuzz::fail(error);
    if (!db->columnNames(QStringLiteral("customers")).contains(QStringLiteral("orders_count")))
        return;
    const QVariant wrong = db->scalar(QStringLiteral(
        "SELECT count(*) FROM customers WHERE orders_count < 0 OR (orders_count = 0 AND avg_order_value IS NOT NULL) "
        "OR (orders_count > 0 AND avg_order_value IS NULL) OR first_purchase_date > last_purchase_date"));
    if (wrong.toLongLong() != 0)
        fuzz::fail(QStringLiteral("%1 customers have inconsistent derived fields").arg(wrong.toLongLong()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const Templates templates;
    static const QString csv = fuzz::scratchPath(QStringLiteral("orders.csv"));
    static const QString workspace = fuzz::scratchPath(QStringLiteral("input.sqlite"));
    fuzz::writeFile(csv, data, size);
    Workspace::removeFiles(workspace);
    if (!QFile::copy(size % 2 ? templates.withCustomers : templates.empty, workspace))
        fuzz::fail(QStringLiteral("cannot copy the template workspace"));

    ImportOptions options;
    options.filePath = csv;
    options.kind = ImportKind::Orders;
    const ImportReport report = Importer::run(workspace, options);
    if (report.ok)
        checkDerived(workspace);
    return 0;
}
