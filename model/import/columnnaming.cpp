#include "model/import/columnnaming.h"

namespace swb::ColumnNaming {

namespace {

bool isRowidAlias(const QString& name)
{
    return name == QLatin1String("rowid") || name == QLatin1String("oid") || name == QLatin1String("_rowid_");
}

} // namespace

QString normalise(const QString& header, int position)
{
    const QString text = header.normalized(QString::NormalizationForm_C).toLower();
    QString name;
    name.reserve(text.size());
    bool pendingSeparator = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        uint code = c.unicode();
        bool keep = false;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            keep = QChar::isLetter(code) || QChar::isDigit(code);
            if (keep) {
                if (pendingSeparator && !name.isEmpty())
                    name += QLatin1Char('_');
                pendingSeparator = false;
                name += c;
                name += text.at(i + 1);
            } else {
                pendingSeparator = true;
            }
            ++i;
            continue;
        }
        // Letters and decimal digits; other numbers (², ½) separate like punctuation.
        keep = c.isLetter() || c.isDigit();
        if (!keep) {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator && !name.isEmpty())
            name += QLatin1Char('_');
        pendingSeparator = false;
        name += c;
    }
    if (name.isEmpty())
        return QStringLiteral("column_%1").arg(position + 1);
    if (name.at(0).isDigit())
        name.prepend(QStringLiteral("c_"));
    return name;
}

QString makeUnique(const QString& name, QSet<QString>& taken)
{
    QString candidate = name;
    for (int suffix = 2; taken.contains(candidate) || isRowidAlias(candidate); ++suffix)
        candidate = QStringLiteral("%1_%2").arg(name, QString::number(suffix));
    taken.insert(candidate);
    return candidate;
}

QStringList uniqueNames(const QStringList& headers, const QSet<QString>& taken)
{
    QSet<QString> used = taken;
    QStringList names;
    names.reserve(headers.size());
    for (int i = 0; i < headers.size(); ++i)
        names << makeUnique(normalise(headers.at(i), i), used);
    return names;
}

} // namespace swb::ColumnNaming
