// The export dialog's "Destination" group: a destination preset or a suppression list, and the country to read phone
// numbers with when a customer has none.
#pragma once

#include "model/export/exportpresets.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace swb {

class ExportDestinationBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ExportDestinationBox(QWidget* parent = nullptr);

    ExportPreset preset() const;
    SuppressionKind suppression() const;
    QString defaultCountry() const; // upper case, "" when none is given
    // A preset or a suppression list: the destination decides the columns.
    bool decidesColumns() const { return preset() != ExportPreset::Plain || suppression() != SuppressionKind::None; }

    void setDestination(ExportPreset preset, SuppressionKind suppression = SuppressionKind::None);
    void setDefaultCountry(const QString& code);

signals:
    void destinationChanged();

private:
    void describe();

    QComboBox* m_destination = nullptr;
    QLineEdit* m_country = nullptr;
    QLabel* m_help = nullptr;
};

} // namespace swb
