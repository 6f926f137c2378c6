// Shared by tst_bgnbd and tst_gammagamma: the CDNOW order log, simulated customers and the scipy reference.
#pragma once

#include "analysis/clvdata.h"
#include "analysis/gammagamma.h"

#include <QJsonDocument>
#include <QString>

#include <vector>

namespace swb::test {

// tests/data/cdnow/cdnow_elog.csv as order lines: masterid = customer, date YYYYMMDD, sales = amount.
std::vector<ClvOrderLine> cdnowOrderLines();
// 1997-09-30, 39 weeks after 1997-01-01 as the papers count.
qint64 cdnowCalibrationEnd();
// The CDNOW log summarised at cdnowCalibrationEnd().
ClvData cdnowData();

// |value − expected| within percent % of |expected|.
bool withinPercent(double value, double expected, double percent);
// |value − expected| within relative × max(1, |expected|).
bool close(double value, double expected, double relative);

// n customers drawn from the BG/NBD and Gamma-Gamma processes, first purchase at week 0, T uniform in
// [minT, maxT] weeks (whole days); seeded, so the same every run.
std::vector<ClvCustomer> simulateCustomers(int n, const BgNbdParams& bgnbd, const GammaGammaParams& spend, quint64 seed,
                                           double minT = 20, double maxT = 52);

// Runs tests/analysis/reference/clv_reference.py with SWB_PYTHON; stdin is written to it. A null document
// (and a QFAIL-able message in error) when it fails.
QJsonDocument runClvReference(const QStringList& arguments, const QByteArray& stdinData, QString* error);

} // namespace swb::test
