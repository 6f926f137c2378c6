#include "model/browse/customerdatasource.h"

#include "model/jobs/threadpools.h"
#include "model/workspace.h"

#include <QtConcurrent>

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

// Runs `read` on a read-only connection of its own in the interactive pool; a failed connection becomes the
// result's error.
template<typename Result, typename Read>
QFuture<Result> readInBackground(const QString& path, Read read)
{
    return QtConcurrent::run(ThreadPools::interactive(), [path, read = std::move(read)]() {
        QString error;
        const auto workspace = Workspace::attach(path, true, &error);
        if (!workspace) {
            Result result;
            result.error = error;
            return result;
        }
        return read(*workspace);
    });
}

} // namespace

CustomerDataSource::CustomerDataSource(QObject* parent)
    : QObject(parent)
{
    connect(&m_pageWatcher, &QFutureWatcherBase::finished, this, &CustomerDataSource::onPageFinished);
    connect(&m_countWatcher, &QFutureWatcherBase::finished, this, &CustomerDataSource::onCountFinished);
    connect(&m_orderWatcher, &QFutureWatcherBase::finished, this, &CustomerDataSource::onOrderFinished);
    connect(&m_rangeWatcher, &QFutureWatcherBase::finished, this, &CustomerDataSource::onRangeFinished);
}

// The tasks own copies of everything they use, so they may finish after the source is gone.
CustomerDataSource::~CustomerDataSource() = default;

void CustomerDataSource::setQuery(Query query)
{
    m_query = std::move(query);
    m_cursor.reset();
    m_atEnd = false;
    m_count = -1;
    m_error.clear();
    // A watcher given a new future no longer reports the old one, so outdated pages never arrive.
    m_pageWatcher.setFuture(QFuture<CustomerPage>());
    m_pagePending = false;
    m_countPending = false;
    m_order.reset();
    m_orderWatcher.setFuture(QFuture<RowOrder>());
    m_orderPending = false;
    m_rangeWatcher.setFuture(QFuture<CustomerPage>());
    m_rangePending = false;
    m_nextRange.reset();
    if (m_query.workspacePath.isEmpty()) {
        m_countWatcher.setFuture(QFuture<CustomerCount>());
        return;
    }
    m_countPending = true;
    m_countWatcher.setFuture(
        QtConcurrent::run(ThreadPools::interactive(), [path = m_query.workspacePath, selection = m_query.selection]() {
            return CustomerQuery::count(path, selection);
        }));
}

void CustomerDataSource::fetchMore(int limit)
{
    if (!canFetchMore() || m_pagePending)
        return;
    PageRequest request = requestOf(m_query);
    request.after = m_cursor;
    request.limit = limit;
    m_pagePending = true;
    m_pageWatcher.setFuture(
        readInBackground<CustomerPage>(m_query.workspacePath, [request = std::move(request)](Workspace& workspace) {
            return CustomerQuery::fetchPage(workspace, request);
        }));
}

void CustomerDataSource::startOrder()
{
    if (m_query.workspacePath.isEmpty() || m_order || m_orderPending)
        return;
    m_orderPending = true;
    m_orderWatcher.setFuture(
        readInBackground<RowOrder>(m_query.workspacePath, [request = requestOf(m_query)](Workspace& workspace) {
            return CustomerQuery::rowOrder(workspace, request);
        }));
}

void CustomerDataSource::onOrderFinished()
{
    const QFuture<RowOrder> future = m_orderWatcher.future();
    if (!m_orderPending || future.resultCount() == 0)
        return;
    m_orderPending = false;
    RowOrder order = future.result();
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
    m_rangeWatcher.setFuture(readInBackground<CustomerPage>(
        m_query.workspacePath, [columns = m_query.columns, rowids = std::move(rowids)](Workspace& workspace) {
            return CustomerQuery::fetchRows(workspace.db(), columns, rowids);
        }));
}

void CustomerDataSource::onRangeFinished()
{
    const QFuture<CustomerPage> future = m_rangeWatcher.future();
    if (!m_rangePending || future.resultCount() == 0)
        return;
    m_rangePending = false;
    const CustomerPage page = future.result();
    if (!page.ok) {
        fail(page.error);
        return;
    }
    emit rangeReady(m_rangeFirst, page);
    if (const auto next = std::exchange(m_nextRange, std::nullopt))
        startRange(next->first, next->second);
}

void CustomerDataSource::onPageFinished()
{
    const QFuture<CustomerPage> future = m_pageWatcher.future();
    if (!m_pagePending || future.resultCount() == 0)
        return;
    m_pagePending = false;
    const CustomerPage page = future.result();
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

void CustomerDataSource::onCountFinished()
{
    const QFuture<CustomerCount> future = m_countWatcher.future();
    if (!m_countPending || future.resultCount() == 0)
        return;
    m_countPending = false;
    const CustomerCount result = future.result();
    if (!result.ok) {
        fail(result.error);
        return;
    }
    m_count = result.count;
    emit countReady(m_count);
    if (!isBusy())
        emit idle();
}

void CustomerDataSource::fail(const QString& error)
{
    m_error = error;
    emit failed(error);
    if (!isBusy())
        emit idle();
}

} // namespace swb
