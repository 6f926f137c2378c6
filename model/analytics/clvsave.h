// Stores the customer-value predictions of a ClvReport as derived customer fields: p_alive, expected_purchases,
// expected_order_value and predicted_clv (NULL for customers without a transaction by the calibration end).
#pragma once

#include "model/analytics/clvinput.h"

#include <QCoreApplication>

namespace swb {

class ClvSave
{
    Q_DECLARE_TR_FUNCTIONS(swb::ClvSave)

public:
    static const QStringList& fieldNames();

    // In one transaction: adds the columns (once, marked derived in the catalog), clears them and writes every
    // customer of `outcome.report`. Refused with the reason when the report has problems or was not fitted, or when
    // the customers changed since they were read (outcome.customersVersion). Returns the customers written.
    static std::optional<qint64> save(const QString& workspacePath, const ClvOutcome& outcome,
                                      const ClvOptions& options, QString* error);
};

} // namespace swb
