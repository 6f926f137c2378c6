// k-means benchmark against scikit-learn on the same data (run by run_kmeans.sh, which also runs the reference).
//
//   bench_kmeans generate --rows N --out FILE.npy [--seed S]
//       A seeded mixture of 10 gaussian blobs in 8 dimensions with different spreads and sizes, z-scored,
//       written as float32 .npy (rows x 8, C order) so both sides cluster exactly the same numbers.
//   bench_kmeans compare --data FILE.npy --reference REF.json --init INIT.npy [--seeds 0,1,2] [--k 8]
//       Runs our k-means (n_init 1 for each seed, n_init 10 for the first seed, and once from the k-means++
//       centres in INIT.npy that scikit-learn also started from) on all cores, prints times, inertias, ratios to
//       scikit-learn's (from REF.json, written by kmeans_reference.py), the time per Lloyd iteration, peak RSS,
//       and PASS/FAIL per target. Exit code 0 when all targets pass.
//
// Inertia is judged where both sides can reach the same optimum: n_init = 10, and the same start. With
// n_init = 1 the two random streams pick different starts, whose local optima differ by several percent either
// way; those inertias are printed for information only.
#include "analysis/kmeans.h"
#include "analysis/threadpool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

using namespace swb;

namespace {

constexpr int kFeatures = 8;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double gaussian(std::mt19937_64& rng)
{
    // Box-Muller on 53-bit uniforms: the same numbers on every platform.
    const double u1 = (double(rng() >> 11) + 1.0) * 0x1.0p-53;
    const double u2 = double(rng() >> 11) * 0x1.0p-53;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

RowMatrix generate(int rows, quint64 seed)
{
    constexpr int blobs = 10;
    std::mt19937_64 rng(seed);
    RowMatrix centres(blobs, kFeatures);
    std::vector<double> spreads(blobs);
    std::vector<double> weights(blobs);
    for (int b = 0; b < blobs; ++b) {
        for (int f = 0; f < kFeatures; ++f)
            centres(b, f) = 6.0 * gaussian(rng);
        spreads[size_t(b)] = 0.5 + 2.0 * double(rng() >> 11) * 0x1.0p-53;
        weights[size_t(b)] = 0.5 + double(rng() >> 11) * 0x1.0p-53;
    }
    double total = 0;
    for (double w : weights)
        total += w;
    RowMatrix values(rows, kFeatures);
    for (int i = 0; i < rows; ++i) {
        double pick = double(rng() >> 11) * 0x1.0p-53 * total;
        int b = 0;
        while (b + 1 < blobs && pick >= weights[size_t(b)]) {
            pick -= weights[size_t(b)];
            ++b;
        }
        for (int f = 0; f < kFeatures; ++f)
            values(i, f) = centres(b, f) + spreads[size_t(b)] * gaussian(rng);
    }
    const Eigen::RowVectorXd mean = values.colwise().mean();
    values.rowwise() -= mean;
    const Eigen::RowVectorXd sd = (values.array().square().colwise().sum() / rows).sqrt();
    values.array().rowwise() /= sd.array();
    return values;
}

bool writeNpy(const QString& path, const RowMatrix& values)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + QByteArray::number(values.rows()) + ", "
        + QByteArray::number(values.cols()) + "), }";
    const int total = 10 + header.size() + 1;
    header.append(QByteArray((64 - total % 64) % 64, ' ')).append('\n');
    QByteArray prefix("\x93NUMPY\x01\x00", 8);
    const quint16 length = quint16(header.size());
    prefix.append(char(length & 0xff)).append(char(length >> 8));
    file.write(prefix + header);
    std::vector<float> row(size_t(values.cols()));
    for (Eigen::Index i = 0; i < values.rows(); ++i) {
        for (Eigen::Index f = 0; f < values.cols(); ++f)
            row[size_t(f)] = float(values(i, f));
        file.write(reinterpret_cast<const char*>(row.data()), qint64(row.size()) * qint64(sizeof(float)));
    }
    return file.error() == QFile::NoError;
}

// Reads what writeNpy wrote (little-endian float32, C order, 2-D).
bool readNpy(const QString& path, RowMatrix* values, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray prefix = file.read(10);
    if (prefix.size() != 10 || !prefix.startsWith("\x93NUMPY")) {
        *error = QStringLiteral("not an .npy file");
        return false;
    }
    const int length = quint8(prefix[8]) | (quint8(prefix[9]) << 8);
    const QByteArray header = file.read(length);
    const int shapeAt = header.indexOf("'shape': (");
    if (!header.contains("'<f4'") || header.contains("True") || shapeAt < 0) {
        *error = QStringLiteral("expected a C-order float32 matrix");
        return false;
    }
    const QList<QByteArray> dims = header.mid(shapeAt + 10, header.indexOf(')', shapeAt) - shapeAt - 10).split(',');
    const qint64 rows = dims.value(0).trimmed().toLongLong();
    const qint64 cols = dims.value(1).trimmed().toLongLong();
    std::vector<float> raw(size_t(rows * cols));
    if (rows <= 0 || cols <= 0
        || file.read(reinterpret_cast<char*>(raw.data()), qint64(raw.size()) * qint64(sizeof(float)))
            != qint64(raw.size()) * qint64(sizeof(float))) {
        *error = QStringLiteral("truncated data");
        return false;
    }
    values->resize(rows, cols);
    for (size_t i = 0; i < raw.size(); ++i)
        values->data()[i] = raw[i];
    return true;
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

struct Timed
{
    KMeansResult result;
    double seconds = 0;
};

Timed timedRun(const RowMatrix& data, int k, int nInit, quint64 seed, const RowMatrix& init = {})
{
    KMeansOptions options;
    options.k = k;
    options.nInit = nInit;
    options.seed = seed;
    options.initialCentres = init;
    const auto start = std::chrono::steady_clock::now();
    Timed timed{kmeans(data, options), 0};
    timed.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return timed;
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

int compare(const QString& dataPath, const QString& referencePath, const QString& initPath, const QList<quint64>& seeds,
            int k)
{
    RowMatrix data;
    RowMatrix init;
    QString error;
    if (!readNpy(dataPath, &data, &error) || !readNpy(initPath, &init, &error)) {
        std::fprintf(stderr, "bench_kmeans: %s\n", qPrintable(error));
        return 2;
    }
    QFile refFile(referencePath);
    if (!refFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_kmeans: cannot read %s\n", qPrintable(referencePath));
        return 2;
    }
    const QJsonObject ref = QJsonDocument::fromJson(refFile.readAll()).object();
    const bool big = data.rows() >= 1000000;
    out() << "== k-means, " << data.rows() << " x " << data.cols() << ", k = " << k << ", threads "
          << ThreadPool::resolveThreadCount(0) << " (ours) / " << ref.value(QStringLiteral("threads")).toInt()
          << " (scikit-learn " << ref.value(QStringLiteral("sklearn")).toString() << ")\n";

    // n_init = 1, one run per seed on each side: their summed times even out how many iterations a seed needs.
    const QJsonArray refSingle = ref.value(QStringLiteral("n_init_1")).toArray();
    double ours1 = 0;
    double theirs1 = 0;
    double meanOurs1 = 0;
    double meanTheirs1 = 0;
    double lloydSeconds = 0;
    int lloydIterations = 0;
    for (int s = 0; s < seeds.size(); ++s) {
        const Timed run = timedRun(data, k, 1, seeds[s]);
        if (!run.result.ok()) {
            std::fprintf(stderr, "bench_kmeans: %s\n", qPrintable(run.result.error));
            return 2;
        }
        const QJsonObject theirs = refSingle.at(s).toObject();
        ours1 += run.seconds;
        theirs1 += theirs.value(QStringLiteral("seconds")).toDouble();
        meanOurs1 += run.result.inertia / seeds.size();
        meanTheirs1 += theirs.value(QStringLiteral("inertia")).toDouble() / seeds.size();
        lloydSeconds += run.result.lloydSeconds;
        lloydIterations += run.result.totalIterations;
        out() << QStringLiteral("n_init=1  seed %1: ours %2 s (%3 it, seeding %4 s), inertia %5 | sklearn %6 s "
                                "(%7 it), inertia %8\n")
                     .arg(seeds[s])
                     .arg(run.seconds, 0, 'f', 3)
                     .arg(run.result.iterations)
                     .arg(run.result.seedingSeconds, 0, 'f', 3)
                     .arg(run.result.inertia, 0, 'f', 1)
                     .arg(theirs.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 3)
                     .arg(theirs.value(QStringLiteral("n_iter")).toInt())
                     .arg(theirs.value(QStringLiteral("inertia")).toDouble(), 0, 'f', 1);
    }
    const QJsonObject theirs10 = ref.value(QStringLiteral("n_init_10")).toObject();
    const Timed run10 = timedRun(data, k, 10, seeds.value(0));
    lloydSeconds += run10.result.lloydSeconds;
    lloydIterations += run10.result.totalIterations;
    out() << QStringLiteral("n_init=10 seed %1: ours %2 s (%3 it in all), inertia %4 | sklearn %5 s, inertia %6\n")
                 .arg(seeds.value(0))
                 .arg(run10.seconds, 0, 'f', 3)
                 .arg(run10.result.totalIterations)
                 .arg(run10.result.inertia, 0, 'f', 1)
                 .arg(theirs10.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 3)
                 .arg(theirs10.value(QStringLiteral("inertia")).toDouble(), 0, 'f', 1);

    const QJsonObject theirsSame = ref.value(QStringLiteral("same_start")).toObject();
    const Timed same = timedRun(data, k, 1, 0, init);
    out() << QStringLiteral("same start (scikit-learn's k-means++ centres, seed %1): ours %2 s (%3 it), inertia %4 | "
                            "sklearn %5 s (%6 it), inertia %7\n")
                 .arg(seeds.value(0))
                 .arg(same.seconds, 0, 'f', 3)
                 .arg(same.result.iterations)
                 .arg(same.result.inertia, 0, 'f', 1)
                 .arg(theirsSame.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 3)
                 .arg(theirsSame.value(QStringLiteral("n_iter")).toInt())
                 .arg(theirsSame.value(QStringLiteral("inertia")).toDouble(), 0, 'f', 1);

    const double ratio1 = ours1 / theirs1;
    const double ratio10 = run10.seconds / theirs10.value(QStringLiteral("seconds")).toDouble();
    const double inertiaRatioSame = same.result.inertia / theirsSame.value(QStringLiteral("inertia")).toDouble();
    const double inertiaRatio10 = run10.result.inertia / theirs10.value(QStringLiteral("inertia")).toDouble();
    const double perIteration = 1000.0 * lloydSeconds / std::max(1, lloydIterations);
    out() << QStringLiteral("time ratio n_init=1 (sum over %1 seeds): %2 (target <= 0.20) %3\n")
                 .arg(seeds.size())
                 .arg(ratio1, 0, 'f', 3)
                 .arg(verdict(ratio1 <= 0.20));
    out() << QStringLiteral("time ratio n_init=10: %1 (target <= 0.15) %2\n")
                 .arg(ratio10, 0, 'f', 3)
                 .arg(verdict(ratio10 <= 0.15));
    out() << QStringLiteral("inertia ratio n_init=10: %1 (target <= 1.001) %2\n")
                 .arg(inertiaRatio10, 0, 'f', 6)
                 .arg(verdict(inertiaRatio10 <= 1.001));
    out() << QStringLiteral("inertia ratio from the same start: %1 (target <= 1.001) %2\n")
                 .arg(inertiaRatioSame, 0, 'f', 6)
                 .arg(verdict(inertiaRatioSame <= 1.001));
    out() << QStringLiteral("inertia ratio n_init=1, mean over %1 seeds each (different starts; information only): "
                            "%2\n")
                 .arg(seeds.size())
                 .arg(meanOurs1 / meanTheirs1, 0, 'f', 4);
    bool pass = ratio1 <= 0.20 && ratio10 <= 0.15 && inertiaRatio10 <= 1.001 && inertiaRatioSame <= 1.001;
    if (big) {
        out() << QStringLiteral("time per Lloyd iteration: %1 ms over %2 iterations (target <= 8 ms) %3\n")
                     .arg(perIteration, 0, 'f', 2)
                     .arg(lloydIterations)
                     .arg(verdict(perIteration <= 8.0));
        pass = pass && perIteration <= 8.0;
    } else {
        out() << QStringLiteral("time per Lloyd iteration: %1 ms over %2 iterations\n")
                     .arg(perIteration, 0, 'f', 3)
                     .arg(lloydIterations);
    }
    out() << QStringLiteral("peak RSS: ours %1 MiB (bench process incl. the double copy of the data) | sklearn "
                            "%2 MiB\n")
                 .arg(peakRssMiB(), 0, 'f', 0)
                 .arg(ref.value(QStringLiteral("peak_rss_mib")).toDouble(), 0, 'f', 0);
    out().flush();
    return pass ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("generate or compare"));
    parser.addOption(
        {QStringLiteral("rows"), QStringLiteral("rows to generate"), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("data seed"), QStringLiteral("S"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("output .npy"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("input .npy"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("reference"), QStringLiteral("scikit-learn results"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("init"), QStringLiteral("start centres (.npy)"), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("seeds"), QStringLiteral("k-means seeds"), QStringLiteral("LIST"), QStringLiteral("0,1,2")});
    parser.addOption({QStringLiteral("k"), QStringLiteral("clusters"), QStringLiteral("K"), QStringLiteral("8")});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("generate")) {
        const RowMatrix values = generate(parser.value(QStringLiteral("rows")).toInt(),
                                          parser.value(QStringLiteral("seed")).toULongLong());
        return writeNpy(parser.value(QStringLiteral("out")), values) ? 0 : 2;
    }
    if (mode == QLatin1String("compare")) {
        QList<quint64> seeds;
        for (const QString& s : parser.value(QStringLiteral("seeds")).split(QLatin1Char(',')))
            seeds.append(s.toULongLong());
        return compare(parser.value(QStringLiteral("data")), parser.value(QStringLiteral("reference")),
                       parser.value(QStringLiteral("init")), seeds, parser.value(QStringLiteral("k")).toInt());
    }
    parser.showHelp(2);
}
