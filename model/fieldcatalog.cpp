#include "model/fieldcatalog.h"

#include "model/database.h"

namespace swb::FieldCatalog {

QList<FieldInfo> load(Database& db, const QString& table)
{
    QList<FieldInfo> fields;
    Statement stmt = db.prepare(
        QStringLiteral("SELECT name, original_header, type, role, pii, position, derived, "
                       "true_word, false_word, coalesce(min_decimals, -1), "
                       "coalesce(max_decimals, -1) FROM fields WHERE table_name = ? ORDER BY position, name"));
    stmt.bind(1, table);
    while (stmt.next()) {
        FieldInfo info;
        info.table = table;
        info.name = stmt.toString(0);
        info.originalHeader = stmt.toString(1);
        info.type = fieldTypeFromName(stmt.toString(2)).value_or(FieldType::Text);
        info.role = fieldRoleFromName(stmt.toString(3)).value_or(FieldRole::None);
        info.pii = stmt.toInt64(4) != 0;
        info.position = int(stmt.toInt64(5));
        info.derived = stmt.toInt64(6) != 0;
        info.trueWord = stmt.toString(7);
        info.falseWord = stmt.toString(8);
        info.minDecimals = int(stmt.toInt64(9));
        info.maxDecimals = int(stmt.toInt64(10));
        fields << info;
    }
    return fields;
}

bool upsert(Database& db, const FieldInfo& field, QString* error)
{
    Statement stmt = db.prepare(
        QStringLiteral("INSERT INTO fields(table_name, name, original_header, type, role, pii, position, derived, "
                       "true_word, false_word, min_decimals, max_decimals) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT(table_name, name) DO "
                       "UPDATE SET original_header = ?3, type = ?4, role = ?5, pii = ?6, position = ?7, derived = ?8, "
                       "true_word = ?9, false_word = ?10, min_decimals = ?11, max_decimals = ?12"),
        error);
    if (!stmt.isValid())
        return false;
    stmt.bind(1, field.table);
    stmt.bind(2, field.name);
    stmt.bind(3, field.originalHeader.isNull() ? QString(field.name) : field.originalHeader);
    stmt.bind(4, fieldTypeName(field.type));
    stmt.bind(5, fieldRoleName(field.role));
    stmt.bind(6, qint64(field.pii));
    stmt.bind(7, qint64(field.position));
    stmt.bind(8, qint64(field.derived));
    auto bindWord = [&](int index, const QString& word) {
        word.isEmpty() ? stmt.bindNull(index) : stmt.bind(index, word);
    };
    auto bindDecimals = [&](int index, int decimals) {
        decimals < 0 ? stmt.bindNull(index) : stmt.bind(index, decimals);
    };
    bindWord(9, field.trueWord);
    bindWord(10, field.falseWord);
    bindDecimals(11, field.minDecimals);
    bindDecimals(12, field.maxDecimals);
    if (!stmt.run()) {
        if (error)
            *error = stmt.errorMessage();
        return false;
    }
    return true;
}

bool replace(Database& db, const QString& table, const QList<FieldInfo>& fields, QString* error)
{
    Statement clear = db.prepare(QStringLiteral("DELETE FROM fields WHERE table_name = ?"), error);
    clear.bind(1, table);
    if (!clear.run()) {
        if (error)
            *error = clear.errorMessage();
        return false;
    }
    for (FieldInfo field : fields) {
        field.table = table;
        if (!upsert(db, field, error))
            return false;
    }
    return true;
}

bool setRole(Database& db, const QString& table, const QString& name, FieldRole role, QString* error)
{
    Statement stmt = db.prepare(QStringLiteral("UPDATE fields SET role = ? WHERE table_name = ? AND name = ?"), error);
    stmt.bind(1, fieldRoleName(role));
    stmt.bind(2, table);
    stmt.bind(3, name);
    if (!stmt.run()) {
        if (error)
            *error = stmt.errorMessage();
        return false;
    }
    return db.changes() == 1;
}

namespace {

bool runUpdate(Statement& statement, QString* error)
{
    if (statement.run())
        return true;
    if (error)
        *error = statement.errorMessage();
    return false;
}

} // namespace

bool clearRole(Database& db, const QString& table, FieldRole role, const QString& keep, QString* error)
{
    Statement clear = db.prepare(
        QStringLiteral("UPDATE fields SET role = '' WHERE table_name = ? AND role = ? AND name <> ?"), error);
    clear.bind(1, table);
    clear.bind(2, fieldRoleName(role));
    clear.bind(3, keep);
    return runUpdate(clear, error);
}

bool assignRole(Database& db, const QString& table, const QString& name, FieldRole role, QString* error)
{
    Transaction transaction(db);
    if (role != FieldRole::None && !clearRole(db, table, role, name, error))
        return false;
    if (!setRole(db, table, name, role, error))
        return false;
    Statement pii = db.prepare(QStringLiteral("UPDATE fields SET pii = ? WHERE table_name = ? AND name = ?"), error);
    pii.bind(1, qint64(isPiiRole(role)));
    pii.bind(2, table);
    pii.bind(3, name);
    return runUpdate(pii, error) && transaction.commit(error);
}

std::optional<FieldInfo> findByRole(const QList<FieldInfo>& fields, FieldRole role)
{
    for (const FieldInfo& info : fields) {
        if (info.role == role)
            return info;
    }
    return std::nullopt;
}

std::optional<FieldInfo> findByName(const QList<FieldInfo>& fields, const QString& name)
{
    for (const FieldInfo& info : fields) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

} // namespace swb::FieldCatalog
