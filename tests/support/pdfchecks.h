// Reading a PDF back as a reader would, with poppler's pdfinfo and pdftotext (package poppler-utils), and the output
// of such a program.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace swb::test {

// The standard output of `program ARGS` run to its end (at most a minute); empty when it fails.
QByteArray programOutput(const QString& program, const QStringList& arguments);
// The page count pdfinfo reports; -1 when pdfinfo fails or is missing.
int pdfPageCount(const QString& pdf);
// The text of page `page` (1-based) as pdftotext lays it out (-layout), ligatures such as "ﬁ" read as their
// letters; empty when pdftotext fails or is missing.
QString pdfPageText(const QString& pdf, int page);
// Whether pdfinfo and pdftotext are on the PATH.
bool havePdfTools();

} // namespace swb::test
