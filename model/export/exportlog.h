// The workspace's export log (table export_log): who exported which customers when, to what, with which preset,
// columns and PII policy. Written by Exporter::run after each export that succeeded; read for a segment's history.
#pragma once

#include "model/export/exporttypes.h"
#include "model/selection/selection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace swb {

class Database;

struct ExportLogEntry
{
    QDateTime exportedAt; // UTC
    QString user; // the operating system's user name
    QString segment; // the saved segment's name; empty for another selection
    QString selection; // the selection in words (Selection::description)
    QString preset; // exportPresetName, or "plain/suppression-email" style for suppression lists
    QString format; // exportFormatName
    QString file;
    qint64 rows = 0;
    QStringList columns;
    QString pii; // piiPolicyName
};

class ExportLog
{
    Q_DECLARE_TR_FUNCTIONS(swb::ExportLog)

public:
    // Adds one entry per exported segment (several for a multi-segment export, each with that segment's rows), or
    // one for another selection. False with `error` (a sentence for the report's warnings) when it cannot.
    static bool record(const QString& workspacePath, const Selection& selection, const ExportOptions& options,
                       const ExportReport& report, QString* error);
    // The entries of one segment, newest first.
    static QList<ExportLogEntry> forSegment(Database& db, const QString& segment);
    // The same on its own read-only connection to the workspace at `workspacePath` (for a worker thread); `error`
    // set when the workspace cannot be read.
    static QList<ExportLogEntry> forSegment(const QString& workspacePath, const QString& segment, QString* error);
    // The user the export runs as: the login name, else $USER, else "unknown".
    static QString userName();
    // One line for a history list: "2026-12-06 18:02 · anna · 1,234 rows · 5 columns · PII hash · CSV · file".
    static QString describe(const ExportLogEntry& entry);
};

} // namespace swb
