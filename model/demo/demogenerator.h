// Writes a realistic, seeded demo data set (customers and orders CSV) for the real importer to read.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace swb {

struct DemoOptions
{
    qint64 customers = 20000;
    quint64 seed = 42;
    double ordersPerCustomer = 4.0; // mean of a long-tailed distribution; many customers have none
    QDate firstSignup = QDate(2019, 1, 1);
    QDate lastDay = QDate(2024, 12, 31); // no order after this day
};

struct DemoFiles
{
    QString customersCsv;
    QString ordersCsv;
    qint64 customerRows = 0;
    qint64 orderRows = 0;
};

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(swb::DemoGenerator)

public:
    // Writes `customers.csv` and `orders.csv` into `directory`. The same options give the same bytes.
    // `progress` receives customers written so far; `cancel` stops early (files are then removed).
    static bool writeCsv(const DemoOptions& options, const QString& directory, DemoFiles* files, QString* error,
                         const std::function<bool()>& cancel = {},
                         const std::function<void(qint64 done, qint64 total)>& progress = {});
};

} // namespace swb
