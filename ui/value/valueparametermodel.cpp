#include "ui/value/valueparametermodel.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace swb {

namespace {

constexpr int firstSpendRow = 6; // r, α, a, b, log-likelihood, fit; then p, q, γ, …

} // namespace

ValueParameterModel::ValueParameterModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ValueParameterModel::setFits(const BgNbdFit& purchases, const GammaGammaFit& spend)
{
    const QString bg = tr("Purchases");
    const QString gg = tr("Spend");
    const auto converged = [](bool yes) {
        return yes ? tr("converged") : tr("not converged");
    };
    beginResetModel();
    m_rows = {
        {bg,
         QStringLiteral("r"),
         purchases.params.r,
         {},
         tr("Shape of how purchase rates differ between customers: small r, very different rates")},
        {bg,
         QStringLiteral("α"),
         purchases.params.alpha,
         {},
         tr("Scale of the purchase rates: r/α is the mean purchases per week")},
        {bg,
         QStringLiteral("a"),
         purchases.params.a,
         {},
         tr("Drop-out: with b, how likely a customer stops after a purchase (mean a/(a+b))")},
        {bg, QStringLiteral("b"), purchases.params.b, {}, tr("Drop-out: larger b, customers stay longer")},
        {bg, tr("log-likelihood"), purchases.logLikelihood, {}, tr("How well the model fits (higher is better)")},
        {bg, tr("fit"), std::numeric_limits<double>::quiet_NaN(), converged(purchases.converged),
         tr("%n iteration(s)", nullptr, purchases.iterations)},
        {gg,
         QStringLiteral("p"),
         spend.params.p,
         {},
         tr("Shape of the spend per purchase: larger p, a customer's purchases vary less")},
        {gg, QStringLiteral("q"), spend.params.q, {}, tr("How spend levels differ between customers: small q, more")},
        {gg,
         QStringLiteral("γ"),
         spend.params.gamma,
         {},
         tr("Scale of the spend levels: the mean spend per purchase is pγ/(q−1)")},
        {gg, tr("log-likelihood"), spend.logLikelihood, {}, tr("How well the model fits (higher is better)")},
        {gg, tr("fit"), std::numeric_limits<double>::quiet_NaN(), converged(spend.converged),
         tr("%Ln repeat customer(s) with spend", nullptr, int(spend.customers))},
    };
    endResetModel();
}

void ValueParameterModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

double ValueParameterModel::value(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].text.isEmpty() ? m_rows[row].value
                                                                         : std::numeric_limits<double>::quiet_NaN();
}

QString ValueParameterModel::parameter(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].parameter : QString();
}

int ValueParameterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ValueParameterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValueParameterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Meaning)
        return row.meaning;
    if (role == Qt::ToolTipRole && index.column() == Model)
        return index.row() < firstSpendRow ? tr("BG/NBD (Fader, Hardie & Lee 2005): how often customers buy and "
                                                "when they stop")
                                           : tr("Gamma-Gamma (Fader & Hardie): how much customers spend per "
                                                "purchase");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Model:
        return row.model;
    case Parameter:
        return row.parameter;
    case Value:
        return row.text.isEmpty() ? QLocale().toString(row.value, 'f', std::abs(row.value) >= 100 ? 2 : 4) : row.text;
    case Meaning:
        return row.meaning;
    default:
        return {};
    }
}

QVariant ValueParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model:
        return tr("Model");
    case Parameter:
        return tr("Parameter");
    case Value:
        return tr("Value");
    case Meaning:
        return tr("Meaning");
    default:
        return {};
    }
}

} // namespace swb
