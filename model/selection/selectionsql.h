// Resolves a Selection against one workspace: to an SQL condition over `customers`, or to rows of a column store.
// The one place that turns selections into WHERE clauses and composes them.
//
// Conditions, with <X> the condition of X (always in parentheses, values bound in the order of their `?`):
//   everyone                     (1 = 1)
//   definition / dynamic segment  the compiled definition (FilterCompiler), in parentheses
//   static segment                (COALESCE(KEY IN (SELECT "customer_key" FROM "segment_members" …), 0))
//   members [k1, k2, …]           (KEY IN (SELECT value FROM json_each(?)))  bound to the keys as one JSON array
//   A ∩ B                         (<A> AND <B>)
//   A \ B                         (<A> AND NOT COALESCE(<B>, 0))   a row for which <B> is NULL is not in B
//   A ∪ B                         (<A> OR <B>)
// A saved segment is resolved through the workspace's `segments` table when the condition is made: a dynamic one is
// its definition (errors name the rule at fault), a static one its members.
#pragma once

#include "model/database.h"
#include "model/filter/bitset.h"
#include "model/filter/filterresolver.h"
#include "model/selection/selection.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantList>

#include <optional>

namespace swb {

class ColumnStore;
class FilterEvaluator;
class Workspace;

// A condition over `customers` and its values: in parentheses, so that it joins others as it is.
struct SqlCondition
{
    QString sql = QStringLiteral("(1 = 1)");
    QVariantList bindings; // one per `?`, in order

    static SqlCondition everyone() { return {}; }
    bool isEveryone() const { return sql == everyone().sql && bindings.isEmpty(); }
    // Binds the values to the statement's parameters `first`, `first + 1`, ….
    void bind(Statement& statement, int first = 1) const;

    bool operator==(const SqlCondition&) const = default;
};

class SelectionSql
{
    Q_DECLARE_TR_FUNCTIONS(swb::SelectionSql)

public:
    // Reads the workspace's fields, as-of date and segments when a definition or segment first needs them;
    // `workspace` must outlive the helper.
    explicit SelectionSql(Workspace& workspace);

    // Relative dates count from `date` instead of the workspace's as-of date.
    void setAsOfDate(const QDate& date);

    // Nothing, with `error` naming the unknown segment or the rule at fault, when the selection cannot be resolved.
    std::optional<SqlCondition> condition(const Selection& selection, QString* error);
    // `head` + " FROM customers WHERE " + the condition + `tail`, prepared on the workspace's connection, the
    // condition's values bound from parameter `firstBinding` on (the head's own come first). Invalid, with `error`
    // set, when the selection cannot be resolved or the statement prepared.
    Statement prepare(const QString& head, const Selection& selection, const QString& tail, QString* error,
                      int firstBinding = 1);
    static Statement prepare(Database& db, const QString& head, const SqlCondition& condition, const QString& tail,
                             QString* error, int firstBinding = 1);
    // The text of such a statement, without preparing it.
    static QString statementText(const QString& head, const SqlCondition& condition, const QString& tail);
    // SELECT count(*) of the selection.
    std::optional<qint64> count(const Selection& selection, QString* error);

    // The selection as rows (indices into the evaluator's store), computed in memory where the store can: everyone,
    // definitions and segments through `evaluator` (which needs the database for static segments), members through
    // the store's key index; SQLite answers for a key column the store holds as Irregular.
    std::optional<Bitset> rows(const Selection& selection, FilterEvaluator& evaluator, QString* error);

    // a AND b, a AND NOT b (NULL counting as not in b), a OR b; everyone is left out where it changes nothing.
    static SqlCondition both(const SqlCondition& a, const SqlCondition& b);
    static SqlCondition without(const SqlCondition& a, const SqlCondition& b);
    static SqlCondition either(const SqlCondition& a, const SqlCondition& b);
    // As prepare(), with one 0/1 column per `members` condition after `head`'s own (whether each row meets it:
    // `head`, COALESCE(<member>, 0), …); the members' values are bound first, then the condition's.
    static Statement prepareWithMembers(Database& db, const QString& head, const QList<SqlCondition>& members,
                                        const SqlCondition& condition, const QString& tail, QString* error);
    // `sql` in parentheses, unless it is in one pair of them already.
    static QString enclosed(const QString& sql);

private:
    // A definition or a segment as a resolved definition.
    std::optional<ResolvedGroup> resolve(const Selection& selection, QString* error);
    const FilterContext& context();
    SqlCondition membersCondition(const QVariantList& keys);
    std::optional<Bitset> rowsBySql(const Selection& selection, const ColumnStore& store, QString* error);

    Workspace& m_workspace;
    std::optional<FilterContext> m_context;
    std::optional<QDate> m_asOfDate;
    QString m_keyExpression; // read with the context, or for members
};

} // namespace swb
