// What the window needs to know about a workspace, read (and created or migrated) on a worker thread.
#pragma once

#include "model/field.h"
#include "model/segments/segmentrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace swb {

struct WorkspaceSummary
{
    bool ok = false;
    QString error; // what is wrong and what to do
    QString path;
    QList<FieldInfo> fields; // customer table columns, in table order
    QList<FieldInfo> catalog; // the field catalog: what definitions are checked against (FilterContext)
    QList<FieldInfo> orderCatalog; // the catalog of `orders`: what `@orders` rules are checked against
    QString keyExpression; // SQL of the customer key (Workspace::customerKeyExpression)
    QList<Segment> segments; // the saved segments, by name
    bool hasCustomers = false;
    bool hasOrders = false;
    qint64 customerCount = 0;
    QDate asOfDate;
    std::optional<QDate> asOfDateOverride;
    qint64 importCount = 0;
    // Why the workspace may not be changed (a role on a server that may only read it); empty when it may.
    QString readOnly;
};

class WorkspaceTasks
{
    Q_DECLARE_TR_FUNCTIONS(swb::WorkspaceTasks)

public:
    // Opens `path` (creating an empty workspace when `create`), migrates it and reads its summary.
    static WorkspaceSummary load(const QString& path, bool create);

    // Stores or clears the as-of date override; returns an error message or an empty string.
    static QString setAsOfDateOverride(const QString& path, std::optional<QDate> date);
};

} // namespace swb
