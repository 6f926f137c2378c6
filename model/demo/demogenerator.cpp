#include "model/demo/demogenerator.h"

#include "model/demo/demodata.h"
#include "model/demo/demorandom.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <unordered_map>

namespace swb {

namespace {

using demo::Random;

// Buffered CSV output: RFC 4180 quoting, LF line ends, UTF-8.
class CsvOut
{
public:
    explicit CsvOut(QFile& file)
        : m_file(file)
    {
        m_buffer.reserve(s_flushAt + 4096);
    }

    void field(std::string_view text)
    {
        separate();
        if (text.find_first_of(",\"\n\r") == std::string_view::npos) {
            m_buffer.append(text);
            return;
        }
        m_buffer.push_back('"');
        for (const char c : text) {
            if (c == '"')
                m_buffer.push_back('"');
            m_buffer.push_back(c);
        }
        m_buffer.push_back('"');
    }

    void number(long long value)
    {
        separate();
        m_buffer.append(std::to_string(value));
    }

    // An identifier such as O100042.
    void code(char prefix, long long value)
    {
        separate();
        m_buffer.push_back(prefix);
        m_buffer.append(std::to_string(value));
    }

    void money(double value)
    {
        separate();
        char text[32];
        const int size = std::snprintf(text, sizeof text, "%.2f", value);
        m_buffer.append(text, size_t(size));
    }

    void date(qint64 julianDay)
    {
        separate();
        int y = 0, m = 0, d = 0;
        QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
        char text[32];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
        m_buffer.append(text, 10);
    }

    void dateTime(qint64 julianDay, int secondsOfDay)
    {
        date(julianDay);
        char text[32];
        std::snprintf(text, sizeof text, " %02d:%02d:%02d", secondsOfDay / 3600, secondsOfDay / 60 % 60,
                      secondsOfDay % 60);
        m_buffer.append(text, 9);
    }

    void empty() { separate(); }

    bool endRow()
    {
        m_buffer.push_back('\n');
        m_first = true;
        return m_buffer.size() < s_flushAt || flush();
    }

    bool flush()
    {
        const qint64 written = m_file.write(m_buffer.data(), qint64(m_buffer.size()));
        const bool ok = written == qint64(m_buffer.size());
        m_buffer.clear();
        return ok;
    }

private:
    void separate()
    {
        if (!m_first)
            m_buffer.push_back(',');
        m_first = false;
    }

