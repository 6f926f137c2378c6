#include "ui/shell/preferencesdialog.h"

#include "model/filter/columnstorecache.h"
#include "ui/customers/valueformat.h"
#include "ui/shell/interfacelanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace swb {

namespace {

const QString s_languageKey = QStringLiteral("ui/language");
const QString s_keepCopiesKey = QStringLiteral("performance/keepColumnStoreCopies");

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// The copies whether or not they are turned on: the dialog shows and deletes what is there.
ColumnStoreCache copiesAtDefaultDirectory()
{
    ColumnStoreCache::Options options;
    options.directory = ColumnStoreCache::defaultDirectory();
    return ColumnStoreCache(options);
}

} // namespace

PreferencesDialog::PreferencesDialog(bool hasWorkspace, QDate computedAsOfDate, std::optional<QDate> asOfOverride,
                                     QWidget* parent)
    : QDialog(parent)
    , m_initialOverride(asOfOverride)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);

    auto* dates = new QGroupBox(tr("As-of date of this workspace"), this);
    auto* datesLayout = new QVBoxLayout(dates);
    datesLayout->addWidget(
        note(tr("Recency, \"in the last N days\" rules and KPIs are computed relative to this date. By default it "
                "is the day after the latest purchase in the data, so historical data sets analyse sensibly."),
             dates));
    m_fixedDate = new QCheckBox(tr("Use a &fixed date:"), dates);
    m_date = new QDateEdit(dates);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(ValueFormat::dateFormat(QLocale()));
    m_date->setDate(asOfOverride.value_or(computedAsOfDate.isValid() ? computedAsOfDate : QDate::currentDate()));
    m_fixedDate->setChecked(asOfOverride.has_value());
    m_date->setEnabled(asOfOverride.has_value());
    auto* row = new QFormLayout;
    row->addRow(m_fixedDate, m_date);
    datesLayout->addLayout(row);
    // The date from the data, whether or not a fixed date is ticked: what unticking gives back.
    if (hasWorkspace && computedAsOfDate.isValid())
        datesLayout->addWidget(note(tr("Without a fixed date: %1 (from the data).")
                                        .arg(QLocale().toString(computedAsOfDate, QLocale::LongFormat)),
                                    dates));
    dates->setEnabled(hasWorkspace);
    if (!hasWorkspace)
        datesLayout->addWidget(note(tr("Open a workspace to change its as-of date."), dates));
    connect(m_fixedDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    layout->addWidget(dates);

    auto* interface = new QGroupBox(tr("Interface"), this);
    auto* form = new QFormLayout(interface);
    m_language = new QComboBox(interface);
    m_language->addItem(tr("System default"), QString());
    for (const auto& [code, name] : InterfaceLanguage::available())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(storedLanguage())));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("A new language applies the next time Segment Workbench starts."), interface));
    layout->addWidget(interface);
    layout->addWidget(createSpeedGroup());
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QWidget* PreferencesDialog::createSpeedGroup()
{
    auto* speed = new QGroupBox(tr("Opening large workspaces"), this);
    auto* layout = new QVBoxLayout(speed);
    m_keepCopies = new QCheckBox(tr("&Keep a copy for fast opening"), speed);
    m_keepCopies->setChecked(storedKeepCopies());
    layout->addWidget(m_keepCopies);
    layout->addWidget(note(tr("A workspace with 100,000 customers or more then opens in a fraction of a second "
                              "instead of about a second per million customers. The copies hold customer data, "
                              "take about 170 MB per million customers and are kept for the three workspaces used "
                              "last, in %1.")
                               .arg(QDir::toNativeSeparators(ColumnStoreCache::defaultDirectory())),
                           speed));
    auto* row = new QHBoxLayout;
    m_copies = new QLabel(speed);
    m_deleteCopies = new QPushButton(tr("&Delete Copies"), speed);
    row->addWidget(m_copies, 1);
    row->addWidget(m_deleteCopies);
    layout->addLayout(row);
    connect(m_deleteCopies, &QPushButton::clicked, this, [this] {
        copiesAtDefaultDirectory().clear();
        showCopies();
    });
    showCopies();
    return speed;
}

void PreferencesDialog::showCopies()
{
    const ColumnStoreCache::Usage usage = copiesAtDefaultDirectory().usage();
    m_copies->setText(
        usage.files == 0
            ? tr("No copies now.")
            : tr("Copies now: %n workspace(s), %1.", "", usage.files).arg(QLocale().formattedDataSize(usage.bytes)));
    m_deleteCopies->setEnabled(usage.files > 0);
}

bool PreferencesDialog::keepCopies() const
{
    return m_keepCopies->isChecked();
}

bool PreferencesDialog::storedKeepCopies()
{
    return QSettings().value(s_keepCopiesKey, true).toBool();
}

void PreferencesDialog::storeKeepCopies(bool keep)
{
    QSettings().setValue(s_keepCopiesKey, keep);
    ColumnStoreCache::setEnabled(keep);
}

std::optional<QDate> PreferencesDialog::asOfDateOverride() const
{
    if (!m_fixedDate->isChecked())
        return std::nullopt;
    return m_date->date();
}

bool PreferencesDialog::asOfDateChanged() const
{
    return asOfDateOverride() != m_initialOverride;
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::storedLanguage()
{
    return QSettings().value(s_languageKey).toString();
}

void PreferencesDialog::storeLanguage(const QString& code)
{
    QSettings().setValue(s_languageKey, code);
}

} // namespace swb
