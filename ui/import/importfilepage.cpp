#include "ui/import/importfilepage.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace swb {

namespace {

const QString s_lastFolderKey = QStringLiteral("import/lastFolder");

} // namespace

ImportFilePage::ImportFilePage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Choose the file to import"));
    setSubTitle(tr("A CSV, TSV or TXT export from a shop, CRM or spreadsheet. Encoding, delimiter and column types "
                   "are detected on the next page, where you can correct them."));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(tr("Path of a .csv, .tsv or .txt file"));
    m_path->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout;
    // A row that is a layout gets its label's buddy by hand, or the "&" would show.
    auto* label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    form->addRow(label, row);
    m_info = new QLabel(this);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_info->setWordWrap(true);
    form->addRow(QString(), m_info);
    layout->addLayout(form);

    m_customers = new QRadioButton(tr("&Customers: one row per customer (ID, name, email, country, …)"), this);
    m_orders = new QRadioButton(
        tr("&Orders: one row per order (order ID, customer ID, date, amount); each customer's totals are added "
           "to the customer table"),
        this);
    m_customers->setObjectName(QStringLiteral("customersKind"));
    m_orders->setObjectName(QStringLiteral("ordersKind"));
    m_customers->setChecked(true);
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_customers);
    kinds->addButton(m_orders);
    auto* kindLabel = new QLabel(tr("The file holds:"), this);
    layout->addSpacing(6);
    layout->addWidget(kindLabel);
    layout->addWidget(m_customers);
    layout->addWidget(m_orders);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        guessKind();
        updateInfo();
        emit completeChanged();
    });
    // A choice by hand stays, whatever path follows.
    connect(kinds, &QButtonGroup::buttonClicked, this, [this] { m_kindChosen = true; });
    updateInfo();
}

QString ImportFilePage::filePath() const
{
    return m_path->text().trimmed();
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::guessKind()
{
    // Order exports usually say so in their name, typed or chosen: an orders file imported as customers would
    // replace the customers with order lines.
    if (m_kindChosen)
        return;
    const QString name = QFileInfo(QDir::fromNativeSeparators(filePath())).fileName();
    (name.contains(QLatin1String("order"), Qt::CaseInsensitive) ? m_orders : m_customers)->setChecked(true);
}

ImportKind ImportFilePage::kind() const
{
    return m_orders->isChecked() ? ImportKind::Orders : ImportKind::Customers;
}

void ImportFilePage::setKind(ImportKind kind)
{
    (kind == ImportKind::Orders ? m_orders : m_customers)->setChecked(true);
    m_kindChosen = true;
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(QDir::fromNativeSeparators(filePath()));
    return info.isFile() && info.isReadable();
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString start = filePath().isEmpty() ? settings.value(s_lastFolderKey, QDir::homePath()).toString()
                                               : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import File"), start,
                                                      tr("Delimited text (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(s_lastFolderKey, QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportFilePage::updateInfo()
{
    const QString path = filePath();
    if (path.isEmpty()) {
        m_info->setText(tr("Tip: you can also drop a file onto the main window."));
        return;
    }
    const QFileInfo info(QDir::fromNativeSeparators(path));
    if (!info.exists())
        m_info->setText(tr("There is no file at this path. Check the name or choose the file with Browse."));
    else if (!info.isFile())
        m_info->setText(tr("This is a folder. Choose a file inside it."));
    else if (!info.isReadable())
        m_info->setText(tr("This file cannot be read. Check its permissions."));
    else
        m_info->setText(tr("%1, last changed %2")
                            .arg(QLocale().formattedDataSize(info.size()),
                                 QLocale().toString(info.lastModified(), QLocale::ShortFormat)));
}

} // namespace swb
