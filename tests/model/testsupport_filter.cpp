#include "testsupport_filter.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterevaluator.h"
#include "model/workspace.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace swb::test {

QStringList keysSelectedBySql(Workspace& workspace, const ResolvedGroup& resolved, const QString& keyColumn)
{
    const CompiledFilter compiled = FilterCompiler::compile(resolved, workspace.customerKeyExpression());
    Statement statement = workspace.db().prepare(QStringLiteral("SELECT %1 FROM customers WHERE %2 ORDER BY %1")
                                                     .arg(quoteIdentifier(keyColumn), compiled.where));
    FilterCompiler::bind(statement, compiled.bindings);
    QStringList keys;
    while (statement.next())
        keys << statement.toString(0);
    if (statement.failed())
        keys << QStringLiteral("<error: %1>").arg(statement.errorMessage());
    return keys;
}

QStringList keysSelectedInMemory(FilterEvaluator& evaluator, const ResolvedGroup& resolved, const QString& keyColumn)
{
    QString error;
    const auto rows = evaluator.select(resolved, &error);
    if (!rows)
        return {QStringLiteral("<error: %1>").arg(error)};
    const ColumnStore::Column* key = evaluator.store().column(keyColumn);
    QStringList keys;
    for (qint64 row = 0; row < rows->size(); ++row) {
        if (rows->test(row)) {
            const std::string_view text = key->dictionary.at(key->codes[size_t(row)]);
            keys << QString::fromUtf8(text.data(), qsizetype(text.size()));
        }
    }
    keys.sort();
    return keys;
}

FieldInfo makeField(const QString& name, FieldType type, FieldRole role)
{
    FieldInfo field;
    field.name = name;
    field.originalHeader = name;
    field.type = type;
    field.role = role;
    return field;
}

bool createCustomers(Database& db, const QList<FieldInfo>& fields, const QList<QVariantList>& rows, QString* error)
{
    QStringList columns;
    QStringList marks;
    QList<FieldInfo> catalog;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        columns << quoteIdentifier(fields.at(i).name) + QLatin1Char(' ') + sqlStorageType(fields.at(i).type);
        marks << QStringLiteral("?");
        FieldInfo field = fields.at(i);
        field.position = int(i);
        catalog << field;
    }
    Transaction transaction(db);
    if (!db.exec(QStringLiteral("DROP TABLE IF EXISTS customers; CREATE TABLE customers (%1)")
                     .arg(columns.join(QStringLiteral(", "))),
                 error))
        return false;
    Statement insert
        = db.prepare(QStringLiteral("INSERT INTO customers VALUES (%1)").arg(marks.join(QLatin1Char(','))), error);
    if (!insert.isValid())
        return false;
    for (const QVariantList& row : rows) {
        insert.reset();
        for (qsizetype i = 0; i < fields.size(); ++i)
            insert.bind(int(i + 1), row.value(i));
        if (!insert.run()) {
            if (error)
                *error = insert.errorMessage();
            return false;
        }
    }
    if (!FieldCatalog::replace(db, QStringLiteral("customers"), catalog, error))
        return false;
    return transaction.commit(error);
}

