#include "pdfchecks.h"

#include "swbrunner.h"

#include <QRegularExpression>
#include <QStandardPaths>

namespace swb::test {

QByteArray programOutput(const QString& program, const QStringList& arguments)
{
    const ProcessRun run = runProgram(program, arguments, 60000);
    return run.exitCode == 0 ? run.out : QByteArray();
}

int pdfPageCount(const QString& pdf)
{
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
              .match(QString::fromUtf8(programOutput(QStringLiteral("pdfinfo"), {pdf})));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageText(const QString& pdf, int page)
{
    const QStringList arguments{QStringLiteral("-f"),  QString::number(page),     QStringLiteral("-l"),
                                QString::number(page), QStringLiteral("-layout"), pdf,
                                QStringLiteral("-")};
    return QString::fromUtf8(programOutput(QStringLiteral("pdftotext"), arguments))
        .normalized(QString::NormalizationForm_KC);
}

bool havePdfTools()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

} // namespace swb::test
