// Reads the issues an import recorded (`import_issues`) and writes them to a CSV file.
#pragma once

#include <functional>

#include "model/import/importtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace swb {

struct ImportIssueList
{
    bool ok = false;
    QString error;
    QList<ImportIssue> issues; // in line order, at most the limit asked for
    qint64 total = 0; // all issues of the import
};

class ImportIssueQuery
{
    Q_DECLARE_TR_FUNCTIONS(swb::ImportIssueQuery)

public:
    static ImportIssueList load(const QString& workspacePath, qint64 importId, int limit);
    // Writes every issue of the import (line, column, reason, raw value) to `outputPath` as CSV; returns the
    // number written, or -1 with `error` filled.
    // `cancel` stops the writing; no file is left under `outputPath` then.
    static qint64 exportCsv(const QString& workspacePath, qint64 importId, const QString& outputPath, QString* error,
                            const std::function<bool()>& cancel = {});
};

} // namespace swb
