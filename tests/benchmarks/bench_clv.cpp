// Predicted-CLV benchmark against a plain scipy maximum-likelihood fit (run by run_clv.sh, which also runs the
// reference, clv_reference_fit.py, on the same file).
//
//   bench_clv generate --customers N --out FILE.csv [--seed S]
//       N customers simulated from known BG/NBD (r 0.243, α 4.414, a 0.793, b 2.426: the CDNOW estimates) and
//       Gamma-Gamma (p 6.25, q 3.74, γ 15.44) parameters by the parameter-recovery tests' simulator
//       (tests/analysis/testsupportclv.cpp), first purchases spread over 78 weeks, times on whole days as an
//       order log records them (t_x rounded down to its day). Writes x,t_x,T,m_x per line (%.17g: the same
//       doubles on both sides).
//   bench_clv run --data FILE.csv [--horizon-weeks 52] [--discount-rate 0.1] [--runs 3]
//       Times what `swb clv` does after reading the summaries: group the customers, fit BG/NBD and Gamma-Gamma,
//       and score every customer (P(alive), expected purchases and value per transaction, CLV over the horizon,
//       monthly discounting). Prints one JSON line: the median run's seconds (and its phases), the parameters and
//       log-likelihoods, and checksums of the scores.
#include "analysis/clvscoring.h"
#include "benchcli.h"
#include "tests/analysis/testsupportclv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace swb;

namespace {

const BgNbdParams kBgNbd{0.243, 4.414, 0.793, 2.426};
const GammaGammaParams kSpend{6.25, 3.74, 15.44};

bool writeSummaries(const QString& path, const std::vector<ClvCustomer>& customers)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("x,t_x,T,m_x\n");
    char line[128];
    for (const ClvCustomer& c : customers) {
        const int n = std::snprintf(line, sizeof line, "%d,%.17g,%.17g,%.17g\n", c.x, c.tx, c.T, c.mx);
        file.write(line, n);
    }
    return file.error() == QFile::NoError;
}

bool readSummaries(const QString& path, std::vector<ClvCustomer>* customers, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray all = file.readAll();
    const char* at = all.constData();
    const char* end = at + all.size();
    at = static_cast<const char*>(std::memchr(at, '\n', size_t(end - at)));
    if (!at) {
        *error = QStringLiteral("no header line");
        return false;
    }
    ++at;
    while (at < end) {
        char* next = nullptr;
        ClvCustomer c;
        c.customer = qint64(customers->size()) + 1;
        c.x = int(std::strtol(at, &next, 10));
        c.tx = std::strtod(next + 1, &next);
        c.T = std::strtod(next + 1, &next);
        c.mx = std::strtod(next + 1, &next);
        if (*next != '\n') {
            *error = QStringLiteral("line %1 is not x,t_x,T,m_x").arg(customers->size() + 2);
            return false;
        }
        customers->push_back(c);
        at = next + 1;
    }
    return true;
}

