#include "ui/filter/definition/rulechecker.h"

#include "ui/filter/definition/orderruleedits.h"
#include "ui/filter/definition/ruleedits.h"

namespace swb {

namespace {

bool insideMutedGroup(const FilterGroup& root, const NodePath& path)
{
    const FilterGroup* group = &root;
    for (int i = 0; i < path.size() - 1; ++i) {
        if (!group->isActive())
            return true;
        group = group->rules[size_t(path.at(i))].group();
    }
    return !group->isActive();
}

// The resolver names the rule by its path in the one-rule group we hand it; the builder shows the message next to
// the rule, so the path is noise.
QString withoutPath(const QString& message)
{
    const QString prefix = FilterDefinition::atPath(FilterDefinition::childPath({}, 0), QString());
    QString text = message.startsWith(prefix) ? message.mid(prefix.size()) : message;
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}

// What an order rule's window and condition still need ("" when nothing).
QString missingOrderPart(const FilterRule& rule)
{
    using namespace OrderRuleEdits;
    if (measureOf(rule) == Measure::Distinct && distinctColumn(rule).isEmpty())
        return RuleChecker::tr("Choose the column whose distinct values are counted.");
    const Window window = windowOf(rule);
    if (window.kind == WindowKind::InLastDays && RuleEdits::isBlank(window.days))
        return RuleChecker::tr("Enter the number of days of the time window.");
    if ((window.kind == WindowKind::From || window.kind == WindowKind::Between) && RuleEdits::isBlank(window.from))
        return RuleChecker::tr("Enter the first day of the time window.");
    if ((window.kind == WindowKind::To || window.kind == WindowKind::Between) && RuleEdits::isBlank(window.to))
        return RuleChecker::tr("Enter the last day of the time window.");
    if (!rule.where)
        return {};
    QString missing;
    FilterTree::forEachRule(*rule.where, [&](const NodePath& path, const FilterRule& line) {
        if (missing.isEmpty() && line.isActive() && !insideMutedGroup(*rule.where, path))
            missing = RuleChecker::missingPart(line);
    });
    return missing.isEmpty() ? QString()
                             : RuleChecker::tr("Complete the condition on the order lines: %1").arg(missing);
}

} // namespace

QString RuleChecker::missingPart(const FilterRule& rule)
{
    if (rule.field.isEmpty())
        return tr("Choose a field.");
    if (rule.operatorName.isEmpty())
        return tr("Choose an operator.");
    const auto op = filterOperatorFromName(rule.operatorName);
    if (!op)
        return {};
    switch (operandShape(*op)) {
    case OperandShape::None:
        return {};
    case OperandShape::One:
        if (RuleEdits::isBlank(rule.value))
            return tr("Enter a value.");
        break;
    case OperandShape::Days:
        return RuleEdits::isBlank(rule.value) ? tr("Enter a number of days.") : QString();
    case OperandShape::List: {
        const QList<QJsonValue> items = RuleEdits::operands(rule.value);
        const bool any
            = std::any_of(items.begin(), items.end(), [](const QJsonValue& v) { return !RuleEdits::isBlank(v); });
        return any ? QString() : tr("Add at least one value.");
    }
    case OperandShape::Pair: {
        const QList<QJsonValue> items = RuleEdits::operands(rule.value);
        if (items.size() != 2 || RuleEdits::isBlank(items.at(0)) || RuleEdits::isBlank(items.at(1)))
            return tr("Enter both values.");
        break;
    }
    }
    return rule.isOrders() ? missingOrderPart(rule) : QString();
}

DefinitionCheck RuleChecker::check(const FilterGroup& root, const FilterContext& context)
{
    DefinitionCheck result;
    result.countable = root;
    FilterTree::forEachRule(root, [&](const NodePath& path, const FilterRule& rule) {
        RuleStatus status;
        if (!rule.isActive() || insideMutedGroup(root, path)) {
            status.state = RuleState::Muted;
        } else if (const QString missing = missingPart(rule); !missing.isEmpty()) {
            status = {RuleState::Incomplete, missing};
            FilterTree::ruleAt(result.countable, path)->muted = true;
            ++result.incomplete;
        } else {
            FilterGroup alone;
            alone.rules.push_back(FilterNode{rule});
            QString error;
            if (!FilterResolver::resolve(alone, context, &error)) {
                status = {RuleState::Invalid, withoutPath(error)};
                ++result.invalid;
                if (result.error.isEmpty())
                    result.error = tr("A rule is invalid: %1").arg(status.message);
            }
        }
        result.rules.insert(FilterTree::pathKey(path), status);
    });
    if (result.invalid == 0) {
        QString error;
        if (!FilterResolver::resolve(result.countable, context, &error))
            result.error = error;
    }
    return result;
}

} // namespace swb
