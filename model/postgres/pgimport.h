// `swb import FILE --db postgresql://…`: the importer's rows streamed into COPY while the file is still parsed, so
// that the parsing (here) and the server's COPY (its own process) overlap. The checks, types, field catalog and
// issues are the importer's, made in a workspace file in a temporary folder; only the rows skip that file.
// All or nothing: one transaction on the server; a pass that the file's sample misled starts again from a savepoint.
#pragma once

#include "model/import/importtypes.h"
#include "model/import/rowsink.h"
#include "model/postgres/pgworkspacecopy.h"

#include <QCoreApplication>
#include <string>

namespace swb {

class PgConnection;

class PgImport : public RowSink
{
    Q_DECLARE_TR_FUNCTIONS(swb::PgImport)

public:
    // Customers, mode replace: the server's customers and their catalog rows are replaced, its other tables stay
    // (those of the workspace contract it lacks are created empty).
    static ImportReport run(PgConnection& connection, const PgLayout& layout, const ImportOptions& options,
                            const ImportCancel& cancel = {}, const ImportProgress& progress = {});

    bool begin(const QString& table, const std::vector<ImportTarget>& columns, QString* error) override;
    bool write(const RowBatch& batch, const std::vector<int>& rows, QString* error) override;
    std::optional<QSet<QString>> presentKeys(const QStringList& keys, QString* error) override;
    bool end(QString* error) override;

private:
    PgImport(PgConnection& connection, const PgLayout& layout);
    bool startCopy(bool freeze, QString* error);
    bool finishCopy(QString* error);
    // Sends what the buffer holds; then it has room for at least `room` bytes.
    bool flush(size_t room, QString* error);
    // A COPY still open when the import stops (cancel, failure, a pass done again): the server discards it.
    void abandonCopy();
    bool refused(QString* error, const QString& message) const;

    PgConnection& m_connection;
    const PgLayout& m_layout;
    QString m_generation; // of the shard tables of the current pass
    int m_passes = 0;
    QString m_table;
    QString m_copyInto; // the table, or on shards the temporary table the rows are staged in
    QList<PgColumn> m_columns;
    QString m_keyName;
    bool m_copying = false;
    std::vector<quint8> m_kinds; // per column: how its values are sent (pgimport.cpp)
    std::string m_buffer; // COPY data not sent yet: its first m_used bytes
    size_t m_used = 0;
};

} // namespace swb
