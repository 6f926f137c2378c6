#include "model/segments/segmentwords.h"

#include "model/filter/filterdescriber.h"

namespace swb {

QString SegmentWords::describe(const Segment& segment, const FilterContext& context, const QLocale& locale)
{
    QString words;
    if (!segment.definition.isEmpty()) {
        QString error;
        const auto resolved = FilterResolver::resolve(segment.definition, context, &error);
        words = resolved ? FilterDescriber::describe(*resolved, locale)
                         : tr("The definition cannot be described: %1").arg(error);
    }
    if (segment.kind == SegmentKind::Dynamic)
        return words;
    if (words.isEmpty())
        return tr("A fixed list of customers (static segment).");
    return tr("A fixed list of customers (static segment), taken from: %1").arg(words);
}

} // namespace swb
