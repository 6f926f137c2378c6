// The application window: assembles pages, docks and actions; the work happens in model/ services.
#pragma once

#include <QMainWindow>

namespace swb {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace swb
