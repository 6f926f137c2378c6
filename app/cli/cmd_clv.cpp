// `swb clv`: predicted customer value (BG/NBD + Gamma-Gamma) fitted on a workspace's orders, with a holdout backtest.
#include "app/cli/cli.h"
#include "app/cli/interrupt.h"
#include "model/analytics/clvinput.h"
#include "model/analytics/clvsave.h"

#include <QCoreApplication>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::clv", text);
}

// --calibration-end, --horizon-weeks and --discount-rate; false with a usage error when one is malformed.
bool readOptions(const QCommandLineParser& parser, ClvOptions* options, int* exitCode)
{
    if (parser.isSet(QStringLiteral("calibration-end"))) {
        const QString text = parser.value(QStringLiteral("calibration-end"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            *exitCode = fail(
                tr("--calibration-end takes a date written YYYY-MM-DD, such as 1997-09-30, not \"%1\".").arg(text),
                Usage);
            return false;
        }
        options->calibrationEnd = date;
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("horizon-weeks"))) {
        const QString text = parser.value(QStringLiteral("horizon-weeks"));
        const int weeks = text.toInt(&ok);
        if (!ok || weeks < 1 || weeks > 5200) {
            *exitCode = fail(tr("--horizon-weeks takes a whole number of weeks from 1 to 5200, not \"%1\".").arg(text),
                             Usage);
            return false;
        }
        options->horizonWeeks = weeks;
    }
    if (parser.isSet(QStringLiteral("discount-rate"))) {
        const QString text = parser.value(QStringLiteral("discount-rate"));
        const double rate = text.toDouble(&ok);
        if (!ok || !(rate >= 0 && rate <= 10)) {
            *exitCode = fail(tr("--discount-rate takes the annual rate as a fraction from 0 to 10 (0.1 = 10% a "
                                "year), not \"%1\".")
                                 .arg(text),
                             Usage);
            return false;
        }
        options->annualDiscountRate = rate;
    }
    return true;
}

QString summary(const ClvReport& report, const ClvOptions& options)
{
    QString text = tr("Calibration end %1: %2 customers, %3 of them repeat customers\n")
                       .arg(report.calibrationEnd.toString(Qt::ISODate))
                       .arg(report.data.customers.size())
                       .arg(report.data.repeatCustomers());
    if (report.leftOutLines > 0 || report.data.negativeDays > 0 || report.data.customersAfterCalibration > 0)
        text += tr("Left out: %1 order lines without a date, a known customer or an amount; %2 customer-days whose "
                   "lines sum below 0 (returns); %3 customers whose first purchase is after the calibration end\n")
                    .arg(report.leftOutLines)
                    .arg(report.data.negativeDays)
                    .arg(report.data.customersAfterCalibration);
    const BgNbdFit& b = report.bgnbd;
    text += tr("Purchases (BG/NBD): r %1, alpha %2, a %3, b %4, log-likelihood %5, %6\n")
                .arg(b.params.r, 0, 'f', 4)
                .arg(b.params.alpha, 0, 'f', 4)
                .arg(b.params.a, 0, 'f', 4)
                .arg(b.params.b, 0, 'f', 4)
                .arg(b.logLikelihood, 0, 'f', 3)
                .arg(b.converged ? tr("converged") : tr("not converged"));
    const GammaGammaFit& g = report.gammaGamma;
    text += tr("Spend (Gamma-Gamma): p %1, q %2, gamma %3, log-likelihood %4 (%5 repeat customers with spend)\n")
                .arg(g.params.p, 0, 'f', 4)
                .arg(g.params.q, 0, 'f', 4)
                .arg(g.params.gamma, 0, 'f', 4)
                .arg(g.logLikelihood, 0, 'f', 3)
                .arg(g.customers);
    text += tr("Over the next %1 weeks at %2% a year: mean predicted CLV %3, total %4; mean P(alive) %5\n")
                .arg(options.horizonWeeks)
                .arg(options.annualDiscountRate * 100)
                .arg(report.meanPredictedClv, 0, 'f', 2)
                .arg(report.totalPredictedClv, 0, 'f', 2)
                .arg(report.meanPAlive, 0, 'f', 3);
    if (!report.backtest) {
        text += tr("Backtest: no orders after the calibration end (give an earlier --calibration-end to hold some "
                   "out).\n");
        return text;
    }
    const ClvBacktest& t = *report.backtest;
    text += tr("Backtest over %1 weeks: %2 repeat transactions, %3 predicted, mean absolute error per customer %4\n")
                .arg(t.holdoutWeeks, 0, 'f', 1)
                .arg(t.actual, 0, 'f', 0)
                .arg(t.predicted, 0, 'f', 1)
                .arg(t.meanAbsoluteError, 0, 'f', 3);
    text += tr("x\tcustomers\tactual\tpredicted\n");
    for (const ClvFrequencyBin& bin : t.byFrequency)
        text += QStringLiteral("%1%2\t%3\t%4\t%5\n")
                    .arg(bin.x)
                    .arg(&bin == &t.byFrequency.back() ? QStringLiteral("+") : QString())
                    .arg(bin.customers)
                    .arg(bin.actual, 0, 'f', 0)
                    .arg(bin.predicted, 0, 'f', 1);
    return text;
}

