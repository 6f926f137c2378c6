#include "model/jobs/workspacetasks.h"

#include "model/postgres/pgtasks.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"

namespace swb {

WorkspaceSummary WorkspaceTasks::load(const QString& path, bool create)
{
    if (PgWorkspace::isUri(path))
        return PgTasks::load(path);
    WorkspaceSummary summary;
    summary.path = path;
    QString error;
    auto workspace = Workspace::open(
        path, create ? Workspace::OpenMode::CreateIfMissing : Workspace::OpenMode::OpenExisting, &error);
    if (!workspace) {
        summary.error = error;
        return summary;
    }
    summary.hasCustomers = workspace->hasCustomers();
    summary.hasOrders = workspace->db().tableExists(QStringLiteral("orders"));
    if (summary.hasCustomers) {
        // The catalog describes the columns; a column it does not know (a table written by another tool) is
        // still shown, as text.
        const QList<FieldInfo> catalog = workspace->fields();
        const QStringList columns = workspace->db().columnNames(QStringLiteral("customers"));
        for (int i = 0; i < columns.size(); ++i) {
            const auto known = std::find_if(catalog.begin(), catalog.end(),
                                            [&](const FieldInfo& field) { return field.name == columns.at(i); });
            FieldInfo field;
            if (known != catalog.end()) {
                field = *known;
            } else {
                field.name = columns.at(i);
                field.originalHeader = columns.at(i);
            }
            field.position = i;
            summary.fields.append(field);
        }
        summary.customerCount = workspace->customerCount();
    }
    summary.catalog = workspace->fields();
    summary.orderCatalog = workspace->fields(QStringLiteral("orders"));
    summary.keyExpression = workspace->customerKeyExpression();
    summary.segments = SegmentRepository(*workspace).list();
    summary.asOfDate = workspace->asOfDate();
    summary.asOfDateOverride = workspace->asOfDateOverride();
    summary.importCount = workspace->db().scalar(QStringLiteral("SELECT count(*) FROM imports")).toLongLong();
    summary.ok = true;
    return summary;
}

QString WorkspaceTasks::setAsOfDateOverride(const QString& path, std::optional<QDate> date)
{
    QString error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return error;
    if (!workspace->setAsOfDateOverride(date, &error))
        return tr("Cannot store the as-of date in %1: %2").arg(path, error);
    return {};
}

} // namespace swb
