#include "model/analytics/clvsave.h"

#include "analysis/clvscoring.h"
#include "model/analytics/derivedfields.h"
#include "model/customerchanges.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/workspace.h"

#include <cmath>

namespace swb {

namespace {

constexpr DerivedFieldDef s_fields[] = {
    {"p_alive", FieldType::Real, QT_TRANSLATE_NOOP("swb::DerivedField", "P(alive)")},
    {"expected_purchases", FieldType::Real, QT_TRANSLATE_NOOP("swb::DerivedField", "Expected purchases")},
    {"expected_order_value", FieldType::Real, QT_TRANSLATE_NOOP("swb::DerivedField", "Expected order value")},
    {"predicted_clv", FieldType::Real, QT_TRANSLATE_NOOP("swb::DerivedField", "Predicted CLV")},
};

void bindValue(Statement& statement, int index, double value)
{
    if (std::isfinite(value))
        statement.bind(index, value);
    else
        statement.bindNull(index);
}

} // namespace

const QStringList& ClvSave::fieldNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const DerivedFieldDef& def : s_fields)
            out << QString::fromLatin1(def.name);
        return out;
    }();
    return names;
}

std::optional<qint64> ClvSave::save(const QString& workspacePath, const ClvOutcome& outcome, const ClvOptions& options,
                                    QString* error)
{
    if (!outcome.report || !outcome.report->fitted || !outcome.report->problems.isEmpty()) {
        *error = tr("The predictions were not saved: the models could not be used (see the message above).");
        return std::nullopt;
    }
    const ClvReport& report = *outcome.report;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, error);
    if (!workspace)
        return std::nullopt;
    Database& db = workspace->db();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return std::nullopt;
    }
    if (outcome.customersVersion.isEmpty() || customerchanges::version(db) != outcome.customersVersion) {
        *error = tr("The customers changed while the models were fitted; run the command again to save.");
        return std::nullopt;
    }
    if (!customerchanges::suspend(db, error) || !DerivedFields::ensure(db, s_fields, error))
        return std::nullopt;
    if (!db.exec(QStringLiteral("UPDATE customers SET p_alive = NULL, expected_purchases = NULL, "
                                "expected_order_value = NULL, predicted_clv = NULL"),
                 error))
        return std::nullopt;
    Statement update = db.prepare(QStringLiteral("UPDATE customers SET p_alive = ?, expected_purchases = ?, "
                                                 "expected_order_value = ?, predicted_clv = ? WHERE rowid = ?"),
                                  error);
    if (!update.isValid())
        return std::nullopt;
    // All scores at once (the BG/NBD parts once per (x, t_x, T), on all cores), then one UPDATE per customer.
    std::vector<qint64> groupOf;
    const std::vector<BgNbdGroup> groups = BgNbd::group(report.data.customers, &groupOf);
    const std::vector<ClvScore> scores
        = ClvScoring::score(report.data.customers, groups, groupOf, report.bgnbd.params, report.gammaGamma.params,
                            options.horizonWeeks, options.annualDiscountRate);
    qint64 written = 0;
    for (size_t i = 0; i < report.data.customers.size(); ++i) {
        const ClvCustomer& c = report.data.customers[i];
        if (c.customer < 0 || c.customer >= qint64(outcome.rowIds.size()))
            continue;
        update.reset();
        bindValue(update, 1, scores[i].pAlive);
        bindValue(update, 2, scores[i].expectedPurchases);
        bindValue(update, 3, scores[i].expectedValue);
        bindValue(update, 4, scores[i].clv);
        update.bind(5, outcome.rowIds[size_t(c.customer)]);
        if (!update.run()) {
            *error = update.errorMessage();
            return std::nullopt;
        }
        ++written;
    }
    if (!customerchanges::resume(db, error) || !transaction.commit(error))
        return std::nullopt;
    return written;
}

} // namespace swb
