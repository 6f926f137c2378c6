// Live-count benchmark, in process: open + column-store load, cold/warm count latency, funnel, the latency of
// editing one rule, and memory. With --generate it first writes a synthetic workspace with the demo's columns
// (used by run_count.sh when `swb demo` is not available).
//
//   bench_count --generate 1000000 --db WS [--seed S]
//   bench_count --db WS --filter JSON|@FILE [--runs N] [--edit-field F --edit-values V1,V2,…] [--open-only]
#include "analysis/benchstats.h"
#include "benchcli.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/countbenchmark.h"
#include "model/filter/countservice.h"
#include "model/filter/filterdefinition.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace swb;
using bench::fail;
using BenchStats::elapsedMs;
using BenchStats::percentile;
using BenchStats::residentMb;
using BenchStats::round2;

namespace {

FieldInfo field(const char* name, FieldType type, FieldRole role = FieldRole::None, bool derived = false)
{
    FieldInfo info;
    info.name = QString::fromLatin1(name);
    info.originalHeader = info.name;
    info.type = type;
    info.role = role;
    info.pii = isPiiRole(role);
    info.derived = derived;
    return info;
}

// The demo's customer columns (after the orders aggregation), with plausible distributions.
bool generate(const QString& path, qint64 customers, quint32 seed, QString* error)
{
    QFile::remove(path);
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, error);
    if (!workspace)
        return false;
    const QList<FieldInfo> fields{
        field("customer_id", FieldType::Text, FieldRole::CustomerKey),
        field("first_name", FieldType::Text, FieldRole::FirstName),
        field("last_name", FieldType::Text, FieldRole::LastName),
        field("email", FieldType::Text, FieldRole::Email),
        field("phone", FieldType::Text, FieldRole::Phone),
        field("gender", FieldType::Text, FieldRole::Gender),
        field("age", FieldType::Integer, FieldRole::Age),
        field("country", FieldType::Text, FieldRole::Country),
        field("city", FieldType::Text, FieldRole::City),
        field("postal_code", FieldType::Text, FieldRole::PostalCode),
        field("signup_date", FieldType::Date, FieldRole::SignupDate),
        field("acquisition_channel", FieldType::Text, FieldRole::Channel),
        field("device", FieldType::Text),
        field("newsletter", FieldType::Boolean),
        field("nps", FieldType::Integer, FieldRole::Nps),
        field("churned", FieldType::Boolean, FieldRole::Churn),
        field("orders_count", FieldType::Integer, FieldRole::OrdersCount, true),
        field("total_revenue", FieldType::Real, FieldRole::Revenue, true),
        field("first_purchase_date", FieldType::Date, FieldRole::FirstPurchaseDate, true),
        field("last_purchase_date", FieldType::Date, FieldRole::LastPurchaseDate, true),
        field("avg_order_value", FieldType::Real, FieldRole::AverageOrderValue, true),
    };
    QStringList columns;
    QStringList marks;
    QList<FieldInfo> catalog;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        columns << quoteIdentifier(fields[i].name) + QLatin1Char(' ') + sqlStorageType(fields[i].type);
        marks << QStringLiteral("?");
        FieldInfo info = fields[i];
        info.position = int(i);
        catalog << info;
    }
    Database& db = workspace->db();
    Transaction transaction(db);
    if (!db.exec(QStringLiteral("CREATE TABLE customers (%1)").arg(columns.join(QStringLiteral(", "))), error))
        return false;
    if (!FieldCatalog::replace(db, QStringLiteral("customers"), catalog, error))
        return false;
    Statement insert
        = db.prepare(QStringLiteral("INSERT INTO customers VALUES (%1)").arg(marks.join(QLatin1Char(','))), error);
    if (!insert.isValid())
        return false;

    static const char* const firstNames[]
        = {"Anna",  "Lukas", "Marie", "Jonas", "Lea",    "Paul",  "Emma", "Elias", "Sophie", "Noah",  "Léa",  "Hugo",
           "Chloé", "Jan",   "Zoë",   "Luca",  "Giulia", "Marco", "Eva",  "Tomás", "Inés",   "Piotr", "Anja", "Jürgen"};
    static const char* const lastNames[]
        = {"Müller",   "Schmidt",  "Schneider", "Fischer", "Weber",  "Meyer",   "Wagner",  "Becker", "Huber",
           "Gruber",   "Martin",   "Bernard",   "Dubois",  "Rossi",  "Bianchi", "García",  "López",  "Nowak",
           "Kowalski", "de Vries", "Jansen",    "Peeters", "Keller", "Brunner", "O'Neill", "Smith"};
    struct Country
    {
        const char* code;
        int weight;
        const char* cities[3];
    };
    static const Country countries[]
        = {{"DE", 32, {"Berlin", "München", "Hamburg"}},     {"AT", 9, {"Wien", "Graz", "Linz"}},
           {"CH", 8, {"Zürich", "Genève", "Basel"}},         {"FR", 14, {"Paris", "Lyon", "Marseille"}},
           {"NL", 8, {"Amsterdam", "Rotterdam", "Utrecht"}}, {"IT", 10, {"Roma", "Milano", "Torino"}},
           {"ES", 9, {"Madrid", "Barcelona", "Sevilla"}},    {"PL", 6, {"Warszawa", "Kraków", "Gdańsk"}},
           {"BE", 4, {"Bruxelles", "Antwerpen", "Gent"}}};
    static const char* const domains[] = {"gmail.com", "web.de",    "gmx.de",     "example.org", "outlook.com",
                                          "yahoo.fr",  "libero.it", "icloud.com", "EXAMPLE.ORG", "posteo.de"};
    static const char* const channels[] = {"organic", "paid_search", "social", "email", "referral", "affiliate"};
    static const char* const devices[] = {"mobile", "desktop", "tablet"};

    QRandomGenerator random(seed);
    const QDate firstSignup(2019, 1, 1);
    const QDate lastDay(2024, 12, 31);
    const int span = int(firstSignup.daysTo(lastDay));
    for (qint64 i = 0; i < customers; ++i) {
        insert.reset();
        const QString first = QString::fromUtf8(firstNames[random.bounded(int(std::size(firstNames)))]);
        const QString last = QString::fromUtf8(lastNames[random.bounded(int(std::size(lastNames)))]);
        int pickCountry = int(random.bounded(100));
        const Country* country = &countries[0];
        for (const Country& c : countries) {
            if (pickCountry < c.weight) {
                country = &c;
                break;
            }
            pickCountry -= c.weight;
        }
        const QDate signup = firstSignup.addDays(random.bounded(span));
        const int orders
            = random.bounded(100) < 25 ? 0 : int(std::floor(-std::log(1.0 - random.generateDouble()) * 4.0)) + 1;
        double revenue = 0;
        for (int o = 0; o < orders; ++o)
            revenue += std::round((15.0 + -std::log(1.0 - random.generateDouble()) * 60.0) * 100.0) / 100.0;
        revenue = std::round(revenue * 100.0) / 100.0;
        const int activeDays = std::max<qint64>(0, signup.daysTo(lastDay));
        const QDate lastPurchase = orders ? lastDay.addDays(-qint64(random.bounded(std::max(1, activeDays)))) : QDate();
        const QDate firstPurchase
            = orders ? signup.addDays(random.bounded(std::max<qint64>(1, signup.daysTo(lastPurchase) + 1))) : QDate();

        int column = 1;
        insert.bind(column++, QStringLiteral("C%1").arg(i + 1, 7, 10, QLatin1Char('0')));
        insert.bind(column++, first);
        insert.bind(column++, last);
        insert.bind(column++,
                    QStringLiteral("%1.%2%3@%4")
                        .arg(first.toLower(), last.toLower().remove(QLatin1Char(' ')))
                        .arg(i + 1)
                        .arg(QString::fromLatin1(domains[random.bounded(int(std::size(domains)))])));
        if (random.bounded(100) < 20)
            insert.bindNull(column++);
        else
            insert.bind(column++, QStringLiteral("+49 1%1").arg(random.bounded(100000000, 999999999)));
        insert.bind(column++,
                    random.bounded(100) < 48 ? QStringLiteral("f")
                                             : (random.bounded(100) < 95 ? QStringLiteral("m") : QStringLiteral("d")));
        if (random.bounded(100) < 3)
            insert.bindNull(column++);
        else
            insert.bind(column++,
                        qint64(std::clamp(int(std::round(42
                                                         + 14
                                                             * (random.generateDouble() + random.generateDouble()
                                                                + random.generateDouble() - 1.5)
                                                             * 2)),
                                          18, 90)));
        insert.bind(column++, QString::fromLatin1(country->code));
        insert.bind(column++, QString::fromUtf8(country->cities[random.bounded(3)]));
        insert.bind(column++, QStringLiteral("%1").arg(random.bounded(1000, 99999), 5, 10, QLatin1Char('0')));
        insert.bind(column++, signup.toString(Qt::ISODate));
        insert.bind(column++, QString::fromLatin1(channels[random.bounded(int(std::size(channels)))]));
        insert.bind(column++, QString::fromLatin1(devices[random.bounded(int(std::size(devices)))]));
        insert.bind(column++, qint64(random.bounded(100) < 40 ? 1 : 0));
        if (random.bounded(100) < 70)
            insert.bindNull(column++);
        else
            insert.bind(column++, qint64(random.bounded(11)));
        insert.bind(column++, qint64(random.bounded(100) < 18 ? 1 : 0));
        insert.bind(column++, qint64(orders));
        insert.bind(column++, revenue);
        if (orders) {
            insert.bind(column++, firstPurchase.toString(Qt::ISODate));
            insert.bind(column++, lastPurchase.toString(Qt::ISODate));
            insert.bind(column++, std::round(revenue / orders * 100.0) / 100.0);
        } else {
            insert.bindNull(column++);
            insert.bindNull(column++);
            insert.bindNull(column++);
        }
        if (!insert.run()) {
            *error = insert.errorMessage();
            return false;
        }
    }
    return transaction.commit(error);
}

