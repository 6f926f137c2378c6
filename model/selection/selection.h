// Which customers something applies to (a count, an export, KPIs, the table): a plain value without SQL.
//
// A selection is everyone, a filter definition (its JSON), a saved segment (its name), a list of customer keys
// (static members), or the intersection, difference or union of two selections. Definitions stay JSON and segments
// stay names because what they select depends on the workspace (its fields, its as-of date, the segments saved in
// it): SelectionSql resolves a selection against one workspace, to SQL or to rows of a column store.
// Copies share their data (immutable); equality compares what was asked for, not what it selects.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <memory>

namespace swb {

class Selection
{
    Q_DECLARE_TR_FUNCTIONS(swb::Selection)

public:
    enum class Kind { All, Definition, Segment, Members, Intersection, Difference, Union };

    Selection() = default; // all customers
    static Selection all() { return {}; }
    // A definition as react-querybuilder (or jQuery QueryBuilder) JSON, kept as given.
    static Selection definition(const QByteArray& json);
    static Selection segment(const QString& name);
    // Customers whose key (Workspace::customerKeyExpression()) is one of `keys`, compared as SQLite compares the
    // key with `segment_members.customer_key`. No keys: nobody.
    static Selection members(const QVariantList& keys);
    static Selection nobody() { return members({}); }
    // Customers in both. Everyone is left out of an intersection (A ∩ everyone is A).
    static Selection intersection(const Selection& a, const Selection& b);
    // Customers in `a` but not in `b` (including those for whom `b` is unknown because of NULLs).
    static Selection difference(const Selection& a, const Selection& b);
    // Customers in either (everyone in either makes everyone).
    static Selection either(const Selection& a, const Selection& b);

    Kind kind() const;
    bool isAll() const { return kind() == Kind::All; }
    QByteArray definitionJson() const; // Kind::Definition
    QString segmentName() const; // Kind::Segment
    QVariantList keys() const; // Kind::Members
    // The operands of Intersection, Difference and Union (everyone otherwise).
    Selection first() const;
    Selection second() const;

    // A short text for messages and logs: "the segment "Rich" without 3 listed customers".
    QString description() const;

    friend bool operator==(const Selection& a, const Selection& b);
    friend bool operator!=(const Selection& a, const Selection& b) { return !(a == b); }

private:
    struct Data;
    explicit Selection(std::shared_ptr<const Data> data);
    static Selection combined(Kind kind, const Selection& a, const Selection& b);

    std::shared_ptr<const Data> d; // null: everyone
};

} // namespace swb
