// Turns a phone number as people write it into E.164 (+496558662510) with Debian's libphonenumber.
#pragma once

#include <QString>

namespace swb {

struct NormalizedPhone
{
    enum class Status { Ok, Missing, Invalid };
    Status status = Status::Missing;
    QString e164; // "+4930123456" when Ok
};

namespace PhoneNormalizer {

// `region` (ISO 3166-1 alpha-2, such as "DE") says how to read a number written without its country code: a national
// trunk prefix (030 …) or an international call prefix (00 …). A number starting with + needs no region. Spaces,
// dashes, dots and brackets are ignored. A number libphonenumber does not hold for a valid number of its country is
// Invalid: ad platforms would not match it.
NormalizedPhone toE164(const QString& written, const QString& region);

// "+4930123456" → "4930123456": Meta's form (digits only, with the country code).
QString digitsOnly(const QString& e164);

} // namespace PhoneNormalizer
} // namespace swb
