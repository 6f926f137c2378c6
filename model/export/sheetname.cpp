#include "model/export/sheetname.h"

namespace swb {

namespace {

constexpr qsizetype s_maxLength = 31; // characters (code points), as Excel and libxlsxwriter count them

// `base` cut so that base + suffix fits, never in the middle of a character.
QString fitted(const QString& base, const QString& suffix)
{
    QList<uint> characters = base.toUcs4();
    const qsizetype room = s_maxLength - suffix.toUcs4().size();
    if (characters.size() > room)
        characters.resize(std::max<qsizetype>(room, 0));
    QString text = QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData()), characters.size());
    while (text.endsWith(QLatin1Char('\''))) // cutting may leave a quote at the end
        text.chop(1);
    return text + suffix;
}

bool isTaken(const QString& name, const QStringList& taken)
{
    return taken.contains(name, Qt::CaseInsensitive);
}

} // namespace

QString excelSheetName(const QString& name, const QStringList& taken, int part)
{
    QString base = name.simplified();
    for (QChar& c : base) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    if (base.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        base += QLatin1Char('_');
    const QString partSuffix = part > 1 ? QLatin1Char(' ') + QString::number(part) : QString();
    QString candidate = fitted(base, partSuffix);
    for (int n = 2; isTaken(candidate, taken); ++n)
        candidate = fitted(base, partSuffix + QStringLiteral(" (%1)").arg(n));
    return candidate;
}

} // namespace swb
