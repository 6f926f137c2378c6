#include "model/filter/ruleevaluator.h"

#include "model/filter/likematcher.h"

#include <algorithm>

namespace swb {

namespace {

enum class Cmp { Eq, Lt, Le, Gt, Ge };

constexpr qint64 s_exactDoubleLimit = qint64(1) << 53;

// Usual arithmetic conversions do the exact thing: an int64 against a long double is compared as long double
// (64-bit mantissa), which is how SQLite compares an INTEGER with a REAL.
template<typename X, typename C>
Bitset compareColumn(const X* xs, qint64 n, C c, Cmp cmp)
{
    switch (cmp) {
    case Cmp::Eq:
        return Bitset::fromPredicate(n, [=](qint64 i) { return xs[i] == c; });
    case Cmp::Lt:
        return Bitset::fromPredicate(n, [=](qint64 i) { return xs[i] < c; });
    case Cmp::Le:
        return Bitset::fromPredicate(n, [=](qint64 i) { return xs[i] <= c; });
    case Cmp::Gt:
        return Bitset::fromPredicate(n, [=](qint64 i) { return xs[i] > c; });
    case Cmp::Ge:
        return Bitset::fromPredicate(n, [=](qint64 i) { return xs[i] >= c; });
    }
    return Bitset(n);
}

Bitset numericCompare(const ColumnStore::Column& column, qint64 n, const FilterValue& value, Cmp cmp)
{
    if (column.storage == ColumnStore::Storage::Integer) {
        const qint64* xs = column.integers.data();
        if (const auto* i = std::get_if<qint64>(&value))
            return compareColumn(xs, n, *i, cmp);
        return compareColumn(xs, n, static_cast<long double>(std::get<double>(value)), cmp);
    }
    const double* xs = column.reals.data();
    if (const auto* d = std::get_if<double>(&value))
        return compareColumn(xs, n, *d, cmp);
    const qint64 i = std::get<qint64>(value);
    if (i <= s_exactDoubleLimit && i >= -s_exactDoubleLimit)
        return compareColumn(xs, n, double(i), cmp);
    return compareColumn(xs, n, static_cast<long double>(i), cmp);
}

long double asLongDouble(const FilterValue& value)
{
    if (const auto* i = std::get_if<qint64>(&value))
        return static_cast<long double>(*i);
    return static_cast<long double>(std::get<double>(value));
}

Bitset numericIn(const ColumnStore::Column& column, qint64 n, const QList<FilterValue>& values)
{
    if (values.size() <= 4) {
        Bitset any(n);
        for (const FilterValue& value : values)
            any |= numericCompare(column, n, value, Cmp::Eq);
        return any;
    }
    std::vector<long double> sorted;
    for (const FilterValue& value : values)
        sorted.push_back(asLongDouble(value));
    std::sort(sorted.begin(), sorted.end());
    if (column.storage == ColumnStore::Storage::Integer) {
        const qint64* xs = column.integers.data();
        return Bitset::fromPredicate(n, [&](qint64 i) {
            return std::binary_search(sorted.begin(), sorted.end(), static_cast<long double>(xs[i]));
        });
    }
    const double* xs = column.reals.data();
    return Bitset::fromPredicate(
        n, [&](qint64 i) { return std::binary_search(sorted.begin(), sorted.end(), static_cast<long double>(xs[i])); });
}

Bitset numericMatches(const ColumnStore::Column& column, qint64 n, const ResolvedRule& rule)
{
    const QList<FilterValue>& v = rule.values;
    switch (rule.op) {
    case FilterOperator::Equal:
    case FilterOperator::NotEqual:
        return numericCompare(column, n, v.at(0), Cmp::Eq);
    case FilterOperator::Less:
        return numericCompare(column, n, v.at(0), Cmp::Lt);
    case FilterOperator::LessOrEqual:
        return numericCompare(column, n, v.at(0), Cmp::Le);
    case FilterOperator::Greater:
        return numericCompare(column, n, v.at(0), Cmp::Gt);
    case FilterOperator::GreaterOrEqual:
        return numericCompare(column, n, v.at(0), Cmp::Ge);
    case FilterOperator::Between:
    case FilterOperator::NotBetween:
        return numericCompare(column, n, v.at(0), Cmp::Ge) &= numericCompare(column, n, v.at(1), Cmp::Le);
    case FilterOperator::In:
    case FilterOperator::NotIn:
        return numericIn(column, n, v);
    default:
        return Bitset(n); // not valid for numbers: refused by FilterResolver
    }
}

std::string_view utf8View(const FilterValue& value, QByteArray* storage)
{
    *storage = std::get<QString>(value).toUtf8();
    return {storage->constData(), size_t(storage->size())};
}

// Rows whose code is in [low, high).
Bitset codeRange(const std::vector<quint32>& codes, qint64 n, qint64 low, qint64 high)
{
    if (low >= high)
        return Bitset(n);
    const quint32* c = codes.data();
    const auto base = quint32(low);
    const auto width = quint32(high - low);
    return Bitset::fromPredicate(n, [=](qint64 i) { return quint32(c[i] - base) < width; });
}

Bitset codeLookup(const std::vector<quint32>& codes, qint64 n, const std::vector<quint8>& wanted)
{
    const quint32* c = codes.data();
    const quint8* w = wanted.data();
    return Bitset::fromPredicate(n, [=](qint64 i) { return w[c[i]] != 0; });
}

LikeMatcher::Kind likeKind(FilterOperator op)
{
    switch (op) {
    case FilterOperator::BeginsWith:
    case FilterOperator::DoesNotBeginWith:
        return LikeMatcher::Kind::BeginsWith;
    case FilterOperator::EndsWith:
    case FilterOperator::DoesNotEndWith:
        return LikeMatcher::Kind::EndsWith;
    default:
        return LikeMatcher::Kind::Contains;
    }
}

Bitset textMatches(const ColumnStore::Column& column, qint64 n, const ResolvedRule& rule)
{
    const TextDictionary& dictionary = column.dictionary;
    const std::vector<quint32>& codes = column.codes;
    const qint64 size = dictionary.size();
    QByteArray a;
    QByteArray b;
    switch (rule.op) {
    case FilterOperator::Equal:
    case FilterOperator::NotEqual: {
        const auto code = dictionary.find(utf8View(rule.values.at(0), &a));
        return code ? codeRange(codes, n, *code, *code + 1) : Bitset(n);
    }
    case FilterOperator::Less:
        return codeRange(codes, n, 0, dictionary.lowerBound(utf8View(rule.values.at(0), &a)));
    case FilterOperator::LessOrEqual:
        return codeRange(codes, n, 0, dictionary.upperBound(utf8View(rule.values.at(0), &a)));
    case FilterOperator::Greater:
        return codeRange(codes, n, dictionary.upperBound(utf8View(rule.values.at(0), &a)), size);
    case FilterOperator::GreaterOrEqual:
        return codeRange(codes, n, dictionary.lowerBound(utf8View(rule.values.at(0), &a)), size);
    case FilterOperator::Between:
    case FilterOperator::NotBetween:
        return codeRange(codes, n, dictionary.lowerBound(utf8View(rule.values.at(0), &a)),
                         dictionary.upperBound(utf8View(rule.values.at(1), &b)));
    case FilterOperator::InLastDays:
    case FilterOperator::NotInLastDays:
        return codeRange(codes, n, dictionary.lowerBound(utf8View(rule.values.at(0), &a)),
                         dictionary.lowerBound(utf8View(rule.values.at(1), &b)));
    case FilterOperator::MoreThanDaysAgo:
        return codeRange(codes, n, 0, dictionary.lowerBound(utf8View(rule.values.at(0), &a)));
    case FilterOperator::In:
    case FilterOperator::NotIn: {
        std::vector<quint8> wanted(size_t(size) + 1, 0);
        for (const FilterValue& value : rule.values) {
            if (const auto code = dictionary.find(utf8View(value, &a)))
                wanted[size_t(*code)] = 1;
        }
        return codeLookup(codes, n, wanted);
    }
    case FilterOperator::Contains:
    case FilterOperator::BeginsWith:
    case FilterOperator::EndsWith:
    case FilterOperator::DoesNotContain:
    case FilterOperator::DoesNotBeginWith:
    case FilterOperator::DoesNotEndWith: {
        const LikeMatcher matcher(likeKind(rule.op), utf8View(rule.values.at(0), &a));
        std::vector<quint8> wanted(size_t(size) + 1, 0);
        for (qint64 code = 0; code < size; ++code)
            wanted[size_t(code)] = matcher.matches(dictionary.at(code)) ? 1 : 0;
        return codeLookup(codes, n, wanted);
    }
    case FilterOperator::Null:
    case FilterOperator::NotNull:
        break;
    }
    return Bitset(n);
}

bool isNegative(FilterOperator op)
{
    switch (op) {
    case FilterOperator::NotEqual:
    case FilterOperator::DoesNotContain:
    case FilterOperator::DoesNotBeginWith:
    case FilterOperator::DoesNotEndWith:
    case FilterOperator::NotIn:
    case FilterOperator::NotBetween:
    case FilterOperator::NotInLastDays:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<Truth> RuleEvaluator::evaluate(const ColumnStore& store, const ResolvedRule& rule)
{
    if (rule.isSegment() || rule.isOrders())
        return std::nullopt;
    const ColumnStore::Column* column = store.column(rule.field.name);
    if (!column || column->storage == ColumnStore::Storage::Irregular)
        return std::nullopt;
    const qint64 n = store.rowCount();
    const Bitset& valid = column->valid;
    if (rule.op == FilterOperator::Null || rule.op == FilterOperator::NotNull) {
        Bitset nulls = valid;
        nulls.flip();
        Truth truth{std::move(nulls), valid};
        return rule.op == FilterOperator::Null ? truth : truth.negated();
    }
    // The positive form of the operator; its negation (!=, notIn, NOT LIKE, …) is TRUE on the other non-NULL rows.
    Bitset matches = column->storage == ColumnStore::Storage::Text ? textMatches(*column, n, rule)
                                                                   : numericMatches(*column, n, rule);
    matches &= valid;
    Bitset others = valid;
    others.subtract(matches);
    if (isNegative(rule.op))
        return Truth{std::move(others), std::move(matches)};
    return Truth{std::move(matches), std::move(others)};
}

} // namespace swb
