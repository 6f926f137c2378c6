// Status bar widget: the running background job with its progress and a Cancel button.
#pragma once

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
    explicit JobIndicator(JobTracker* tracker, QWidget* parent = nullptr);

private:
    void refresh();

    JobTracker* m_tracker = nullptr;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    int m_shownId = 0;
};

} // namespace swb
