// Sorts the builder's rules into complete, incomplete (left out of the count) and invalid (with the reason).
#pragma once

#include "model/filter/filterdefinition.h"
#include "model/filter/filterresolver.h"
#include "ui/filter/definition/filtertree.h"

#include <QCoreApplication>
#include <QHash>

namespace swb {

enum class RuleState { Complete, Incomplete, Invalid, Muted };

struct RuleStatus
{
    RuleState state = RuleState::Complete;
    QString message; // what is missing or wrong, as a sentence
};

struct DefinitionCheck
{
    QHash<QString, RuleStatus> rules; // by FilterTree::pathKey
    int incomplete = 0;
    int invalid = 0;
    QString error; // the first reason the definition cannot be counted or saved, if any
    FilterGroup countable; // the definition with incomplete rules muted

    bool canCount() const { return invalid == 0 && error.isEmpty(); }
    bool canSave() const { return canCount() && incomplete == 0; }
    RuleStatus status(const NodePath& path) const { return rules.value(FilterTree::pathKey(path)); }
};

class RuleChecker
{
    Q_DECLARE_TR_FUNCTIONS(swb::RuleChecker)

public:
    // What is missing, or an empty string for a rule that has everything it needs.
    static QString missingPart(const FilterRule& rule);
    // Checks every active rule alone against `context` and the whole definition once.
    static DefinitionCheck check(const FilterGroup& root, const FilterContext& context);
};

} // namespace swb
