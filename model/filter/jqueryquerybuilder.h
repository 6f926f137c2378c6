// Converts jQuery QueryBuilder's JSON (`{"condition":"AND","rules":[…]}`) to react-querybuilder's shape.
//
// Groups: "condition" AND/OR → "combinator" and/or; "not" is kept; "valid", "flags" and "data" are dropped.
// Rules: "field" (or "id" when there is no "field") and "value" are kept; "id" (jQuery's filter id, not a rule id),
// "type", "input" and "data" are dropped. Operators:
//   equal =, not_equal !=, less <, less_or_equal <=, greater >, greater_or_equal >=, between, not_between
//   notBetween, in, not_in notIn, begins_with beginsWith, not_begins_with doesNotBeginWith, contains,
//   not_contains doesNotContain, ends_with endsWith, not_ends_with doesNotEndWith, is_null null,
//   is_not_null notNull,
//   is_empty → `=` with the value "" and is_not_empty → `!=` with "": jQuery QueryBuilder's own SQL export writes
//   `= ''` / `!= ''`, so an empty value is the empty text, not NULL (NULL never matches either; use is_null).
//   Because "" is not a number, is_empty on a number field is refused by validation.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace swb {

class JQueryQueryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(swb::JQueryQueryBuilder)

public:
    // True for an object with "condition" and without "combinator".
    static bool looksLikeJQuery(const QJsonObject& object);
    // Errors name the part at fault by its path ("rules[1]: …").
    static std::optional<QJsonObject> toReactQueryBuilder(const QJsonObject& group, QString* error);
};

} // namespace swb
