// Random segment definitions built from the values that are really in a workspace, so that rules select
// something: every field type and operator, nested groups with "not", muted rules and `@segment` references.
// Shared by the differential test and the soak test; the same seed gives the same definitions.
#pragma once

#include "model/field.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace swb {
class Workspace;
} // namespace swb

namespace swb::test {

class DefinitionGenerator
{
public:
    // Samples up to 300 distinct values of every customer field; `@segment` rules refer to `segments` (none when
    // empty).
    DefinitionGenerator(Workspace& workspace, quint32 seed, const QStringList& segments);

    // Percent of groups with "not": true, and how deep groups nest.
    void setShape(int notPercent, int maxDepth);

    QJsonObject group(int depth);

private:
    bool chance(int percent);
    int below(int n);
    QJsonValue sample(const FieldInfo& field);
    QString mangleCase(QString text);
    QJsonValue patternOperand(const FieldInfo& field);
    QJsonValue operand(const FieldInfo& field);
    // An array, or react-querybuilder's comma-separated text when the items allow it.
    QJsonValue list(const FieldInfo& field, int count);
    QJsonObject segmentRule(QJsonObject rule);
    QJsonObject rule();

    QRandomGenerator m_random;
    int m_notPercent = 25;
    int m_maxDepth = 3;
    QList<FieldInfo> m_fields;
    QHash<QString, QJsonArray> m_samples;
    QStringList m_segments;
};

} // namespace swb::test
