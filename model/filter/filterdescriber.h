// Renders a definition in plain language ("Customers where Country is one of “DE” and “AT” and …"), with the
// fields' original headers and one whole translatable sentence pattern per operator.
#pragma once

#include "model/filter/resolvedfilter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace swb {

class FilterDescriber
{
    Q_DECLARE_TR_FUNCTIONS(swb::FilterDescriber)

public:
    // "Customers where …." for a definition; "All customers." when it has no active rule.
    static QString describe(const ResolvedGroup& definition, const QLocale& locale = QLocale());
    // One clause, e.g. "Age is between 25 and 55".
    static QString describeRule(const ResolvedRule& rule, const QLocale& locale = QLocale());
    // The clauses of a group joined with "and" / "or"; nested groups in parentheses; groups without rules left out
    // (an empty text when none is left).
    static QString describeGroup(const ResolvedGroup& group, const QLocale& locale = QLocale());
};

} // namespace swb