// The definition with one rule's value replaced: what the GUI sends while the user edits that rule.
QByteArray withValue(const QByteArray& definition, const QString& fieldName, const QJsonValue& value)
{
    std::function<void(QJsonObject&)> visit = [&](QJsonObject& group) {
        QJsonArray rules = group.value(QStringLiteral("rules")).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject child = rules.at(i).toObject();
            if (child.contains(QStringLiteral("rules")))
                visit(child);
            else if (child.value(QStringLiteral("field")).toString() == fieldName)
                child.insert(QStringLiteral("value"), value);
            rules.replace(i, child);
        }
        group.insert(QStringLiteral("rules"), rules);
    };
    QJsonObject root = QJsonDocument::fromJson(definition).object();
    visit(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Phase 1: what opening costs in time and memory, and how fast a count is when one rule is edited (the other rules
// come from the cache).
bool measureOpenAndEdits(const QString& path, const QByteArray& definition, const QString& editField,
                         const QStringList& editValues, int runs, QJsonObject* json, QString* error)
{
    QElapsedTimer open;
    open.start();
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, error);
    if (!workspace)
        return false;
    const QList<FieldInfo> fields = workspace->fields();
    const auto key = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    std::shared_ptr<const ColumnStore> store(
        ColumnStore::load(workspace->db(), fields, key ? key->name : QString(), error));
    if (!store)
        return false;
    json->insert(QStringLiteral("open_ms"), round2(elapsedMs(open)));
    const auto memory = residentMb();
    json->insert(QStringLiteral("rss_open_mb"), std::round(memory.first));
    json->insert(QStringLiteral("rss_peak_mb"), std::round(memory.second));
    json->insert(QStringLiteral("store_mb"), std::round(double(store->memoryBytes()) / (1024.0 * 1024.0)));
    if (editField.isEmpty())
        return true;

    FilterEvaluator evaluator(store);
    evaluator.setDatabase(&workspace->db(), workspace->customerKeyExpression());
    const FilterContext context = FilterContext::fromWorkspace(*workspace);
    const auto first = FilterResolver::resolve(definition, context, error);
    if (!first || !evaluator.count(*first, error))
        return false;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const QString& value = editValues.at(i % editValues.size());
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        const QByteArray edited = withValue(definition, editField, isNumber ? QJsonValue(number) : QJsonValue(value));
        QElapsedTimer timer;
        timer.start();
        const auto resolved = FilterResolver::resolve(edited, context, error);
        if (!resolved || !evaluator.funnel(*resolved, error))
            return false;
        times.push_back(elapsedMs(timer));
    }
    json->insert(QStringLiteral("edit_one_rule_p50_ms"), round2(percentile(times, 0.50)));
    json->insert(QStringLiteral("edit_one_rule_p95_ms"), round2(percentile(times, 0.95)));
    return true;
}

