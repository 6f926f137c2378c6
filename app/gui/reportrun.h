// `segment-workbench WORKSPACE --report FILE.pdf`: gathers the review report's numbers in a background job, writes
// the PDF on the GUI thread and ends the event loop with the exit code (0 done; 1 with a message on stderr).
#pragma once

#include "app/gui/guioptions.h"

#include <QElapsedTimer>
#include <QObject>

namespace swb {
class ReviewReportWriter;
}

namespace swb::gui {

class ReportRun : public QObject
{
    Q_OBJECT

public:
    explicit ReportRun(GuiOptions options, QObject* parent = nullptr);

    // Starts the work; the event loop's exit code tells how it ended. False (message printed) when the request is
    // refused before any work: a missing workspace or a target that cannot be written.
    bool start();

private:
    void fail(const QString& message);

    GuiOptions m_options;
    ReviewReportWriter* m_writer = nullptr;
    QElapsedTimer m_timer; // SWB_REPORT_PROFILE
};

} // namespace swb::gui
