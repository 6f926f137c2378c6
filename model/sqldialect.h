// Which SQL a compiler writes: the embedded SQLite workspace (the default) or a PostgreSQL server. Both are written
// with `?` placeholders; PostgreSQL's `$1, $2, …` are numbered when a statement is sent (PgConnection).
#pragma once

namespace swb {

enum class SqlDialect { SQLite, PostgreSQL };

} // namespace swb
