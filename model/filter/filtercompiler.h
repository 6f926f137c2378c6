// Compiles a resolved definition into a parameterised SQLite WHERE clause: identifiers quoted, values bound.
//
// The text is what one would write by hand ("f" is the quoted column, every value a `?`):
//   =  "f" = ?          !=  "f" != ?        <  "f" < ?     >  "f" > ?     <=  "f" <= ?     >=  "f" >= ?
//   contains / beginsWith / endsWith               "f" LIKE ? ESCAPE '\'      bound %v% / v% / %v
//   doesNotContain / doesNotBeginWith / doesNotEndWith   "f" NOT LIKE ? ESCAPE '\'
//     (v with \ % _ escaped by a backslash, so they match literally; LIKE folds ASCII case only)
//   null  "f" IS NULL        notNull  "f" IS NOT NULL
//   in  "f" IN (?, ?)        notIn  "f" NOT IN (?, ?)
//   between  "f" BETWEEN ? AND ?     notBetween  "f" NOT BETWEEN ? AND ?
//   inLastDays  ("f" >= ? AND "f" < ?)    notInLastDays  NOT ("f" >= ? AND "f" < ?)    moreThanDaysAgo  "f" < ?
//   @segment in [A]      COALESCE(<A>, 0)         @segment in [A, B]   (COALESCE(<A>, 0) OR COALESCE(<B>, 0))
//   @segment notIn [A]   NOT COALESCE(<A>, 0)     @segment notIn [A, B]  NOT (COALESCE(<A>, 0) OR …)
//     where <A> is the compiled definition of a dynamic segment, or for a static one
//     KEY IN (SELECT "customer_key" FROM "segment_members" WHERE "segment_id" = ?)
//   @orders  COALESCE(KEY IN (SELECT "k" FROM "orders" WHERE "k" IS NOT NULL [AND (where)] [AND "date" >= ?]
//            [AND "date" < ?] GROUP BY "k" HAVING <measure> op ?), 0)
//     and, when a customer without matching lines satisfies the comparison (count = 0, count < 2, sum <= 10):
//            NOT COALESCE(KEY IN (… HAVING NOT (<measure> op ?)), 0)
//     <measure>: count(*) (by line, or over the orders of a nested GROUP BY "k", "order id" HAVING a positive
//     total), coalesce(sum(amount in millionths), 0) / 1000000.0, count(DISTINCT "c"), min/max(day of a line with a
//     positive amount). Never NULL: a customer is TRUE or FALSE for it.
// Groups: children joined by " AND " / " OR " in parentheses, "(a AND b)"; "not": "NOT (a AND b)"; more than 8
// children are nested in parentheses of 8 ("((a AND … AND h) AND (i AND …))"), as SQLite limits an expression's
// depth. A group without active rules is left out as a whole, "not" or not; a definition without any is "(1 = 1)".
// SQLite evaluates all of it with its three-valued logic: NULL never matches a comparison, a pattern, IN or
// BETWEEN, nor their negations.
//
// The PostgreSQL dialect has the same semantics, written for its type rules:
//   patterns        "f" COLLATE "C" ILIKE ? ESCAPE '\'   (the C collation folds ASCII case only, as SQLite's LIKE)
//   <, >, BETWEEN, relative dates on text, first/last dates: "f" COLLATE "C" (bytewise, as SQLite's BINARY)
//   @segment / @orders   COALESCE(…, FALSE) (a boolean, not 0)
//   amounts in millionths  CAST(trunc(v + CASE WHEN v < 0 THEN -0.5 ELSE 0.5 END) AS BIGINT), v the amount as a
//                   double times 1000000: SQLite's round() (half away from zero; PostgreSQL's rounds half to even)
//   sum             CAST(coalesce(sum(…), 0) AS double precision) / 1000000 (sum(bigint) is numeric there)
//   nested GROUP BY of order counts: the subquery gets an alias, as PostgreSQL 15 requires.
// Nothing else differs: every identifier is quoted, every value bound, and no function is volatile (Citus and
// postgres_fdw push such conditions down to the shards).
#pragma once

#include "model/filter/resolvedfilter.h"
#include "model/sqldialect.h"

#include <QList>
#include <QString>

#include <optional>

namespace swb {

class Database;
class Statement;

struct CompiledFilter
{
    QString where; // e.g. ("country" IN (?, ?))
    QList<FilterValue> bindings; // one per `?`, in order
};

class FilterCompiler
{
public:
    // `keyExpression`: the customer key in SQL (Workspace::customerKeyExpression()), used by static segments.
    static CompiledFilter compile(const ResolvedGroup& group, const QString& keyExpression,
                                  SqlDialect dialect = SqlDialect::SQLite);
    // One rule alone, without the surrounding group's parentheses.
    static CompiledFilter compileRule(const ResolvedRule& rule, const QString& keyExpression,
                                      SqlDialect dialect = SqlDialect::SQLite);

    // The LIKE pattern of a text-pattern operator: `literal` escaped, then % added.
    static QString likePattern(FilterOperator op, const QString& literal);

    // Binds `values` to the statement's parameters `first`, `first + 1`, ….
    static void bind(Statement& statement, const QList<FilterValue>& values, int first = 1);

    // SELECT count(*) FROM customers WHERE …
    static std::optional<qint64> count(Database& db, const CompiledFilter& filter, QString* error);
    // The count query as text for people to read and paste into sqlite3: the statement, then one comment line per
    // parameter with its value as an SQL literal ("-- ?1 = 'DE'").
    static QString countQueryText(const CompiledFilter& filter);
};

} // namespace swb