bool saveSegment(Database& db, const QString& name, bool isStatic, const QByteArray& definition,
                 const QList<QVariant>& members, QString* error, const QString& updatedAt)
{
    Statement insert = db.prepare(QStringLiteral("INSERT INTO segments(name, kind, definition, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, '2024-01-01', ?) ON CONFLICT(name) DO UPDATE SET "
                                                 "kind = excluded.kind, definition = excluded.definition, "
                                                 "updated_at = excluded.updated_at"),
                                  error);
    insert.bind(1, name);
    insert.bind(2, isStatic ? QStringLiteral("static") : QStringLiteral("dynamic"));
    if (isStatic)
        insert.bindNull(3);
    else
        insert.bindUtf8(3, definition.constData(), int(definition.size()));
    insert.bind(4, updatedAt);
    if (!insert.run()) {
        if (error)
            *error = insert.errorMessage();
        return false;
    }
    Statement id = db.prepare(QStringLiteral("SELECT id FROM segments WHERE name = ?"));
    id.bind(1, name);
    if (!id.next())
        return false;
    const qint64 segmentId = id.toInt64(0);
    Statement clear = db.prepare(QStringLiteral("DELETE FROM segment_members WHERE segment_id = ?"));
    clear.bind(1, segmentId);
    clear.run();
    Statement member = db.prepare(QStringLiteral("INSERT OR IGNORE INTO segment_members VALUES (?, ?)"), error);
    for (const QVariant& key : members) {
        member.reset();
        member.bind(1, segmentId);
        member.bind(2, key);
        if (!member.run()) {
            if (error)
                *error = member.errorMessage();
            return false;
        }
    }
    return true;
}

namespace {

const QStringList s_names{QStringLiteral("Anna"),        QStringLiteral("anna"),        QStringLiteral("ANNA"),
                          QStringLiteral("Émile"),       QStringLiteral("émile"),       QStringLiteral("Jürgen"),
                          QStringLiteral("JÜRGEN"),      QStringLiteral("O'Brien"),     QStringLiteral("50% off"),
                          QStringLiteral("under_score"), QStringLiteral("back\\slash"), QStringLiteral("Zoë"),
                          QStringLiteral("straße"),      QStringLiteral("STRASSE"),     QStringLiteral(""),
                          QStringLiteral(" padded "),    QStringLiteral("Bob"),         QStringLiteral("bobby"),
                          QStringLiteral("日本"),        QStringLiteral("a,b")};
const QStringList s_countries{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"),
                              QStringLiteral("de"), QStringLiteral("FR"), QStringLiteral("")};
const QStringList s_domains{QStringLiteral("example.org"), QStringLiteral("Example.ORG"), QStringLiteral("mail.de"),
                            QStringLiteral("exämple.org")};

} // namespace

