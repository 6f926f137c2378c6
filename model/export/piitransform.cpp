#include "model/export/piitransform.h"

#include <QCryptographicHash>
#include <QString>

namespace swb::PiiTransform {

QByteArray hash(std::string_view utf8)
{
    const QString normalised = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).trimmed().toLower();
    if (normalised.isEmpty())
        return {};
    return QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray mask(std::string_view utf8, FieldRole role, FieldType type)
{
    const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).trimmed();
    if (text.isEmpty())
        return {};
    if (role == FieldRole::Email) {
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        if (at > 0)
            return (text.left(1) + QStringLiteral("***") + text.mid(at)).toUtf8();
        return (text.left(1) + QStringLiteral("***")).toUtf8();
    }
    if (role == FieldRole::Phone) {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit())
                digits += c;
        }
        return (QStringLiteral("***") + digits.right(2)).toUtf8();
    }
    if (type == FieldType::Date || type == FieldType::DateTime)
        return (text.left(4) + QStringLiteral("-**-**")).toUtf8();
    // Keep one whole character (a surrogate pair counts as one).
    const qsizetype first = text.at(0).isHighSurrogate() && text.size() > 1 ? 2 : 1;
    return (text.left(first) + QStringLiteral("***")).toUtf8();
}

} // namespace swb::PiiTransform
