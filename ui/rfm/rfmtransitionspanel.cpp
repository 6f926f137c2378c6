#include "ui/rfm/rfmtransitionspanel.h"

#include "model/analytics/rfmservice.h"
#include "ui/charts/matrixheatmap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace swb {

namespace {

// The positions of `groups` in the order of `order`; groups not in it (and "(none)") last, as they came.
QList<int> inOrder(const QStringList& groups, const QStringList& order)
{
    QList<int> indexes(groups.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const auto rank = [&](int i) {
        const qsizetype at = order.indexOf(groups[i]);
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(indexes.begin(), indexes.end(), [&](int a, int b) { return rank(a) < rank(b); });
    return indexes;
}

} // namespace

RfmTransitionsPanel::RfmTransitionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_service(new RfmService(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_chart(new MatrixHeatmap(this))
{
    m_from->setObjectName(QStringLiteral("rfmFromRun"));
    m_to->setObjectName(QStringLiteral("rfmToRun"));
    m_chart->setObjectName(QStringLiteral("rfmTransitionChart"));
    m_chart->setTitle(tr("Customers moving between groups"));
    for (QComboBox* box : {m_from, m_to})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Shown once there are two runs to choose from.
    m_choice = new QWidget(this);
    auto* choice = new QHBoxLayout(m_choice);
    choice->setContentsMargins(0, 0, 0, 0);
    choice->addWidget(new QLabel(tr("From:"), m_choice));
    choice->addWidget(m_from);
    choice->addWidget(new QLabel(tr("To:"), m_choice));
    choice->addWidget(m_to);
    choice->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_chart, 1);
    connect(m_from, &QComboBox::activated, this, &RfmTransitionsPanel::onChoice);
    connect(m_to, &QComboBox::activated, this, &RfmTransitionsPanel::onChoice);
    connect(m_service, &RfmService::transitionsReady, this, &RfmTransitionsPanel::showTransitions);
    connect(m_service, &RfmService::transitionsFailed, this, [this](const QString& error) {
        m_chart->setData({}, {}, {});
        m_chart->setEmptyText(tr("Cannot read the transitions: %1").arg(error));
        emit updated();
    });
    showEmpty();
}

bool RfmTransitionsPanel::isReading() const
{
    return m_service->isReadingTransitions();
}

RfmRun RfmTransitionsPanel::run(qint64 id) const
{
    for (const RfmRun& run : m_runs) {
        if (run.id == id)
            return run;
    }
    return {};
}

void RfmTransitionsPanel::clear()
{
    setRuns({}, {}, std::nullopt, {});
}

void RfmTransitionsPanel::setRuns(const QString& path, const QList<RfmRun>& runs,
                                  const std::optional<RfmTransitions>& latest, const QStringList& groupOrder)
{
    if (path != m_path)
        m_chosenFrom = m_chosenTo = 0;
    m_path = path;
    m_runs = runs;
    m_order = groupOrder;
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
    const QLocale locale;
    for (const RfmRun& run : runs) {
        //: A run in the transition tab's choice: its number and the as-of date it scored.
        const QString text
            = tr("Run %1 (as of %2)").arg(run.id).arg(locale.toString(run.asOfDate, QLocale::ShortFormat));
        m_from->addItem(text, run.id);
        m_to->addItem(text, run.id);
    }
    m_choice->setVisible(runs.size() >= 2);
    if (runs.size() < 2)
        return showEmpty();
    const bool chosen = m_chosenFrom > 0 && m_from->findData(m_chosenFrom) >= 0 && m_to->findData(m_chosenTo) >= 0;
    const qint64 from = chosen ? m_chosenFrom : runs.at(runs.size() - 2).id;
    const qint64 to = chosen ? m_chosenTo : runs.last().id;
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    if (!chosen && latest)
        showTransitions(from, to, *latest);
    else
        choose(from, to);
}

void RfmTransitionsPanel::onChoice()
{
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    const bool lastTwo = m_runs.size() >= 2 && from == m_runs.at(m_runs.size() - 2).id && to == m_runs.last().id;
    m_chosenFrom = lastTwo ? 0 : from;
    m_chosenTo = lastTwo ? 0 : to;
    choose(from, to);
}

void RfmTransitionsPanel::choose(qint64 from, qint64 to)
{
    if (m_path.isEmpty() || from <= 0 || to <= 0)
        return;
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
    m_service->readTransitions(m_path, from, to);
}

void RfmTransitionsPanel::showEmpty()
{
    m_chart->setData({}, {}, {});
    m_chart->setAxisTitles({}, {});
    m_chart->setEmptyText(tr("Run the RFM analysis twice (for example a month apart) to see how customers move "
                             "between the groups."));
    emit updated();
}

void RfmTransitionsPanel::showTransitions(qint64 fromRun, qint64 toRun, const RfmTransitions& transitions)
{
    const QList<int> rows = inOrder(transitions.fromGroups, m_order);
    const QList<int> columns = inOrder(transitions.toGroups, m_order);
    QStringList from;
    QStringList to;
    QList<QList<qint64>> counts;
    for (const int row : rows) {
        from << RfmGrid::displayName(transitions.fromGroups[row]);
        QList<qint64> line;
        for (const int column : columns)
            line << transitions.counts[row][column];
        counts << line;
    }
    for (const int column : columns)
        to << RfmGrid::displayName(transitions.toGroups[column]);
    const QLocale locale;
    const RfmRun first = run(fromRun);
    const RfmRun second = run(toRun);
    //: Axis titles of the transition heat map: run number and as-of date.
    m_chart->setAxisTitles(
        tr("From run %1 (%2)").arg(first.id).arg(locale.toString(first.asOfDate, QLocale::ShortFormat)),
        tr("To run %1 (%2)").arg(second.id).arg(locale.toString(second.asOfDate, QLocale::ShortFormat)));
    m_chart->setEmptyText(tr("No customer was scored in either run."));
    m_chart->setData(from, to, counts);
    emit updated();
}

} // namespace swb
