// A segment definition as a tree of plain structs: react-querybuilder's RuleGroupType JSON, read and written back.
#pragma once

#include "model/filter/filteroperator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace swb {

struct FilterGroup;
struct FilterNode;

// `{"field":"country","operator":"in","value":["DE","AT"]}`. Field, operator and value are kept as written;
// FilterResolver checks them against the field catalog (muted rules are never checked).
struct FilterRule
{
    QString id;
    QString field; // a column of `customers`, "@segment" or "@orders"
    QString operatorName; // "=", "in", "inLastDays", …
    QJsonValue value; // as written; Undefined when the rule has none
    bool disabled = false; // react-querybuilder `"disabled": true`: the rule is muted
    bool muted = false; // react-querybuilder `"muted": true` (newer versions): the same
    QJsonObject json; // the rule as read, so that keys we do not know survive a round trip
    // `@orders` rules only (other rules keep these keys in `json` as they are): "where", the condition on the order
    // lines that count, read as a group of rules on order columns (null when absent); "measure" and "window" as
    // written (Undefined when absent). FilterResolver checks them; writing puts them back in place of `json`'s.
    std::shared_ptr<const FilterGroup> where;
    QJsonValue measure{QJsonValue::Undefined};
    QJsonValue window{QJsonValue::Undefined};

    bool isActive() const { return !disabled && !muted; }
    bool isOrders() const;
};

// `{"combinator":"and","not":false,"rules":[…]}`. An active group without active rules selects everyone.
struct FilterGroup
{
    QString id;
    FilterCombinator combinator = FilterCombinator::And;
    bool negated = false; // "not": true
    bool disabled = false;
    bool muted = false;
    std::vector<FilterNode> rules;
    QJsonObject json; // the group as read, without "rules"

    bool isActive() const { return !disabled && !muted; }
};

struct FilterNode
{
    std::variant<FilterRule, FilterGroup> item;

    bool isGroup() const { return std::holds_alternative<FilterGroup>(item); }
    const FilterRule* rule() const { return std::get_if<FilterRule>(&item); }
    FilterRule* rule() { return std::get_if<FilterRule>(&item); }
    const FilterGroup* group() const { return std::get_if<FilterGroup>(&item); }
    FilterGroup* group() { return std::get_if<FilterGroup>(&item); }
    bool isActive() const { return isGroup() ? group()->isActive() : rule()->isActive(); }
};

class FilterDefinition
{
    Q_DECLARE_TR_FUNCTIONS(swb::FilterDefinition)

public:
    // At most this many levels of groups (the root is the first, a saved segment's definition adds its own);
    // deeper nesting is refused with an error. SQLite's parser keeps a stack of 100 entries: the SQL of 14 levels of
    // negated groups, each nested in the last place of 65 children, is the most it reads ("parser stack overflow").
    static constexpr int maxDepth = 10;

    // The pseudo-field of order rules: `{"field":"@orders","operator":">=","value":2,"measure":"count",
    // "where":{…a group on order columns…},"window":{"inLastDays":90}}` (see docs/architecture.md, "Order rules"). Its
    // "where" group counts as one level deeper than the rule's group.
    static QString ordersField() { return QStringLiteral("@orders"); }

    // Reads a definition: react-querybuilder's shape, or jQuery QueryBuilder's (recognised by "condition"
    // without "combinator", converted with JQueryQueryBuilder). Only the structure is checked here; errors
    // name the part at fault by its path, e.g. "rules[2].rules[0]: …".
    static std::optional<FilterGroup> parse(const QByteArray& json, QString* error);
    static std::optional<FilterGroup> fromJson(const QJsonObject& object, QString* error);

    // Writes the tree back. A tree read by parse() gives the same JSON object (key order aside): unknown keys,
    // an explicit "not": false, ids and values are kept as they were.
    static QJsonObject toJson(const FilterGroup& group);
    static QByteArray toJsonText(const FilterGroup& group); // compact

    // "rules[2].rules[0]" for child `index` of the group at `parentPath` ("" for the root).
    static QString childPath(const QString& parentPath, int index);
    // Why the rule cannot be used when its field, operator or a value contains a NUL character ("" when none does).
    // parse() refuses such rules, FilterResolver too (for trees built in memory).
    static QString nulCharacterProblem(const FilterRule& rule);
    // {2, 0} for "rules[2].rules[0]"; {} for the root; {2} for "rules[2].where.rules[0]" (the `@orders` rule).
    static QList<int> pathIndexes(const QString& path);
    // "path: message", or the message alone for the root.
    static QString atPath(const QString& path, const QString& message);
};

} // namespace swb
