// Random `@orders` rules from the values really in a workspace's orders table: every measure and comparison, nested
// "where" groups on order columns, windows. Shared by the order-engine test and the PostgreSQL differential test;
// the same seed gives the same rules.
#pragma once

#include "model/field.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

namespace swb {
class Database;
} // namespace swb

namespace swb::test {

class DefinitionGenerator;

class OrderRuleGenerator
{
public:
    OrderRuleGenerator(Database& db, quint32 seed);

    QJsonObject rule();
    // A definition of one order rule, often a group of customer rules from `customers` and a group of two more order
    // rules with or without "not", under "and" or "or", sometimes negated.
    QJsonObject definition(DefinitionGenerator& customers, QRandomGenerator& random);

private:
    bool chance(int percent) { return below(100) < percent; }
    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    QDate randomDay();
    QJsonValue sample(const FieldInfo& field);
    QJsonObject condition();
    QJsonObject where();
    QJsonObject window();

    QRandomGenerator m_random;
    QList<FieldInfo> m_fields;
    QHash<QString, QJsonArray> m_samples;
    QString m_dateField;
    QDate m_firstDay;
    QDate m_lastDay;
};

} // namespace swb::test
