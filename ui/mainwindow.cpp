#include "ui/mainwindow.h"

namespace swb {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Segment Workbench"));
    resize(1280, 800);
}

} // namespace swb
