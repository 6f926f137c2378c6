#include "ui/report/reviewreportwriter.h"

#include "ui/report/reportcanvas.h"
#include "ui/report/reportpages.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimer>

namespace swb {

namespace {

QString cannotWrite(const QString& path, const QString& reason)
{
    return ReviewReportWriter::tr("Cannot write %1: %2. Choose a folder you can write to.")
        .arg(QDir::toNativeSeparators(path), reason);
}

void setUp(QPdfWriter& pdf, const ReviewData& data)
{
    pdf.setTitle(ReviewReportWriter::tr("Segment review: %1").arg(data.workspaceName));
    pdf.setCreator(QStringLiteral("Segment Workbench"));
    pdf.setResolution(ReportCanvas::resolution);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(14, 12, 14, 10),
                                  QPageLayout::Millimeter));
}

} // namespace

ReviewReportWriter::ReviewReportWriter(QObject* parent)
    : QObject(parent)
{ }

ReviewReportWriter::~ReviewReportWriter()
{
    cancel();
}

QString ReviewReportWriter::checkTarget(const QString& path, const QString& workspacePath)
{
    if (path.isEmpty())
        return tr("Give the report a file name ending in .pdf.");
    const QFileInfo target(path);
    if (target.isDir())
        return tr("%1 is a folder: give the report a file name ending in .pdf.").arg(QDir::toNativeSeparators(path));
    const QFileInfo workspace(workspacePath);
    if (workspace.exists() && target.exists() && target.canonicalFilePath() == workspace.canonicalFilePath())
        return tr("%1 is the workspace itself: choose another file name for the report.")
            .arg(QDir::toNativeSeparators(path));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return tr("The folder %1 does not exist. Choose an existing folder for the report.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (!folder.isWritable())
        return cannotWrite(path, tr("the folder is not writable"));
    return {};
}

bool ReviewReportWriter::start(const ReviewData& data, const QString& path, QString* error)
{
    cancel();
    if (const QString problem = checkTarget(path, data.workspacePath); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_data = data;
    m_path = path;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_pdf = std::make_unique<QPdfWriter>(m_file.get());
    setUp(*m_pdf, m_data);
    if (!m_painter.begin(m_pdf.get())) {
        *error = cannotWrite(path, tr("the PDF could not be started"));
        close();
        return false;
    }
    const QString footer = tr("Segment review of %1 as of %2")
                               .arg(m_data.workspaceName, QLocale().toString(m_data.asOf, QLocale::ShortFormat));
    m_canvas = std::make_unique<ReportCanvas>(*m_pdf, m_painter, footer);
    m_pages = std::make_unique<ReportPages>(m_data, *m_canvas);
    m_canvas->setTotalPages(m_pages->pageCount());
    m_next = 0;
    m_running = true;
    QTimer::singleShot(0, this, &ReviewReportWriter::drawNext);
    return true;
}

void ReviewReportWriter::drawNext()
{
    if (!m_running)
        return;
    const int pages = m_pages->pageCount();
    if (m_next > 0)
        m_canvas->newPage();
    m_pages->draw(m_next++);
    emit progress(m_next, pages);
    if (m_next < pages) {
        QTimer::singleShot(0, this, &ReviewReportWriter::drawNext);
        return;
    }
    m_canvas->finish();
    m_painter.end();
    m_pages.reset();
    m_canvas.reset();
    m_pdf.reset();
    m_running = false;
    const bool committed = m_file->commit();
    const QString reason = m_file->errorString();
    m_file.reset();
    if (committed)
        emit finished(m_path);
    else
        emit failed(cannotWrite(m_path, reason));
}

void ReviewReportWriter::cancel()
{
    if (!m_file)
        return;
    m_running = false;
    close();
}

void ReviewReportWriter::close()
{
    if (m_painter.isActive())
        m_painter.end();
    m_pages.reset();
    m_canvas.reset();
    m_pdf.reset();
    if (m_file)
        m_file->cancelWriting(); // the temporary file is removed; nothing appears under the target's name
    m_file.reset();
}

} // namespace swb
