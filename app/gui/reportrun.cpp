#include "app/gui/reportrun.h"

#include "model/analytics/reviewreport.h"
#include "model/jobs/latestjob.h"
#include "ui/report/reviewreportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace swb::gui {

namespace {

// With SWB_REPORT_PROFILE=1: the time since the report was started, on stderr.
void profile(const QElapsedTimer& timer, const char* step)
{
    if (qEnvironmentVariableIsSet("SWB_REPORT_PROFILE"))
        std::fprintf(stderr, "report: %s after %.0f ms\n", step, double(timer.nsecsElapsed()) / 1e6);
}

} // namespace

ReportRun::ReportRun(GuiOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_writer(new ReviewReportWriter(this))
{
    connect(m_writer, &ReviewReportWriter::finished, this, [this] {
        profile(m_timer, "written");
        QCoreApplication::exit(0);
    });
    connect(m_writer, &ReviewReportWriter::failed, this, &ReportRun::fail);
}

void ReportRun::fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    QCoreApplication::exit(1);
}

bool ReportRun::start()
{
    if (!QFileInfo(m_options.workspace).isFile()) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(tr("The workspace %1 does not exist. Give the path of a workspace file.")
                                        .arg(QDir::toNativeSeparators(m_options.workspace))));
        return false;
    }
    if (const QString problem = ReviewReportWriter::checkTarget(m_options.report, m_options.workspace);
        !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem));
        return false;
    }
    m_timer.start();
    ReviewRequest request;
    request.workspacePath = m_options.workspace;
    request.segments = m_options.reportSegments;
    request.asOf = m_options.asOf;
    request.months = m_options.months;
    const QFuture<ReviewOutcome> future = Jobs::start<ReviewOutcome>(
        {tr("Making the review report"), JobPool::LongRunning},
        [request](JobControl& job) { return ReviewReport::gather(request, job.cancelCheck(), job.percentCallback()); });
    Jobs::whenFinished<ReviewOutcome>(
        future, this,
        [this](const ReviewOutcome& outcome) {
            profile(m_timer, "gathered");
            if (!outcome.data) {
                fail(outcome.error);
                return;
            }
            QString error;
            if (!m_writer->start(*outcome.data, m_options.report, &error))
                fail(error);
        },
        [this] { fail(tr("The report was not made: its work ended without a result.")); });
    return true;
}

} // namespace swb::gui
