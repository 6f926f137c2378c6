#include "testsupportclv.h"

#include <QDate>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <random>

namespace swb::test {

std::vector<ClvOrderLine> cdnowOrderLines()
{
    QFile file(QStringLiteral(SWB_TEST_DATA_DIR "/cdnow/cdnow_elog.csv"));
    std::vector<ClvOrderLine> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    file.readLine(); // masterid,sampleid,date,cds,sales
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() != 5)
            continue;
        const QDate day = QDate::fromString(QString::fromLatin1(fields[2]), QStringLiteral("yyyyMMdd"));
        lines.push_back({fields[0].toLongLong(), day.toJulianDay(), fields[4].toDouble()});
    }
    return lines;
}

qint64 cdnowCalibrationEnd()
{
    return QDate(1997, 9, 30).toJulianDay();
}

ClvData cdnowData()
{
    return ClvDataBuilder::summarise(cdnowOrderLines(), cdnowCalibrationEnd());
}

bool withinPercent(double value, double expected, double percent)
{
    return std::abs(value - expected) <= std::abs(expected) * percent / 100;
}

bool close(double value, double expected, double relative)
{
    return std::abs(value - expected) <= relative * std::max(1.0, std::abs(expected));
}

std::vector<ClvCustomer> simulateCustomers(int n, const BgNbdParams& bgnbd, const GammaGammaParams& spend, quint64 seed,
                                           double minT, double maxT)
{
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> rate(bgnbd.r, 1 / bgnbd.alpha);
    std::gamma_distribution<double> betaA(bgnbd.a, 1);
    std::gamma_distribution<double> betaB(bgnbd.b, 1);
    std::gamma_distribution<double> scale(spend.q, 1 / spend.gamma);
    std::uniform_int_distribution<int> days(int(std::lround(minT * 7)), int(std::lround(maxT * 7)));
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<ClvCustomer> out;
    out.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        ClvCustomer c;
        c.customer = i + 1;
        c.T = days(rng) / 7.0;
        const double lambda = rate(rng);
        const double ga = betaA(rng);
        const double dropout = ga / (ga + betaB(rng));
        // Poisson purchases while alive; after each repeat purchase the customer leaves with probability p.
        std::exponential_distribution<double> wait(lambda);
        for (double t = wait(rng); t <= c.T; t += wait(rng)) {
            ++c.x;
            c.tx = t;
            if (unit(rng) < dropout)
                break;
        }
        if (c.x > 0) {
            // x spends Gamma(p, ν) with ν ~ Gamma(q, γ): their sum is Gamma(p·x, ν).
            const double nu = scale(rng);
            std::gamma_distribution<double> total(spend.p * c.x, 1 / nu);
            c.mx = total(rng) / c.x;
        }
        out.push_back(c);
    }
    return out;
}

QJsonDocument runClvReference(const QStringList& arguments, const QByteArray& stdinData, QString* error)
{
    QProcess process;
    process.start(QStringLiteral(SWB_PYTHON),
                  QStringList{QStringLiteral(SWB_TEST_DATA_DIR "/../analysis/reference/clv_reference.py")} + arguments);
    if (!process.waitForStarted()) {
        *error = QStringLiteral("could not start %1").arg(QStringLiteral(SWB_PYTHON));
        return {};
    }
    process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    const QByteArray out = process.readAllStandardOutput();
    if (process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(out);
}

} // namespace swb::test
