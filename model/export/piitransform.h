// Masks or hashes personal data on export (the policy applies to the fields flagged PII in the catalog).
#pragma once

#include "model/field.h"

#include <QByteArray>

#include <string_view>

namespace swb::PiiTransform {

// Hex SHA-256 of the trimmed, lower-cased UTF-8 text: the normalisation ad platforms' customer-match uploads
// expect for e-mail addresses (Google Ads, Meta). Empty input gives empty output (nothing to match).
QByteArray hash(std::string_view utf8);

// A recognisable but non-identifying form: e-mail "a***@example.com", phone "***67", dates keep the year
// ("1985-**-**"), other text keeps its first character ("M***").
QByteArray mask(std::string_view utf8, FieldRole role, FieldType type);

} // namespace swb::PiiTransform
