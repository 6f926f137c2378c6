// The editable RFM grid: which named group a (R, FM) score pair belongs to; JSON round trip; default grids.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace swb {

// Rows are R = 1 .. levels, columns FM = 1 .. levels. Group names are stored in English (they become segment
// names and are written to the workspace); displayName() translates the built-in ones.
class RfmGrid
{
    Q_DECLARE_TR_FUNCTIONS(swb::RfmGrid)

public:
    RfmGrid() = default;
    // The default grid: design.md's 5 x 5 grid for 5 levels. Other levels (2 .. 10) sample it where their scores
    // fall on the 5-level scale, 1 + round(4 (s - 1) / (levels - 1)), so the groups keep their meaning
    // (3 levels: rows/columns 1, 3, 5; 4 levels: 1, 2, 4, 5). Both grids are spelt out in rfmgrid.cpp.
    static RfmGrid defaultGrid(int levels = 5);

    int levels() const { return m_levels; }
    bool isValid() const { return m_levels > 0; }
    // The group of a score pair; an empty string when a score is outside 1 .. levels.
    QString group(int r, int fm) const;
    bool setGroup(int r, int fm, const QString& name);
    // Distinct names in grid order (top row, R = levels, first).
    QStringList groupNames() const;
    static QString displayName(const QString& group);

    // {"levels": 5, "rows": [{"r": 5, "groups": ["Recent Customers", ... FM = 1 .. 5]}, ..., {"r": 1, ...}]}
    QJsonObject toJson() const;
    static std::optional<RfmGrid> fromJson(const QJsonObject& json, QString* error);

    bool operator==(const RfmGrid& other) const = default;

private:
    int m_levels = 0;
    QStringList m_names; // row-major, index (r - 1) * levels + (fm - 1)
};

} // namespace swb
