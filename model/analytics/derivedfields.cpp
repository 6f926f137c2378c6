#include "model/analytics/derivedfields.h"

#include "model/database.h"
#include "model/fieldcatalog.h"

namespace swb {

bool DerivedFields::ensure(Database& db, std::span<const DerivedFieldDef> fields, QString* error)
{
    const QStringList existing = db.columnNames(QStringLiteral("customers"));
    const QList<FieldInfo> catalog = FieldCatalog::load(db);
    int position = int(existing.size());
    for (const DerivedFieldDef& def : fields) {
        const QString name = QString::fromLatin1(def.name);
        const auto known = FieldCatalog::findByName(catalog, name);
        if (known && !known->derived) {
            *error = tr("The customers have an imported column %1; rename it in the file and import again before "
                        "the analysis stores its results under that name.")
                         .arg(name);
            return false;
        }
        if (!existing.contains(name)
            && !db.exec(QStringLiteral("ALTER TABLE customers ADD COLUMN %1 %2")
                            .arg(quoteIdentifier(name), sqlStorageType(def.type)),
                        error))
            return false;
        if (!known) {
            FieldInfo info;
            info.name = name;
            info.originalHeader = QString::fromLatin1(def.header);
            info.type = def.type;
            info.position = position++;
            info.derived = true;
            if (!FieldCatalog::upsert(db, info, error))
                return false;
        }
    }
    return true;
}

} // namespace swb
