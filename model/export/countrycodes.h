// Reads a country as customer files write it ("DE", "de", "Germany", "Deutschland", "DEU") as ISO 3166-1 alpha-2.
#pragma once

#include <QString>

namespace swb::CountryCodes {

// The upper-case alpha-2 code ("DE"), or "" when the value names no country this table knows.
QString alpha2(const QString& value);

} // namespace swb::CountryCodes
