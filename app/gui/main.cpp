// `segment-workbench`: the desktop application.
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Segment Workbench"));
    QApplication::setOrganizationName(QStringLiteral("SegmentWorkbench"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    swb::MainWindow window;
    window.show();
    return QApplication::exec();
}
