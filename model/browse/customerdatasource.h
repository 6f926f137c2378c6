// Feeds a customer table page by page from worker threads; a new query supersedes the work still on the way.
#pragma once

#include "model/browse/customerquery.h"

#include <QFutureWatcher>
#include <QObject>

namespace swb {

class CustomerDataSource : public QObject
{
    Q_OBJECT

public:
    struct Query
    {
        QString workspacePath; // empty: no data
        RowSelection selection;
        QStringList columns;
        QString sortColumn; // empty: rowid order
        bool descending = false;
    };

    explicit CustomerDataSource(QObject* parent = nullptr);
    ~CustomerDataSource() override;

    // Forgets the rows delivered so far and starts counting the new selection.
    void setQuery(Query query);
    const Query& query() const { return m_query; }

    bool canFetchMore() const { return !m_query.workspacePath.isEmpty() && !m_atEnd && m_error.isEmpty(); }
    bool isFetching() const { return m_pagePending; }
    // Starts reading the next `limit` rows unless a page is already on the way.
    void fetchMore(int limit);

    qint64 count() const { return m_count; } // -1 while unknown
    bool isBusy() const { return m_pagePending || m_countPending; }
    QString error() const { return m_error; }

signals:
    void pageReady(const swb::CustomerPage& page);
    void countReady(qint64 count);
    void failed(const QString& error);
    // The last page or count of the current query arrived and nothing else is on the way.
    void idle();

private:
    void onPageFinished();
    void onCountFinished();
    void fail(const QString& error);

    Query m_query;
    std::optional<PageCursor> m_cursor;
    bool m_atEnd = false;
    qint64 m_count = -1;
    QString m_error;
    // Until the watcher has delivered the result: a future can be finished on its worker before the GUI thread
    // hears of it, so the futures' own states would make the source look idle too early.
    bool m_pagePending = false;
    bool m_countPending = false;
    QFutureWatcher<CustomerPage> m_pageWatcher;
    QFutureWatcher<CustomerCount> m_countWatcher;
};

} // namespace swb