int runClv(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Predicted customer value: fits BG/NBD (purchases) and Gamma-Gamma (spend per purchase) on the orders up "
           "to the calibration end, and when there are orders after it, compares the repeat purchases predicted "
           "for them with the actual ones. A customer's lines of one day are one transaction. With too little data, "
           "or a model that does not converge, says what is missing and exits with 1. --json prints {\"customers\", "
           "\"repeat_customers\", \"bgnbd\", \"gamma_gamma\", \"backtest\"}."));
    parser.addOptions({
        workspaceOption(),
        {QStringLiteral("calibration-end"),
         tr("Fit on the orders up to this day YYYY-MM-DD; later orders are the backtest's holdout (default: the "
            "workspace's as-of date, no holdout)."),
         tr("DATE")},
        {QStringLiteral("horizon-weeks"), tr("Weeks ahead for the predicted CLV (default 52)."), tr("N")},
        {QStringLiteral("discount-rate"), tr("Annual discount rate of the predicted CLV, 0.1 = 10% (default 0.1)."),
         tr("R")},
        {QStringLiteral("save"),
         tr("Store each customer's p_alive, expected_purchases (over the horizon), expected_order_value and "
            "predicted_clv as derived customer fields (customers without a purchase by the calibration end: empty).")},
        jsonOption(),
    });
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode))
        return exitCode;
    ClvOptions options;
    if (!readOptions(parser, &options, &exitCode))
        return exitCode;
    const InterruptScope interrupt; // Ctrl+C cancels the reading or the fit; nothing is saved then
    const ClvOutcome outcome
        = ClvInputLoader::compute(parser.value(QStringLiteral("db")), options, &InterruptScope::interrupted);
    if (InterruptScope::interrupted())
        return fail(tr("Canceled: nothing was saved."), Canceled);
    if (!outcome.report)
        return fail(outcome.error);
    const ClvReport& report = *outcome.report;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (json)
        printJson(report.toJson());
    else if (report.fitted)
        print(summary(report, options));
    if (!report.problems.isEmpty())
        return fail(report.problems.join(QLatin1Char('\n')));
    if (parser.isSet(QStringLiteral("save"))) {
        QString error;
        const std::optional<qint64> saved = ClvSave::save(parser.value(QStringLiteral("db")), outcome, options, &error);
        if (!saved)
            return fail(tr("The predictions were not saved: %1").arg(error));
        if (!json)
            print(tr("Saved %1 for %2 customers.\n").arg(ClvSave::fieldNames().join(QStringLiteral(", "))).arg(*saved));
    }
    return Ok;
}

const Registrar registrar("clv", "Predicted customer value (BG/NBD + Gamma-Gamma), backtested", &runClv);

} // namespace

} // namespace swb::cli