// Phase 3: the GUI's path: CountService (load on a worker, counts with funnel off the calling thread), measured from
// requestCount() to countReady.
bool measureService(const QString& path, const QByteArray& definition, int runs, QJsonObject* json, QString* error)
{
    CountService service;
    QEventLoop loop;
    QString failure;
    QElapsedTimer timer;
    QObject::connect(&service, &CountService::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&service, &CountService::loadFailed, &loop, [&](const QString& message) {
        failure = message;
        loop.quit();
    });
    timer.start();
    service.open(path);
    loop.exec();
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    json->insert(QStringLiteral("service_load_ms"), round2(elapsedMs(timer)));
    std::vector<double> times;
    QObject::connect(&service, &CountService::countReady, &loop, &QEventLoop::quit);
    QObject::connect(&service, &CountService::countFailed, &loop, [&](int, const QString& message) {
        failure = message;
        loop.quit();
    });
    for (int i = 0; i < runs && failure.isEmpty(); ++i) {
        // Alternate two definitions so that half of the requests change one rule, as while editing.
        const QByteArray request
            = i % 2 ? withValue(definition, QStringLiteral("age"), QJsonArray{20 + i % 7, 60}) : definition;
        timer.restart();
        service.requestCount(request);
        loop.exec();
        times.push_back(elapsedMs(timer));
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    json->insert(QStringLiteral("service_request_p50_ms"), round2(percentile(times, 0.50)));
    json->insert(QStringLiteral("service_request_p95_ms"), round2(percentile(times, 0.95)));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption = bench::dbOption();
    const QCommandLineOption generateOption(QStringLiteral("generate"), QStringLiteral("Write a synthetic workspace."),
                                            QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"),
                                        QStringLiteral("42"));
    const QCommandLineOption filterOption(QStringLiteral("filter"), QStringLiteral("Definition."),
                                          QStringLiteral("JSON"));
    const QCommandLineOption runsOption = bench::runsOption(50);
    const QCommandLineOption editField(QStringLiteral("edit-field"), QStringLiteral("Rule to edit."),
                                       QStringLiteral("F"));
    const QCommandLineOption editValues(QStringLiteral("edit-values"), QStringLiteral("Values it takes."),
                                        QStringLiteral("V,…"));
    const QCommandLineOption openOnly(QStringLiteral("open-only"), QStringLiteral("Only open and load (profiling)."));
    parser.addOptions(
        {dbOption, generateOption, seedOption, filterOption, runsOption, editField, editValues, openOnly});
    parser.process(app);
    const QString path = parser.value(dbOption);
    if (path.isEmpty())
        return fail(QStringLiteral("--db is required"));
    QString error;

    if (parser.isSet(generateOption)) {
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, parser.value(generateOption).toLongLong(), parser.value(seedOption).toUInt(), &error))
            return fail(error);
        std::printf("{\"generated\":%lld,\"seconds\":%.1f}\n", parser.value(generateOption).toLongLong(),
                    double(timer.elapsed()) / 1000.0);
        return 0;
    }

    QByteArray definition = parser.value(filterOption).toUtf8();
    if (definition.startsWith('@')) {
        QFile file(QString::fromUtf8(definition.mid(1)));
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        definition = file.readAll();
    }
    const int runs = bench::runCount(parser);
    QJsonObject json;
    if (!measureOpenAndEdits(path, definition, parser.isSet(openOnly) ? QString() : parser.value(editField),
                             parser.value(editValues).split(QLatin1Char(',')), runs, &json, &error))
        return fail(error);
    if (!parser.isSet(openOnly)) {
        CountBenchmarkOptions options;
        options.workspacePath = path;
        options.definition = definition;
        options.runs = runs;
        options.sqlRuns = 1;
        const auto result = CountBenchmark::run(options, &error);
        if (!result)
            return fail(error);
        const QJsonObject figures = result->toJson();
        for (const char* key : {"p50_ms", "p95_ms", "cached_p50_ms", "funnel_ms", "funnel_cached_ms", "count",
                                "sqlite_ms", "sqlite_count", "rows", "rules"})
            json.insert(QLatin1String(key), figures.value(QLatin1String(key)));
        json.insert(QStringLiteral("open_ms_second"), figures.value(QStringLiteral("open_ms")));
        if (!measureService(path, definition, runs, &json, &error))
            return fail(error);
    }
    bench::printJson(json);
    return 0;
}
