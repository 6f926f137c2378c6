// The Export dialog's "Several segments" box: how checked segments share one export (a segments column, a 1/0
// column per segment, or one XLSX sheet per segment with a summary sheet).
#pragma once

#include "model/export/exporttypes.h"

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace swb {

class ExportSegmentsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ExportSegmentsBox(QWidget* parent = nullptr);

    MultiLayout multiLayout() const;
    void setMultiLayout(MultiLayout layout);
    // What is checked: `segments` saved segments, `others` other entries (everyone, the table's view). The layout
    // applies to two or more segments and nothing else.
    void setChecked(int segments, int others);
    bool applies() const { return m_applies; }

signals:
    void multiLayoutChanged();

private:
    QComboBox* m_layout = nullptr;
    QLabel* m_hint = nullptr;
    bool m_applies = false;
};

} // namespace swb