int generate(int count, quint64 seed, const QString& out)
{
    std::vector<ClvCustomer> customers = test::simulateCustomers(count, kBgNbd, kSpend, seed, 1, 78);
    for (ClvCustomer& c : customers)
        c.tx = std::floor(c.tx * 7 + 1e-9) / 7; // the day of the last purchase
    if (!writeSummaries(out, customers))
        return bench::fail(QStringLiteral("cannot write %1").arg(out));
    return 0;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct Run
{
    double total = 0;
    double group = 0;
    double bgnbd = 0;
    double spend = 0;
    double scoring = 0;
    BgNbdFit bgnbdFit;
    GammaGammaFit spendFit;
    qint64 groups = 0;
    double sumPAlive = 0;
    double sumExpected = 0;
    double sumValue = 0;
    double sumClv = 0;
    qint64 notFinite = 0;
};

Run timedRun(const std::vector<ClvCustomer>& customers, double horizon, double rate)
{
    Run run;
    const auto start = std::chrono::steady_clock::now();
    auto phase = start;
    std::vector<qint64> groupOf;
    const std::vector<BgNbdGroup> groups = BgNbd::group(customers, &groupOf);
    run.groups = qint64(groups.size());
    run.group = secondsSince(phase);
    phase = std::chrono::steady_clock::now();
    run.bgnbdFit = BgNbd::fit(groups);
    run.bgnbd = secondsSince(phase);
    phase = std::chrono::steady_clock::now();
    run.spendFit = GammaGamma::fit(GammaGamma::observations(customers));
    run.spend = secondsSince(phase);
    phase = std::chrono::steady_clock::now();
    const std::vector<ClvScore> scores
        = ClvScoring::score(customers, groups, groupOf, run.bgnbdFit.params, run.spendFit.params, horizon, rate);
    run.scoring = secondsSince(phase);
    run.total = secondsSince(start);
    for (const ClvScore& s : scores) {
        if (!std::isfinite(s.pAlive + s.expectedPurchases + s.expectedValue + s.clv)) {
            ++run.notFinite;
            continue;
        }
        run.sumPAlive += s.pAlive;
        run.sumExpected += s.expectedPurchases;
        run.sumValue += s.expectedValue;
        run.sumClv += s.clv;
    }
    return run;
}

QJsonObject figures(const Run& run, qint64 customers, int runs)
{
    const BgNbdParams& bg = run.bgnbdFit.params;
    const GammaGammaParams& gg = run.spendFit.params;
    return {
        {QStringLiteral("customers"), customers},
        {QStringLiteral("groups"), run.groups},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("seconds"), run.total},
        {QStringLiteral("phases"),
         QJsonObject{{QStringLiteral("group"), run.group},
                     {QStringLiteral("bgnbd_fit"), run.bgnbd},
                     {QStringLiteral("gamma_gamma_fit"), run.spend},
                     {QStringLiteral("scoring"), run.scoring}}},
        {QStringLiteral("bgnbd"),
         QJsonObject{{QStringLiteral("params"), QJsonArray{bg.r, bg.alpha, bg.a, bg.b}},
                     {QStringLiteral("log_likelihood"), run.bgnbdFit.logLikelihood},
                     {QStringLiteral("converged"), run.bgnbdFit.converged},
                     {QStringLiteral("iterations"), run.bgnbdFit.iterations}}},
        {QStringLiteral("gamma_gamma"),
         QJsonObject{{QStringLiteral("params"), QJsonArray{gg.p, gg.q, gg.gamma}},
                     {QStringLiteral("log_likelihood"), run.spendFit.logLikelihood},
                     {QStringLiteral("converged"), run.spendFit.converged},
                     {QStringLiteral("iterations"), run.spendFit.iterations},
                     {QStringLiteral("customers"), run.spendFit.customers}}},
        {QStringLiteral("scores"),
         QJsonObject{{QStringLiteral("mean_p_alive"), run.sumPAlive / double(customers)},
                     {QStringLiteral("mean_expected_purchases"), run.sumExpected / double(customers)},
                     {QStringLiteral("mean_expected_value"), run.sumValue / double(customers)},
                     {QStringLiteral("mean_clv"), run.sumClv / double(customers)},
                     {QStringLiteral("not_finite"), run.notFinite}}},
    };
}

int runBenchmark(const QString& path, double horizon, double rate, int runs)
{
    std::vector<ClvCustomer> customers;
    QString error;
    if (!readSummaries(path, &customers, &error))
        return bench::fail(QStringLiteral("%1: %2").arg(path, error));
    std::vector<Run> all;
    for (int i = 0; i < runs; ++i)
        all.push_back(timedRun(customers, horizon, rate));
    std::sort(all.begin(), all.end(), [](const Run& l, const Run& r) { return l.total < r.total; });
    const Run& median = all[all.size() / 2];
    bench::printJson(figures(median, qint64(customers.size()), runs));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("generate or run"));
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to simulate (default 1,000,000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Simulation seed."), QStringLiteral("S"), QStringLiteral("20261206")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Summaries to write (CSV)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("Summaries to fit (CSV)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("horizon-weeks"), QStringLiteral("CLV horizon (default 52)."), QStringLiteral("N"),
                      QStringLiteral("52")});
    parser.addOption({QStringLiteral("discount-rate"), QStringLiteral("Annual discount rate (default 0.1)."),
                      QStringLiteral("R"), QStringLiteral("0.1")});
    parser.addOption(bench::runsOption(3, QStringLiteral("Timed runs, the median reported")));
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("generate"))
        return generate(parser.value(QStringLiteral("customers")).toInt(),
                        parser.value(QStringLiteral("seed")).toULongLong(), parser.value(QStringLiteral("out")));
    if (mode == QLatin1String("run"))
        return runBenchmark(parser.value(QStringLiteral("data")),
                            parser.value(QStringLiteral("horizon-weeks")).toDouble(),
                            parser.value(QStringLiteral("discount-rate")).toDouble(), bench::runCount(parser));
    parser.showHelp(2);
}
