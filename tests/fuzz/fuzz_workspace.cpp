// libFuzzer target: arbitrary bytes opened as a workspace file. Opening must refuse what is not a workspace (or
// migrate it) without crashing, and what opens must stand the usual reads: catalog, as-of date, segments and their
// counts, the column store the evaluator loads.
#include "fuzzsupport.h"

#include "model/filter/columnstore.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

#include <memory>

using namespace swb;

namespace {

void readSegments(Workspace& workspace, const FilterContext& context, const std::shared_ptr<const ColumnStore>& store)
{
    SegmentRepository segments(workspace);
    const QList<Segment> all = segments.list();
    QString error;
    for (qsizetype i = 0; i < all.size() && i < 8; ++i) {
        (void)segments.count(all.at(i).name, &error);
        if (!store || all.at(i).definition.isEmpty())
            continue;
        const auto resolved = FilterResolver::resolve(all.at(i).definition, context, &error);
        if (!resolved)
            continue;
        FilterEvaluator evaluator(store);
        evaluator.setDatabase(&workspace.db(), workspace.customerKeyExpression());
        (void)evaluator.count(*resolved, &error);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = fuzz::scratchPath(QStringLiteral("input.sqlite"));
    Workspace::removeFiles(path); // with the -wal and -shm files a previous input left
    fuzz::writeFile(path, data, size);

    QString error;
    const auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return 0;
    (void)workspace->schemaVersion();
    (void)workspace->hasCustomers();
    (void)workspace->customerCount();
    (void)workspace->fields(QStringLiteral("orders"));
    (void)workspace->asOfDate();
    const FilterContext context = FilterContext::fromWorkspace(*workspace);
    const auto key = workspace->fieldByRole(FieldRole::CustomerKey);
    std::shared_ptr<const ColumnStore> store
        = ColumnStore::load(workspace->db(), context.fields, key ? key->name : QString(), &error);
    readSegments(*workspace, context, store);
    return 0;
}
