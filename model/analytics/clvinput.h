// Predicted customer value for a workspace: its order lines read into what analysis/clvdata expects (customer row,
// day, amount by the import's revenue rule), the data-sufficiency check, the BG/NBD and Gamma-Gamma fits and the
// holdout backtest. Used by `swb clv`; a pure job, callable from any thread.
#pragma once

#include "analysis/bgnbd.h"
#include "analysis/clvbacktest.h"
#include "analysis/clvdata.h"
#include "analysis/gammagamma.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace swb {

struct ClvInput
{
    std::vector<ClvOrderLine> lines; // customer = the customer's row in the workspace's customers
    QDate asOfDate; // the workspace's as-of date: the default calibration end
    qint64 linesWithoutAmount = 0; // left out: an amount of NULL says nothing about a transaction's value
    qint64 undatedLines = 0; // left out (OrderLines: no YYYY-MM-DD date)
    qint64 unmatchedLines = 0; // left out (OrderLines: no customer of that key)
    std::vector<qint64> rowIds; // the customers' rowid by row (ClvOrderLine::customer)
    QString customersVersion; // customerchanges::version when the customers were read (empty: unknown)
};

struct ClvOptions
{
    std::optional<QDate> calibrationEnd; // default: the workspace's as-of date (no holdout)
    double horizonWeeks = 52;
    double annualDiscountRate = 0.1;
};

struct ClvReport
{
    QDate calibrationEnd;
    ClvData data; // the per-customer summaries
    bool fitted = false; // false when the data-sufficiency check stopped before fitting
    BgNbdFit bgnbd;
    GammaGammaFit gammaGamma;
    std::optional<ClvBacktest> backtest; // when there are transactions after the calibration end
    QStringList problems; // ClvCheck's messages: empty when the numbers can be used
    // Over the customers in data, for the horizon and discount rate asked for (NaN-free customers only).
    double meanPredictedClv = 0;
    double totalPredictedClv = 0;
    double meanPAlive = 0;
    qint64 leftOutLines = 0; // undated, unmatched or without amount

    // The `swb clv --json` object (with "error" when there are problems).
    QJsonObject toJson() const;
};

struct ClvOutcome
{
    std::optional<ClvReport> report;
    std::vector<qint64> rowIds; // as ClvInput's, for saving the per-customer values
    QString customersVersion;
    QString error; // the workspace could not be read (the report is absent)
};

class ClvInputLoader
{
    Q_DECLARE_TR_FUNCTIONS(swb::ClvInputLoader)

public:
    // The order lines of the workspace at `workspacePath`; nothing (with the reason) when it has no usable orders.
    static std::optional<ClvInput> load(const QString& workspacePath, QString* error, const CancelCheck& cancel = {});
    // load(), then summarise at the calibration end, check, fit both models, backtest and score.
    static ClvOutcome compute(const QString& workspacePath, const ClvOptions& options, const CancelCheck& cancel = {});
    // summarise, check, fit, backtest and score lines already read.
    static ClvReport analyse(std::vector<ClvOrderLine> lines, QDate calibrationEnd, const ClvOptions& options,
                             const CancelCheck& cancel = {});
};

} // namespace swb
