#include "model/selection/selection.h"

namespace swb {

struct Selection::Data
{
    Kind kind = Kind::All;
    QByteArray json; // Definition
    QString name; // Segment
    QVariantList keys; // Members
    Selection first; // Intersection, Difference, Union
    Selection second;
};

Selection::Selection(std::shared_ptr<const Data> data)
    : d(std::move(data))
{ }

Selection Selection::definition(const QByteArray& json)
{
    auto data = std::make_shared<Data>();
    data->kind = Kind::Definition;
    data->json = json;
    return Selection(std::move(data));
}

Selection Selection::segment(const QString& name)
{
    auto data = std::make_shared<Data>();
    data->kind = Kind::Segment;
    data->name = name;
    return Selection(std::move(data));
}

Selection Selection::members(const QVariantList& keys)
{
    auto data = std::make_shared<Data>();
    data->kind = Kind::Members;
    data->keys = keys;
    return Selection(std::move(data));
}

Selection Selection::combined(Kind kind, const Selection& a, const Selection& b)
{
    auto data = std::make_shared<Data>();
    data->kind = kind;
    data->first = a;
    data->second = b;
    return Selection(std::move(data));
}

Selection Selection::intersection(const Selection& a, const Selection& b)
{
    if (a.isAll())
        return b;
    if (b.isAll())
        return a;
    return combined(Kind::Intersection, a, b);
}

Selection Selection::difference(const Selection& a, const Selection& b)
{
    return combined(Kind::Difference, a, b);
}

Selection Selection::either(const Selection& a, const Selection& b)
{
    if (a.isAll() || b.isAll())
        return all();
    return combined(Kind::Union, a, b);
}

Selection::Kind Selection::kind() const
{
    return d ? d->kind : Kind::All;
}

QByteArray Selection::definitionJson() const
{
    return d ? d->json : QByteArray();
}

QString Selection::segmentName() const
{
    return d ? d->name : QString();
}

QVariantList Selection::keys() const
{
    return d ? d->keys : QVariantList();
}

Selection Selection::first() const
{
    return d ? d->first : Selection();
}

Selection Selection::second() const
{
    return d ? d->second : Selection();
}

QString Selection::description() const
{
    // Operands that combine others are put in parentheses, so that nesting reads unambiguously.
    auto operand = [](const Selection& s) {
        const bool compound = s.kind() == Kind::Intersection || s.kind() == Kind::Difference || s.kind() == Kind::Union;
        return compound ? QStringLiteral("(%1)").arg(s.description()) : s.description();
    };
    switch (kind()) {
    case Kind::All:
        return tr("all customers");
    case Kind::Definition: {
        static constexpr int s_shown = 80;
        const QString json = QString::fromUtf8(d->json).simplified();
        return tr("the definition %1").arg(json.size() > s_shown ? json.left(s_shown - 1) + QChar(0x2026) : json);
    }
    case Kind::Segment:
        return tr("the segment \"%1\"").arg(d->name);
    case Kind::Members:
        return d->keys.isEmpty() ? tr("no customers") : tr("%Ln listed customer(s)", nullptr, int(d->keys.size()));
    case Kind::Intersection:
        return tr("%1 and %2").arg(operand(d->first), operand(d->second));
    case Kind::Difference:
        return tr("%1 without %2").arg(operand(d->first), operand(d->second));
    case Kind::Union:
        return tr("%1 or %2").arg(operand(d->first), operand(d->second));
    }
    return {};
}

bool operator==(const Selection& a, const Selection& b)
{
    if (a.d == b.d)
        return true;
    if (a.kind() != b.kind())
        return false;
    if (a.kind() == Selection::Kind::All)
        return true;
    return a.d->json == b.d->json && a.d->name == b.d->name && a.d->keys == b.d->keys && a.d->first == b.d->first
        && a.d->second == b.d->second;
}

} // namespace swb