    static constexpr size_t s_flushAt = 1 << 20;
    QFile& m_file;
    std::string m_buffer;
    bool m_first = true;
};

// ASCII mail-address part of a name: accents stripped, spaces, apostrophes and suffixes dropped.
class MailNames
{
public:
    const std::string& ascii(std::string_view name)
    {
        auto it = m_cache.find(name);
        if (it != m_cache.end())
            return it->second;
        QString text = QString::fromUtf8(name.data(), qsizetype(name.size())).section(QLatin1Char(','), 0, 0);
        text.replace(QStringLiteral("ß"), QStringLiteral("ss"))
            .replace(QStringLiteral("ł"), QStringLiteral("l"))
            .replace(QStringLiteral("Ł"), QStringLiteral("l"))
            .replace(QStringLiteral("ı"), QStringLiteral("i"))
            .replace(QStringLiteral("ø"), QStringLiteral("o"));
        text = text.normalized(QString::NormalizationForm_D).toLower();
        std::string out;
        for (const QChar c : std::as_const(text)) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-'))
                out.push_back(char(c.unicode()));
        }
        return m_cache.emplace(name, std::move(out)).first->second;
    }

private:
    std::unordered_map<std::string_view, std::string> m_cache;
};

struct Customer
{
    qint64 signup = 0; // julian day
    qint64 activeUntil = 0; // julian day of the last possible order
    double ordersPerYear = 0.0;
    const demo::Channel* channel = nullptr;
};

constexpr std::array s_devices{std::pair{"mobile", 0.55}, std::pair{"desktop", 0.35}, std::pair{"tablet", 0.10}};

void writeCustomerHeader(CsvOut& out)
{
    for (const char* header : {"Customer ID", "First Name", "Last Name", "Email", "Phone", "Gender", "Age", "Street",
                               "Country", "City", "Postal Code", "Signup Date", "Acquisition Channel", "Device",
                               "Newsletter", "Loyalty Tier", "NPS", "Churned"})
        out.field(header);
    out.endRow();
}

void writeOrderHeader(CsvOut& out)
{
    for (const char* header : {"Order ID", "Customer ID", "Order Date", "Items", "Amount"})
        out.field(header);
    out.endRow();
}

std::string customerKey(qint64 index)
{
    char text[32];
    std::snprintf(text, sizeof text, "C%07lld", static_cast<long long>(index + 1));
    return text;
}

// The e-mail cell: mostly a name-based address at one of the country's mail domains, now and then empty or upper case.
void writeMail(CsvOut& customers, Random& random, MailNames& mailNames, const demo::Country& country,
               std::string_view first, std::string_view last, qint64 i)
{
    if (random.chance(0.02)) {
        customers.empty();
    } else {
        std::string mail;
        const std::string& f = mailNames.ascii(first);
        const std::string& l = mailNames.ascii(last);
        switch (random.below(4)) {
        case 0:
            mail.append(f).append(1, '.').append(l);
            break;
        case 1:
            mail.append(f, 0, 1).append(1, '.').append(l);
            break;
        case 2:
            mail.append(f).append(l).append(std::to_string(random.below(100)));
            break;
        default:
            mail.append(l).append(1, '.').append(f).append(std::to_string(i % 1000));
            break;
        }
        mail += '@';
        mail += random.pick(country.mailDomains);
        if (random.chance(0.03))
            std::transform(mail.begin(), mail.end(), mail.begin(), [](char c) { return char(std::toupper(c)); });
        customers.field(mail);
    }
}

// The phone cell: the country's prefix and a mobile number of one of its valid ranges, or empty.
void writePhone(CsvOut& customers, Random& random, const demo::Country& country)
{
    if (random.chance(0.3)) {
        customers.empty();
    } else {
        // Ten random digits (the same two draws as ever, so the rest of the data stays as it was), of which the
        // last phoneDigits follow the mobile range's prefix.
        std::string pool = std::to_string(100 + random.below(900));
        pool += std::to_string(1000000 + random.below(9000000));
        const std::string national
            = std::string(country.phoneMobile) + pool.substr(pool.size() - size_t(country.phoneDigits));
        std::string phone(country.phonePrefix);
        phone.append(1, ' ').append(national, 0, 3).append(1, ' ').append(national, 3);
        customers.field(phone);
    }
}

// The street cell: a street of the country with a house number before or after it, as the country writes it.
void writeStreet(CsvOut& customers, Random& random, const demo::Country& country)
{
    const std::string_view street = random.pick(country.streets);
    const std::string number = std::to_string(1 + random.below(random.chance(0.8) ? 60 : 400));
    std::string address;
    if (country.numberFirst)
        address.append(number).append(1, ' ').append(street);
    else
        address.append(street).append(1, ' ').append(number);
    customers.field(address);
}

// The customer's order lines (a first order for every buyer, then Poisson at the customer's rate; some returns) and
// now and then a guest checkout without a key. False when the file cannot be written.
bool writeOrders(CsvOut& orders, Random& random, const Customer& customer, bool buyer, const std::string& key,
                 qint64 firstDay, qint64 lastDay, qint64& orderNumber, qint64& orderRows)
{
    bool ok = true;
    const double activeYears = double(customer.activeUntil - customer.signup + 1) / 365.25;
    // Every buyer has a first order; the rest follow the customer's own rate (long-tailed over customers).
    const quint64 orderCount = buyer ? 1 + random.poisson(customer.ordersPerYear * activeYears) : 0;
    const double basket = random.logNormal(3.9, 0.5);
    for (quint64 n = 0; n < orderCount && ok; ++n) {
        const qint64 day = customer.signup + qint64(random.below(quint64(customer.activeUntil - customer.signup + 1)));
        const int second = int(random.below(86400));
        const double amount = std::max(1.0, basket * random.logNormal(0.0, 0.7));
        const long long items = 1 + std::llround(amount / 35.0 * random.uniform());
        const long long id = ++orderNumber;
        orders.code('O', id);
        orders.field(key);
        orders.dateTime(day, second);
        orders.number(items);
        orders.money(amount);
        ok = orders.endRow();
        ++orderRows;
        if (random.chance(0.03) && ok) {
            // A return: its own id, negative amount, a few days later.
            orders.code('R', id);
            orders.field(key);
            orders.dateTime(std::min(lastDay, day + 3 + qint64(random.below(20))), int(random.below(86400)));
            orders.number(-items);
            orders.money(-amount);
            ok = orders.endRow();
            ++orderRows;
        }
    }
    if (random.chance(0.01) && ok) {
        // A guest checkout: no customer key.
        orders.code('G', ++orderNumber);
        orders.empty();
        orders.dateTime(firstDay + qint64(random.below(quint64(lastDay - firstDay))), int(random.below(86400)));
        orders.number(1);
        orders.money(random.logNormal(3.5, 0.6));
        ok = orders.endRow();
        ++orderRows;
    }
    return ok;
}

} // namespace