bool buildFilterFixture(Workspace& workspace, const FilterFixtureOptions& options, QString* error)
{
    QRandomGenerator random(options.seed);
    auto chance = [&](int percent) {
        return int(random.bounded(100)) < percent;
    };
    auto pick = [&](const QStringList& list) {
        return list.at(random.bounded(int(list.size())));
    };

    QList<FieldInfo> fields;
    const QString keyName = options.integerKey ? QStringLiteral("id") : QStringLiteral("customer_id");
    fields << makeField(keyName, options.integerKey ? FieldType::Integer : FieldType::Text, FieldRole::CustomerKey)
           << makeField(QStringLiteral("name"), FieldType::Text, FieldRole::Name)
           << makeField(QStringLiteral("country"), FieldType::Text, FieldRole::Country)
           << makeField(QStringLiteral("email"), FieldType::Text, FieldRole::Email)
           << makeField(QStringLiteral("age"), FieldType::Integer, FieldRole::Age)
           << makeField(QStringLiteral("revenue"), FieldType::Real, FieldRole::Revenue)
           << makeField(QStringLiteral("big"), FieldType::Integer)
           << makeField(QStringLiteral("newsletter"), FieldType::Boolean)
           << makeField(QStringLiteral("signup"), FieldType::Date, FieldRole::SignupDate)
           << makeField(QStringLiteral("last_seen"), FieldType::DateTime, FieldRole::LastPurchaseDate)
           << makeField(QStringLiteral("legacy"), FieldType::Integer);
    fields[1].originalHeader = QStringLiteral("Full Name");
    fields[5].originalHeader = QStringLiteral("Revenue (€)");

    const QDate base(2020, 1, 1);
    QList<QVariantList> rows;
    QList<QVariant> keys;
    for (int i = 0; i < options.rows; ++i) {
        QVariantList row;
        const QVariant key = options.integerKey ? QVariant(qint64(i * 3 + 7))
                                                : QVariant(QStringLiteral("K%1").arg(i, 5, 10, QLatin1Char('0')));
        keys << key;
        row << key;
        row << (chance(8) ? QVariant() : QVariant(pick(s_names)));
        row << (chance(10) ? QVariant() : QVariant(pick(s_countries)));
        row << (chance(10)
                    ? QVariant()
                    : QVariant(
                        QStringLiteral("%1.%2@%3").arg(pick(s_names).toLower()).arg(i % 50).arg(pick(s_domains))));
        row << (chance(10) ? QVariant() : QVariant(qint64(int(random.bounded(90)) - 10)));
        if (chance(10))
            row << QVariant();
        else if (chance(30))
            row << QVariant(double(random.bounded(20)) * 50.0);
        else
            row << QVariant(double(int(random.bounded(200000)) - 20000) / 100.0);
        const qint64 bigValues[] = {Q_INT64_C(9007199254740993),
                                    Q_INT64_C(-9007199254740993),
                                    Q_INT64_C(9223372036854775807),
                                    Q_INT64_C(-9223372036854775807) - 1,
                                    0,
                                    1,
                                    -1,
                                    42};
        row << (chance(10) ? QVariant() : QVariant(bigValues[random.bounded(8)]));
        row << (chance(15) ? QVariant() : QVariant(qint64(random.bounded(2))));
        row << (chance(10) ? QVariant() : QVariant(base.addDays(random.bounded(1700)).toString(Qt::ISODate)));
        if (chance(10)) {
            row << QVariant();
        } else {
            const QDate day = base.addDays(random.bounded(1700));
            row << QVariant(QStringLiteral("%1 %2:%3:00")
                                .arg(day.toString(Qt::ISODate))
                                .arg(random.bounded(24), 2, 10, QLatin1Char('0'))
                                .arg(random.bounded(60), 2, 10, QLatin1Char('0')));
        }
        if (chance(10))
            row << QVariant();
        else if (options.irregularColumn && chance(5))
            row << QVariant(QStringLiteral("n/a"));
        else if (chance(5))
            row << QVariant(chance(50) ? 2.5 : 9007199254740992.0); // reals in an integer field; 2^53
        else
            row << QVariant(qint64(random.bounded(10)));
        rows << row;
    }
    Database& db = workspace.db();
    if (!createCustomers(db, fields, rows, error))
        return false;
    if (!workspace.setAsOfDateOverride(QDate(2024, 7, 1), error))
        return false;

    QList<QVariant> membersA;
    QList<QVariant> membersB;
    for (const QVariant& key : std::as_const(keys)) {
        if (chance(30))
            membersA << key;
        if (chance(5))
            membersB << key;
    }
    membersA << (options.integerKey ? QVariant(qint64(-5)) : QVariant(QStringLiteral("NOPE"))); // not a customer
    return saveSegment(db, QStringLiteral("static_a"), true, {}, membersA, error)
        && saveSegment(db, QStringLiteral("static_b"), true, {}, membersB, error)
        && saveSegment(db, QStringLiteral("dyn_young"), false,
                       R"({"combinator":"and","rules":[{"field":"age","operator":"<","value":30}]})", {}, error)
        && saveSegment(db, QStringLiteral("dyn_rich"), false,
                       R"({"combinator":"or","not":false,"rules":[{"field":"revenue","operator":">=","value":"500"},)"
                       R"({"field":"country","operator":"in","value":"DE, AT"}]})",
                       {}, error)
        && saveSegment(
               db, QStringLiteral("dyn_nested"), false,
               R"({"combinator":"and","rules":[{"field":"@segment","operator":"in","value":["dyn_young","static_b"]},)"
               R"({"field":"@segment","operator":"notIn","value":"dyn_rich"}]})",
               {}, error);
}

} // namespace swb::test
