// Status bar widget: the running background job with its progress and a Cancel button. A job appears once it has
// run for showDelayMs, so that the many short ones (counts, pages of the table) do not make it flicker.
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace swb {

class JobTracker;

class JobIndicator : public QWidget
{
    Q_OBJECT

public:
    static constexpr int showDelayMs = 400;

    explicit JobIndicator(JobTracker* tracker, QWidget* parent = nullptr);

    // A job is shown (it has run for showDelayMs), whether or not the status bar is visible.
    bool isShowingJob() const { return m_shownId != 0; }
    int shownJobId() const { return m_shownId; }

private:
    void refresh();

    JobTracker* m_tracker = nullptr;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QTimer m_delay; // until the next running job is old enough to be shown
    int m_shownId = 0;
};

} // namespace swb