bool DemoGenerator::writeCsv(const DemoOptions& options, const QString& directory, DemoFiles* files, QString* error,
                             const std::function<bool()>& cancel, const std::function<void(qint64, qint64)>& progress)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (options.customers < 1)
        return fail(tr("The demo needs at least one customer."));
    if (!QDir().mkpath(directory))
        return fail(tr("Cannot create the folder %1.").arg(directory));

    DemoFiles result;
    result.customersCsv = QDir(directory).filePath(QStringLiteral("customers.csv"));
    result.ordersCsv = QDir(directory).filePath(QStringLiteral("orders.csv"));
    QFile customersFile(result.customersCsv);
    QFile ordersFile(result.ordersCsv);
    if (!customersFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(tr("Cannot write %1: %2").arg(result.customersCsv, customersFile.errorString()));
    if (!ordersFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(tr("Cannot write %1: %2").arg(result.ordersCsv, ordersFile.errorString()));
    auto removeFiles = [&] {
        customersFile.remove();
        ordersFile.remove();
    };

    CsvOut customers(customersFile);
    CsvOut orders(ordersFile);
    writeCustomerHeader(customers);
    writeOrderHeader(orders);

    Random random(options.seed);
    MailNames mailNames;
    const auto countryList = demo::countries();
    const auto channelList = demo::channels();
    const qint64 firstDay = options.firstSignup.toJulianDay();
    const qint64 lastDay = options.lastDay.toJulianDay();
    const qint64 signupSpan = std::max<qint64>(1, lastDay - 30 - firstDay);
    qint64 orderNumber = 100000;
    bool ok = true;

    for (qint64 i = 0; i < options.customers && ok; ++i) {
        if ((i & 0x3FFF) == 0) {
            if (cancel && cancel()) {
                removeFiles();
                return fail(tr("The demo data generation was cancelled."));
            }
            if (progress)
                progress(i, options.customers);
        }
        const demo::Country& country = random.weighted(countryList, [](const auto& c) { return c.weight; });
        const bool female = random.chance(0.52);
        const std::string_view first = random.pick(female ? country.femaleNames : country.maleNames);
        const std::string_view last = random.pick(country.lastNames);
        const demo::City& city = random.pick(country.cities);
        const std::string key = customerKey(i);

        Customer customer;
        customer.signup = firstDay + qint64(random.below(quint64(signupSpan)));
        customer.channel = &random.weighted(channelList, [](const auto& c) { return c.weight; });
        const bool buyer = random.chance(0.86);
        const bool churned = random.chance(0.27);
        customer.activeUntil = lastDay;
        if (churned && lastDay - 120 > customer.signup)
            customer.activeUntil = customer.signup + qint64(random.below(quint64(lastDay - 120 - customer.signup)));
        if (buyer)
            customer.ordersPerYear
                = options.ordersPerCustomer / 3.0 * customer.channel->orderFactor * random.logNormal(-0.35, 0.85);

        customers.field(key);
        customers.field(first);
        customers.field(last);
        writeMail(customers, random, mailNames, country, first, last, i);
        writePhone(customers, random, country);
        const double genderDraw = random.uniform();
        customers.field(genderDraw < 0.05 ? "" : genderDraw < 0.07 ? "diverse" : female ? "female" : "male");
        if (random.chance(0.03))
            customers.empty();
        else
            customers.number(std::clamp<long long>(std::llround(random.normal(42.0, 14.0)), 18, 92));
        writeStreet(customers, random, country);
        customers.field(country.code);
        customers.field(city.name);
        customers.field(city.postalCode);
        customers.date(customer.signup);
        customers.field(customer.channel->name);
        customers.field(random
                            .weighted(std::span<const std::pair<const char*, double>>(s_devices),
                                      [](const auto& d) { return d.second; })
                            .first);
        customers.field(random.chance(0.45) ? "yes" : "no");
        {
            // Tiers follow how much the customer buys, with noise.
            const double tierScore = customer.ordersPerYear * random.logNormal(0.0, 0.5);
            customers.field(tierScore > 4.0       ? "platinum"
                                : tierScore > 2.0 ? "gold"
                                : tierScore > 0.8 ? "silver"
                                                  : "bronze");
        }
        if (random.chance(0.45)) {
            customers.empty();
        } else {
            const double mood = churned ? random.normal(4.5, 2.5) : random.normal(8.4, 1.5);
            customers.number(std::clamp<long long>(std::llround(mood), 0, 10));
        }
        customers.field(churned ? "true" : "false");
        ok = customers.endRow();

        ok = ok && writeOrders(orders, random, customer, buyer, key, firstDay, lastDay, orderNumber, result.orderRows);
        ++result.customerRows;
    }
    ok = ok && customers.flush() && orders.flush();
    if (!ok) {
        const QString reason
            = customersFile.error() != QFileDevice::NoError ? customersFile.errorString() : ordersFile.errorString();
        removeFiles();
        return fail(tr("Cannot write the demo data into %1: %2").arg(directory, reason));
    }
    if (progress)
        progress(options.customers, options.customers);
    if (files)
        *files = result;
    return true;
}

} // namespace swb
