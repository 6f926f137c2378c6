// The soak test's independent reference: SQLite's own count of a selection, through the sqlite3 C API on a plain
// read-only connection of its own (not the workbench's database layer).
#pragma once

#include "model/selection/selectionsql.h"

#include <QString>

#include <optional>

struct sqlite3;

namespace swb {

class ReferenceCounter
{
public:
    ReferenceCounter() = default;
    ~ReferenceCounter();
    ReferenceCounter(const ReferenceCounter&) = delete;
    ReferenceCounter& operator=(const ReferenceCounter&) = delete;

    bool open(const QString& workspacePath, QString* error);
    // SELECT count(*) FROM customers WHERE <condition>, the condition's values bound in order.
    std::optional<qint64> count(const SqlCondition& condition, QString* error) const;
    // SELECT count(*) FROM <table>, for the check that nothing is left over; -1 on failure.
    qint64 rows(const QString& table) const;

private:
    sqlite3* m_db = nullptr;
};

} // namespace swb
