// Whether customer-value predictions rest on enough data, and what is missing when they do not.
#pragma once

#include "analysis/clvdata.h"
#include "analysis/gammagamma.h"

#include <QCoreApplication>
#include <QStringList>

namespace swb {

struct ClvRequirements
{
    qint64 minCustomers = 100; // with a first purchase by the calibration end
    qint64 minRepeatCustomers = 50; // who bought again by then (the spend model rests on them alone)
    double minHistoryWeeks = 12; // from the first purchase in the data to the calibration end
};

class ClvCheck
{
    Q_DECLARE_TR_FUNCTIONS(swb::ClvCheck)

public:
    // Before fitting: one message per missing requirement (empty: enough data).
    static QStringList beforeFit(const ClvData& data, const ClvRequirements& requirements = {});
    // After fitting: a model that did not converge or has a parameter at a bound (empty: both usable).
    static QStringList afterFit(const BgNbdFit& bgnbd, const GammaGammaFit& spend);
};

} // namespace swb
