// RFM scores on a PostgreSQL workspace (design.md "RFM"), computed by the server with window functions: per
// dimension 1 + ⌊levels · (RANK() − 1) / (n − 1)⌋ capped at levels over the customers with orders whose value is
// known — RfmScoring::scores in SQL — and the named groups counted with GROUP BY. Nothing is written: the run is
// not saved on the server (so far). RANK() needs every customer's value in one order, so on shards it runs on the
// coordinator over the rows the shards send (the Citus rule for window functions not partitioned by the key).
#pragma once

#include "model/analytics/rfmanalysis.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace swb {

class PgWorkspace;

struct PgRfmScore
{
    QString key;
    int r = 0;
    int f = 0;
    int m = 0;
};

class PgRfm
{
public:
    // Every scored customer's R, F and M (customers with a NULL input are left out, as on SQLite).
    static std::optional<QList<PgRfmScore>> scores(PgWorkspace& workspace, int levels, QString* error);
    // The levels and grid saved in the server's meta table (as RfmAnalysis::loadConfig on a file); the defaults
    // when none is saved or it cannot be read.
    static RfmConfig loadConfig(PgWorkspace& workspace);
    // Scored and unscored customers and the customers per group of the grid, as RfmAnalysis::run counts them.
    static std::optional<RfmResult> groups(PgWorkspace& workspace, const RfmConfig& config, QString* error);
};

} // namespace swb
