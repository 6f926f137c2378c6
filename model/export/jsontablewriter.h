// JSON output: one array of objects keyed by column name; booleans as true/false, NULL as null.
#pragma once

#include "model/export/bufferedoutput.h"
#include "model/export/tablewriter.h"

#include <vector>

namespace swb {

class JsonTableWriter : public TableWriter
{
public:
    explicit JsonTableWriter(const ExportTarget& target);

    bool begin(const QList<ExportColumn>& columns, QString* error) override;
    void null() override;
    void integer(qint64 value) override;
    void real(double value) override;
    void text(std::string_view utf8) override;
    bool endRow(QString* error) override;
    bool commit(QString* error) override;
    void discard() override;

private:
    void key();
    void string(std::string_view utf8);

    std::vector<std::string> m_keys; // `"name":` per column, escaped once
    std::vector<bool> m_boolean;
    std::string m_scratch;
    size_t m_column = 0;
    bool m_firstRow = true;
    BufferedOutput m_out;
};

} // namespace swb
