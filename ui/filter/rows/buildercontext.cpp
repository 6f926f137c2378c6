#include "ui/filter/rows/buildercontext.h"

#include "model/filter/filterresolver.h"

namespace swb {

ValueType BuilderContext::typeOf(const QString& field) const
{
    if (field == FilterResolver::segmentField())
        return offerSegments ? ValueType::Segment : ValueType::Unknown;
    for (const FieldInfo& info : fields) {
        if (info.name == field)
            return valueTypeOf(info.type);
    }
    return ValueType::Unknown;
}

} // namespace swb
