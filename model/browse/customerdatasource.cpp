#include "model/browse/customerdatasource.h"

#include "model/jobs/threadpools.h"
#include "model/workspace.h"

#include <QtConcurrent>

namespace swb {

CustomerDataSource::CustomerDataSource(QObject* parent)
    : QObject(parent)
{
    connect(&m_pageWatcher, &QFutureWatcherBase::finished, this, &CustomerDataSource::onPageFinished);
    connect(&m_countWatcher, &QFutureWatcherBase::finished, this, &CustomerDataSource::onCountFinished);
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
    PageRequest request;
    request.selection = m_query.selection;
    request.columns = m_query.columns;
    request.sortColumn = m_query.sortColumn;
    request.descending = m_query.descending;
    request.after = m_cursor;
    request.limit = limit;
    m_pagePending = true;
    m_pageWatcher.setFuture(
        QtConcurrent::run(ThreadPools::interactive(), [path = m_query.workspacePath, request = std::move(request)]() {
            QString error;
            auto db = Workspace::connect(path, true, &error);
            if (!db) {
                CustomerPage page;
                page.error = error;
                return page;
            }
            return CustomerQuery::fetchPage(*db, request);
        }));
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
