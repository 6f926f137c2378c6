#include "model/export/phonenormalizer.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace swb::PhoneNormalizer {

NormalizedPhone toE164(const QString& written, const QString& region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    NormalizedPhone result;
    const QString text = written.trimmed();
    if (text.isEmpty())
        return result;
    result.status = NormalizedPhone::Status::Invalid;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance(); // thread-safe singleton
    PhoneNumber number;
    // "ZZ" (unknown region) still reads numbers that start with +.
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toUpper().toStdString();
    if (util->Parse(text.toStdString(), regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    if (!util->IsValidNumber(number))
        return result;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    result.status = NormalizedPhone::Status::Ok;
    result.e164 = QString::fromStdString(formatted);
    return result;
}

QString digitsOnly(const QString& e164)
{
    QString digits;
    for (const QChar c : e164) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace swb::PhoneNormalizer
