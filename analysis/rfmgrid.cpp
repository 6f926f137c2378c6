#include "analysis/rfmgrid.h"

#include <QJsonArray>

#include <cmath>

namespace swb {

namespace {

constexpr int kMaxLevels = 10;

// design.md's grid, row R = 5 first, columns FM = 1 .. 5.
const char* const kDefault5[5][5] = {
    {QT_TRANSLATE_NOOP("swb::RfmGrid", "Recent Customers"), QT_TRANSLATE_NOOP("swb::RfmGrid", "Potential Loyalists"),
     QT_TRANSLATE_NOOP("swb::RfmGrid", "Loyal"), QT_TRANSLATE_NOOP("swb::RfmGrid", "Champions"),
     QT_TRANSLATE_NOOP("swb::RfmGrid", "Champions")},
    {QT_TRANSLATE_NOOP("swb::RfmGrid", "Promising"), "Potential Loyalists", "Potential Loyalists", "Loyal",
     "Champions"},
    {"Promising", QT_TRANSLATE_NOOP("swb::RfmGrid", "Need Attention"), "Potential Loyalists", "Loyal", "Loyal"},
    {QT_TRANSLATE_NOOP("swb::RfmGrid", "About to Sleep"), "Need Attention", "Need Attention",
     QT_TRANSLATE_NOOP("swb::RfmGrid", "At Risk"), "At Risk"},
    {QT_TRANSLATE_NOOP("swb::RfmGrid", "Lost"), QT_TRANSLATE_NOOP("swb::RfmGrid", "Hibernating"), "At Risk",
     QT_TRANSLATE_NOOP("swb::RfmGrid", "Can't Lose Them"), "Can't Lose Them"},
};

// Score s of an L-level scale taken at the same relative position on the 5-level scale:
// 1 + round(4 (s - 1) / (L - 1)). For 3 levels: 1, 3, 5; for 4 levels: 1, 2 (2.33), 4 (3.67), 5.
int onFiveLevels(int score, int levels)
{
    if (levels == 1)
        return 1;
    return 1 + int(std::lround(4.0 * (score - 1) / (levels - 1)));
}

} // namespace

// Smaller grids sample the 5 x 5 one at corresponding positions, so the groups keep their meaning.
// 3 levels (R \ FM 1, 2, 3):
//   R3: Recent Customers | Loyal               | Champions
//   R2: Promising        | Potential Loyalists | Loyal
//   R1: Lost             | At Risk             | Can't Lose Them
// 4 levels (R \ FM 1, 2, 3, 4):
//   R4: Recent Customers | Potential Loyalists | Champions       | Champions
//   R3: Promising        | Potential Loyalists | Loyal           | Champions
//   R2: About to Sleep   | Need Attention      | At Risk         | At Risk
//   R1: Lost             | Hibernating         | Can't Lose Them | Can't Lose Them
RfmGrid RfmGrid::defaultGrid(int levels)
{
    RfmGrid grid;
    if (levels < 2 || levels > kMaxLevels)
        return grid;
    grid.m_levels = levels;
    for (int r = 1; r <= levels; ++r) {
        for (int fm = 1; fm <= levels; ++fm) {
            const int r5 = onFiveLevels(r, levels);
            const int fm5 = onFiveLevels(fm, levels);
            grid.m_names.append(QString::fromLatin1(kDefault5[5 - r5][fm5 - 1]));
        }
    }
    return grid;
}

QString RfmGrid::group(int r, int fm) const
{
    if (r < 1 || fm < 1 || r > m_levels || fm > m_levels)
        return {};
    return m_names.at((r - 1) * m_levels + (fm - 1));
}

bool RfmGrid::setGroup(int r, int fm, const QString& name)
{
    if (r < 1 || fm < 1 || r > m_levels || fm > m_levels || name.trimmed().isEmpty())
        return false;
    m_names[(r - 1) * m_levels + (fm - 1)] = name.trimmed();
    return true;
}

QStringList RfmGrid::groupNames() const
{
    QStringList names;
    for (int r = m_levels; r >= 1; --r) {
        for (int fm = 1; fm <= m_levels; ++fm) {
            const QString& name = m_names.at((r - 1) * m_levels + (fm - 1));
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

QString RfmGrid::displayName(const QString& group)
{
    return QCoreApplication::translate("swb::RfmGrid", group.toUtf8().constData());
}

QJsonObject RfmGrid::toJson() const
{
    QJsonArray rows;
    for (int r = m_levels; r >= 1; --r) {
        QJsonArray groups;
        for (int fm = 1; fm <= m_levels; ++fm)
            groups.append(group(r, fm));
        rows.append(QJsonObject{{QStringLiteral("r"), r}, {QStringLiteral("groups"), groups}});
    }
    return QJsonObject{{QStringLiteral("levels"), m_levels}, {QStringLiteral("rows"), rows}};
}

std::optional<RfmGrid> RfmGrid::fromJson(const QJsonObject& json, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<RfmGrid> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const int levels = json.value(QStringLiteral("levels")).toInt(0);
    if (levels < 2 || levels > kMaxLevels)
        return fail(tr("The RFM grid needs \"levels\" between 2 and %1.").arg(kMaxLevels));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    if (rows.size() != levels)
        return fail(
            tr("The RFM grid has %1 rows for %2 levels; it needs one row per R score.").arg(rows.size()).arg(levels));
    RfmGrid grid;
    grid.m_levels = levels;
    grid.m_names = QStringList(qsizetype(levels) * levels);
    QList<bool> seen(levels, false);
    for (const auto& value : rows) {
        const QJsonObject row = value.toObject();
        const int r = row.value(QStringLiteral("r")).toInt(0);
        if (r < 1 || r > levels || seen.at(r - 1))
            return fail(tr("The RFM grid has a row with \"r\" %1; each R score from 1 to %2 needs exactly one row.")
                            .arg(row.value(QStringLiteral("r")).toVariant().toString(), QString::number(levels)));
        seen[r - 1] = true;
        const QJsonArray groups = row.value(QStringLiteral("groups")).toArray();
        if (groups.size() != levels)
            return fail(tr("Row R = %1 of the RFM grid has %2 groups; it needs %3, one per FM score.")
                            .arg(r)
                            .arg(groups.size())
                            .arg(levels));
        for (int fm = 1; fm <= levels; ++fm) {
            const QString name = groups.at(fm - 1).toString().trimmed();
            if (name.isEmpty())
                return fail(
                    tr("The group for R = %1, FM = %2 of the RFM grid is empty; give it a name.").arg(r).arg(fm));
            grid.m_names[(r - 1) * levels + (fm - 1)] = name;
        }
    }
    return grid;
}

} // namespace swb
