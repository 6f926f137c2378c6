#include "model/export/jsontablewriter.h"

#include <charconv>
#include <cstdio>

namespace swb {

namespace {

// Appends `utf8` as a JSON string literal (quotes included) to `out`.
void appendJsonString(std::string_view utf8, std::string& out)
{
    out.push_back('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(c));
                out.append(buffer);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

} // namespace

JsonTableWriter::JsonTableWriter(const ExportTarget& target)
    : m_out(target)
{ }

bool JsonTableWriter::begin(const QList<ExportColumn>& columns, QString* error)
{
    if (!m_out.open(error))
        return false;
    for (const ExportColumn& column : columns) {
        const QByteArray name = column.name.toUtf8();
        std::string keyText;
        appendJsonString(std::string_view(name.constData(), size_t(name.size())), keyText);
        keyText.push_back(':');
        m_keys.push_back(std::move(keyText));
        m_boolean.push_back(column.type == FieldType::Boolean);
    }
    m_out.append('[');
    return true;
}

void JsonTableWriter::key()
{
    m_out.append(m_column == 0 ? (m_firstRow ? "\n{" : ",\n{") : ",");
    m_out.append(m_keys[m_column]);
}

void JsonTableWriter::string(std::string_view utf8)
{
    m_scratch.clear();
    appendJsonString(utf8, m_scratch);
    m_out.append(m_scratch);
}

void JsonTableWriter::null()
{
    key();
    m_out.append("null");
    ++m_column;
}

void JsonTableWriter::integer(qint64 value)
{
    key();
    if (m_boolean[m_column]) {
        m_out.append(value != 0 ? "true" : "false");
    } else {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        m_out.append(std::string_view(buffer, size_t(result.ptr - buffer)));
    }
    ++m_column;
}

void JsonTableWriter::real(double value)
{
    key();
    char buffer[32];
    const std::string_view text = formatReal(value, buffer);
    m_out.append(text.empty() ? std::string_view("null") : text);
    ++m_column;
}

void JsonTableWriter::text(std::string_view utf8)
{
    key();
    string(utf8);
    ++m_column;
}

bool JsonTableWriter::endRow(QString* error)
{
    if (m_keys.empty())
        m_out.append(m_firstRow ? "\n{" : ",\n{");
    m_out.append('}');
    m_column = 0;
    m_firstRow = false;
    return m_out.maybeFlush(error);
}

bool JsonTableWriter::commit(QString* error)
{
    m_out.append(m_firstRow ? "]\n" : "\n]\n");
    return m_out.commit(error);
}

void JsonTableWriter::discard()
{
    m_out.discard();
}

} // namespace swb
