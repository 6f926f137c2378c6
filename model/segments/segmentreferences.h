// Finds and rewrites `@segment` references inside stored definitions (for rename and delete).
#pragma once

#include <QByteArray>
#include <QString>

namespace swb::SegmentReferences {

// True when the definition's `@segment` rules name `segment` (muted rules included: they still refer to it).
bool mentions(const QByteArray& definition, const QString& segment);

// The definition with every `@segment` reference to `from` renamed to `to`; unchanged when it cannot be read.
QByteArray rename(const QByteArray& definition, const QString& from, const QString& to);

} // namespace swb::SegmentReferences
