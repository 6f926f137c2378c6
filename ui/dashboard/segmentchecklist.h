// The Dashboard's choice of segments: the whole base (always shown, the lift compares with it) and every saved
// segment with a check box. What a user unchecks is remembered per workspace; new segments start checked.
#pragma once

#include "model/segments/segmentrepository.h"

#include <QColor>
#include <QHash>
#include <QListWidget>

namespace swb {

class SegmentChecklist : public QListWidget
{
    Q_OBJECT

public:
    explicit SegmentChecklist(QWidget* parent = nullptr);

    // The segments of the workspace at `workspacePath`; checks are kept for names already listed, else read from
    // the settings of that workspace.
    void setSegments(const QString& workspacePath, const QList<Segment>& segments);
    QStringList checkedNames() const;
    void setChecked(const QString& name, bool checked);
    // The dock's swatch colour of every listed segment.
    QHash<QString, QColor> colors() const { return m_colors; }

signals:
    void checkedChanged();

private:
    QListWidgetItem* itemOf(const QString& name) const;
    void storeUnchecked() const;
    QString settingsKey() const;

    QString m_path;
    QHash<QString, QColor> m_colors;
    bool m_filling = false;
};

} // namespace swb
