#include "ui/shell/jobindicator.h"

#include "model/jobs/jobtracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace swb {

JobIndicator::JobIndicator(JobTracker* tracker, QWidget* parent)
    : QWidget(parent)
    , m_tracker(tracker)
{
    // Never wider than its contents: the status bar's free space stays on the left, for messages.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_label = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setFixedWidth(160);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setAutoRaise(true);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Cancel this job"));
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &JobIndicator::refresh);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_tracker->cancel(m_shownId); });
    connect(m_tracker, &JobTracker::changed, this, &JobIndicator::refresh);
    connect(m_tracker, &JobTracker::progressChanged, this, [this](int id) {
        if (id == m_shownId)
            refresh();
    });
    refresh();
}

void JobIndicator::refresh()
{
    QList<JobTracker::Job> jobs;
    qint64 nextDue = -1;
    for (const JobTracker::Job& job : m_tracker->jobs()) {
        const qint64 due = showDelayMs - job.running.elapsed();
        if (due <= 0)
            jobs.append(job);
        else if (nextDue < 0 || due < nextDue)
            nextDue = due;
    }
    if (nextDue >= 0)
        m_delay.start(int(nextDue));
    else
        m_delay.stop();
    setVisible(!jobs.isEmpty());
    if (jobs.isEmpty()) {
        m_shownId = 0;
        return;
    }
    // The oldest job is shown; the others shown are counted.
    const JobTracker::Job& job = jobs.constFirst();
    m_shownId = job.id;
    const QString title = job.text.isEmpty() ? job.title : tr("%1: %2").arg(job.title, job.text);
    m_label->setText(jobs.size() == 1 ? title : tr("%1 (and %n more)", nullptr, int(jobs.size() - 1)).arg(title));
    m_progress->setRange(job.minimum, job.maximum);
    m_progress->setValue(job.progress);
    m_cancel->setEnabled(job.cancellable && !job.future.isCanceled());
}

} // namespace swb
