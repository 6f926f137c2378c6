#include "model/browse/customerdatasource.h"

#include "model/jobs/job.h"
#include "model/workspace.h"

namespace swb {

namespace {

PageRequest requestOf(const CustomerDataSource::Query& query)
{
    PageRequest request;
    request.selection = query.selection;
    request.columns = query.columns;
    request.sortColumn = query.sortColumn;
    request.descending = query.descending;
    return request;
}

// Runs `read` as `job` on a read-only connection of its own; a failed connection becomes the result's error.
template<typename Result, typename Read>
void readInBackground(LatestJob<Result>& job, const QString& title, const QString& path, Read read,
                      typename LatestJob<Result>::Done done, std::function<void()> canceled)
{
    job.start(
        {title, JobPool::Interactive},
        [path, read = std::move(read)](JobControl&) {
            QString error;
            const auto workspace = Workspace::attach(path, true, &error);
            if (!workspace) {
                Result result;
                result.error = error;
                return result;
            }
            return read(*workspace);
        },
        std::move(done), std::move(canceled));
}

} // namespace

CustomerDataSource::CustomerDataSource(QObject* parent)
    : QObject(parent)
{ }

// The jobs own copies of everything they use, so they may finish after the source is gone; the LatestJobs cancel
// them.
CustomerDataSource::~CustomerDataSource() = default;

void CustomerDataSource::setQuery(Query query)
{
    m_query = std::move(query);
    m_cursor.reset();
    m_atEnd = false;
    m_count = -1;
    m_error.clear();
    // Outdated reads are cancelled and never deliver.
    m_pageJob.cancel();
    m_pagePending = false;
    m_countPending = false;
    m_order.reset();
    m_orderJob.cancel();
    m_orderPending = false;
    m_rangeJob.cancel();
    m_rangePending = false;
    m_nextRange.reset();
    if (m_query.workspacePath.isEmpty()) {
        m_countJob.cancel();
        return;
    }
    m_countPending = true;
    m_countJob.start(
        {tr("Counting the customers"), JobPool::Interactive},
        [path = m_query.workspacePath, selection = m_query.selection](JobControl&) {
            return CustomerQuery::count(path, selection);
        },
        [this](const CustomerCount& count) { onCountFinished(count); }, [this] { onCanceled(); });
}

void CustomerDataSource::fetchMore(int limit)
{
    if (!canFetchMore() || m_pagePending)
        return;
    PageRequest request = requestOf(m_query);
    request.after = m_cursor;
    request.limit = limit;
    m_pagePending = true;
    readInBackground<CustomerPage>(
        m_pageJob, tr("Reading customers"), m_query.workspacePath,
        [request = std::move(request)](Workspace& workspace) { return CustomerQuery::fetchPage(workspace, request); },
        [this](const CustomerPage& page) { onPageFinished(page); }, [this] { onCanceled(); });
}

void CustomerDataSource::startOrder()
{
    if (m_query.workspacePath.isEmpty() || m_order || m_orderPending)
        return;
    m_orderPending = true;
    readInBackground<RowOrder>(
        m_orderJob, tr("Sorting customers"), m_query.workspacePath,
        [request = requestOf(m_query)](Workspace& workspace) { return CustomerQuery::rowOrder(workspace, request); },
        [this](const RowOrder& order) { onOrderFinished(order); }, [this] { onCanceled(); });
}

void CustomerDataSource::onOrderFinished(RowOrder order)
{
    m_orderPending = false;
    if (!order.ok) {
        fail(order.error);
        return;
    }
    m_order = std::make_shared<const std::vector<qint64>>(std::move(order.rowids));
    emit orderReady(qint64(m_order->size()));
}

void CustomerDataSource::fetchRange(qint64 first, int count)
{
    if (!m_order || first < 0 || first >= orderSize() || count < 1)
        return;
    if (m_rangePending) {
        m_nextRange = std::pair(first, count);
        return;
    }
    startRange(first, count);
}

void CustomerDataSource::startRange(qint64 first, int count)
{
    const qint64 last = std::min(orderSize(), first + count);
    std::vector<qint64> rowids(m_order->begin() + first, m_order->begin() + last);
    m_rangePending = true;
    m_rangeFirst = first;
    readInBackground<CustomerPage>(
        m_rangeJob, tr("Reading customers"), m_query.workspacePath,
        [columns = m_query.columns, rowids = std::move(rowids)](Workspace& workspace) {
            return CustomerQuery::fetchRows(workspace.db(), columns, rowids);
        },
        [this](const CustomerPage& page) { onRangeFinished(page); }, [this] { onCanceled(); });
}

void CustomerDataSource::onRangeFinished(const CustomerPage& page)
{
    m_rangePending = false;
    if (!page.ok) {
        fail(page.error);
        return;
    }
    emit rangeReady(m_rangeFirst, page);
    if (const auto next = std::exchange(m_nextRange, std::nullopt))
        startRange(next->first, next->second);
}

void CustomerDataSource::onPageFinished(const CustomerPage& page)
{
    m_pagePending = false;
    if (!page.ok) {
        fail(page.error);
        return;
    }
    m_atEnd = page.atEnd;
    if (!page.rows.isEmpty())
        m_cursor = page.last;
    emit pageReady(page);
    if (!isBusy())
        emit idle();
}

void CustomerDataSource::onCountFinished(const CustomerCount& count)
{
    m_countPending = false;
    if (!count.ok) {
        fail(count.error);
        return;
    }
    m_count = count.count;
    emit countReady(m_count);
    if (!isBusy())
        emit idle();
}

void CustomerDataSource::onCanceled()
{
    // Cancelled in the JobTracker: the query stops here, as after an error, until it is set again.
    m_pageJob.cancel();
    m_countJob.cancel();
    m_orderJob.cancel();
    m_rangeJob.cancel();
    m_pagePending = m_countPending = m_orderPending = m_rangePending = false;
    m_nextRange.reset();
    fail(tr("Reading the customers was cancelled."));
}

void CustomerDataSource::fail(const QString& error)
{
    m_error = error;
    emit failed(error);
    if (!isBusy())
        emit idle();
}

} // namespace swb
