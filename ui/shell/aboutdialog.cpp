#include "ui/shell/aboutdialog.h"

#include "model/buildinfo.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace swb {

namespace {

QString formattedBuildDate()
{
    const QDate date = QDate::fromString(BuildInfo::buildDate(), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : BuildInfo::buildDate();
}

QString licenceTable()
{
    QString rows;
    for (const ThirdPartyComponent& component : BuildInfo::thirdPartyComponents()) {
        rows += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td></tr>")
                    .arg(component.url.toHtmlEscaped(), component.name.toHtmlEscaped(),
                         component.version.toHtmlEscaped(), component.licence.toHtmlEscaped());
    }
    return QStringLiteral("<p>%1</p><table cellspacing=\"4\"><tr><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                          "<th align=\"left\">%4</th></tr>%5</table>")
        .arg(AboutDialog::tr("Segment Workbench is built with these libraries:"), AboutDialog::tr("Library"),
             AboutDialog::tr("Version"), AboutDialog::tr("Licence"), rows);
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Segment Workbench"));
    m_heading = new QLabel(tr("<h3>Segment Workbench %1</h3><p>Built on %2.</p><p>Turn a customer export into "
                              "segments you can trust, compare and hand on. Everything runs on this computer: "
                              "customer data never leaves it.</p>")
                               .arg(BuildInfo::version(), formattedBuildDate()),
                           this);
    m_heading->setObjectName(QStringLiteral("aboutHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_licences = new QLabel(licenceTable(), this);
    m_licences->setObjectName(QStringLiteral("aboutLicences"));
    m_licences->setOpenExternalLinks(true);
    m_licences->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_licences->setAccessibleName(tr("Libraries and licences"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_licences);
    layout->addWidget(buttons);
}

QString AboutDialog::headingText() const
{
    return m_heading->text();
}

QString AboutDialog::licencesText() const
{
    return m_licences->text();
}

} // namespace swb
