// Where an import writes its rows instead of the workspace's table: the PostgreSQL import streams them into COPY.
// The workspace file still gets the table's columns, the field catalog and the import log and issues.
#pragma once

#include "model/import/importpipeline.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace swb {

struct ImportTarget;

class RowSink
{
public:
    virtual ~RowSink() = default;

    // A pass starts with these columns (in this order in every row); what an earlier pass wrote is dropped.
    virtual bool begin(const QString& table, const std::vector<ImportTarget>& columns, QString* error) = 0;
    // Rows `rows` of `batch`, in that order. The rows are final: a duplicate key never gets here.
    virtual bool write(const RowBatch& batch, const std::vector<int>& rows, QString* error) = 0;
    // Which of `keys` (the customer key's values as text) the rows written so far hold; asked only when a key's
    // hash was seen before, to tell a repeated key from two keys with one hash.
    virtual std::optional<QSet<QString>> presentKeys(const QStringList& keys, QString* error) = 0;
    // All rows of the pass are written.
    virtual bool end(QString* error) = 0;
};

} // namespace swb
