#include "analysis/clvcheck.h"

namespace swb {

QStringList ClvCheck::beforeFit(const ClvData& data, const ClvRequirements& requirements)
{
    QStringList out;
    const qint64 customers = qint64(data.customers.size());
    if (customers < requirements.minCustomers)
        out << tr("Only %1 customers bought by the calibration end; predictions need at least %2. Import more "
                  "orders or choose a later calibration end.")
                   .arg(customers)
                   .arg(requirements.minCustomers);
    const qint64 repeat = data.repeatCustomers();
    if (repeat < requirements.minRepeatCustomers)
        out << tr("Only %1 customers bought again by the calibration end; the models need at least %2 repeat "
                  "customers. Import a longer order history or choose a later calibration end.")
                   .arg(repeat)
                   .arg(requirements.minRepeatCustomers);
    const double weeks = customers > 0 ? double(data.calibrationEndDay - data.firstDay) / 7 : 0;
    if (weeks < requirements.minHistoryWeeks)
        out << tr("The orders before the calibration end cover %1 weeks; the models need at least %2. Import a "
                  "longer order history or choose a later calibration end.")
                   .arg(weeks, 0, 'f', 1)
                   .arg(requirements.minHistoryWeeks);
    return out;
}

namespace {

QStringList boundNames(const std::vector<bool>& atBound, const QStringList& names)
{
    QStringList out;
    for (std::size_t i = 0; i < atBound.size() && i < std::size_t(names.size()); ++i)
        if (atBound[i])
            out << names.at(qsizetype(i));
    return out;
}

} // namespace

QStringList ClvCheck::afterFit(const BgNbdFit& bgnbd, const GammaGammaFit& spend)
{
    QStringList out;
    if (!bgnbd.converged)
        out << tr("The purchase model (BG/NBD) did not converge after %1 iterations; its numbers are not "
                  "reliable. Try a different calibration end or more orders.")
                   .arg(bgnbd.iterations);
    const QStringList bgBound = boundNames(
        bgnbd.atBound, {QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("a"), QStringLiteral("b")});
    if (!bgBound.isEmpty())
        out << tr("The purchase model (BG/NBD) ran to a limit (%1): the orders do not determine it. Use a longer "
                  "history or more customers.")
                   .arg(bgBound.join(QStringLiteral(", ")));
    if (!spend.converged)
        out << tr("The spend model (Gamma-Gamma) did not converge after %1 iterations; its numbers are not "
                  "reliable. Try more repeat customers.")
                   .arg(spend.iterations);
    const QStringList ggBound
        = boundNames(spend.atBound, {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("gamma")});
    if (!ggBound.isEmpty())
        out << tr("The spend model (Gamma-Gamma) ran to a limit (%1): the customers' average spends differ no "
                  "more than chance would make them, so it cannot tell big from small spenders.")
                   .arg(ggBound.join(QStringLiteral(", ")));
    else if (spend.converged && !(spend.params.q > 1))
        out << tr("The spend model (Gamma-Gamma) gives q = %1 <= 1, so the expected spend is not defined. Use "
                  "more repeat customers.")
                   .arg(spend.params.q);
    return out;
}

} // namespace swb
