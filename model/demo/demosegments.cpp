#include "model/demo/demosegments.h"

#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

namespace swb {

namespace {

struct Example
{
    const char* name;
    const char* description;
    const char* color;
    const char* definition;
};

// The definitions use the columns the demo generator writes and the importer derives from its orders.
const Example s_examples[] = {
    {QT_TRANSLATE_NOOP("swb::DemoSegments", "DACH win-back"),
     QT_TRANSLATE_NOOP("swb::DemoSegments",
                       "Valuable newsletter readers in Germany, Austria and Switzerland who have not bought for "
                       "90 days."),
     "#d9534f",
     R"({"combinator":"and","rules":[
           {"field":"country","operator":"in","value":"DE,AT,CH"},
           {"combinator":"or","rules":[
             {"field":"total_revenue","operator":">=","value":500},
             {"field":"orders_count","operator":">","value":3}]},
           {"field":"last_purchase_date","operator":"notInLastDays","value":90},
           {"field":"newsletter","operator":"=","value":true}]})"},
    {QT_TRANSLATE_NOOP("swb::DemoSegments", "Loyal gold and platinum"),
     QT_TRANSLATE_NOOP("swb::DemoSegments", "Top loyalty tiers who bought in the last 180 days and have not churned."),
     "#f0ad4e",
     R"({"combinator":"and","rules":[
           {"field":"loyalty_tier","operator":"in","value":"gold,platinum"},
           {"field":"last_purchase_date","operator":"inLastDays","value":180},
           {"combinator":"and","not":true,"rules":[{"field":"churned","operator":"=","value":true}]}]})"},
    {QT_TRANSLATE_NOOP("swb::DemoSegments", "New one-time buyers"),
     QT_TRANSLATE_NOOP("swb::DemoSegments", "Customers whose only order is from the last 365 days."), "#5bc0de",
     R"({"combinator":"and","rules":[
           {"field":"orders_count","operator":"=","value":1},
           {"field":"first_purchase_date","operator":"inLastDays","value":365}]})"},
};

} // namespace

QStringList DemoSegments::names()
{
    QStringList result;
    for (const Example& example : s_examples)
        result << tr(example.name);
    return result;
}

bool DemoSegments::save(Workspace& workspace, QString* error)
{
    SegmentRepository segments(workspace);
    for (const Example& example : s_examples) {
        const QString name = tr(example.name);
        if (segments.find(name) && !segments.remove(name, error))
            return false;
        if (!segments.saveDynamic(name, QByteArray(example.definition), error))
            return false;
        if (!segments.setDescription(name, tr(example.description), QString::fromLatin1(example.color), error))
            return false;
    }
    return true;
}

} // namespace swb
