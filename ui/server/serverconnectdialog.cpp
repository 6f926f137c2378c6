#include "ui/server/serverconnectdialog.h"

#include "model/postgres/pgcredentials.h"
#include "model/postgres/pgtasks.h"
#include "ui/server/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace swb {

ServerConnectDialog::ServerConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_profiles(ServerProfiles::load())
{
    setWindowTitle(tr("Connect to Server"));
    build();
    for (const ServerProfile& profile : m_profiles)
        m_saved->addItem(profile.name);
    m_saved->setCurrentIndex(m_profiles.isEmpty() ? 0 : 1);
    chooseProfile(m_saved->currentIndex());
    connect(m_saved, &QComboBox::activated, this, &ServerConnectDialog::chooseProfile);
}

ServerConnectDialog::~ServerConnectDialog() = default;

void ServerConnectDialog::build()
{
    m_saved = new QComboBox(this);
    m_saved->addItem(tr("New connection"));
    m_saved->setAccessibleName(tr("Saved connections"));
    m_remove = new QPushButton(tr("&Forget"), this);
    m_remove->setToolTip(tr("Remove this saved connection and its password from the secret store"));
    connect(m_remove, &QPushButton::clicked, this, &ServerConnectDialog::removeProfile);
    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_remove);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Team warehouse"));
    m_host = new QLineEdit(this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_sslMode = new QComboBox(this);
    m_sslMode->addItems(ServerProfile::sslModes());
    m_sslMode->setToolTip(tr("libpq's sslmode: \"require\" encrypts, \"verify-full\" also checks the server's "
                             "certificate and name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember the password in the desktop's secret store"), this);
    m_remember->setChecked(true);

    auto* form = new QFormLayout;
    auto* savedLabel = new QLabel(tr("&Saved:"), this);
    savedLabel->setBuddy(m_saved); // a row of two widgets has no buddy of its own
    form->addRow(savedLabel, savedRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS mode:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

ServerProfile ServerConnectDialog::profile() const
{
    ServerProfile profile;
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.database = m_database->text().trimmed();
    profile.user = m_user->text().trimmed();
    profile.sslMode = m_sslMode->currentText();
    profile.name = m_name->text().trimmed().isEmpty() ? profile.displayName() : m_name->text().trimmed();
    return profile;
}

void ServerConnectDialog::setProfile(const ServerProfile& profile)
{
    m_name->setText(profile.name);
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_sslMode->setCurrentText(profile.sslMode);
}

void ServerConnectDialog::chooseProfile(int index)
{
    const bool saved = index > 0 && index <= m_profiles.size();
    m_remove->setEnabled(saved);
    setProfile(saved ? m_profiles.at(index - 1) : ServerProfile());
    m_password->clear();
    m_password->setPlaceholderText({});
    m_status->clear();
    if (!saved)
        return;
    SecretStore::read(m_profiles.at(index - 1).secretKey(), this,
                      [this, index](const QString& password, const QString&) {
                          if (m_saved->currentIndex() != index || password.isEmpty() || !m_password->text().isEmpty())
                              return;
                          m_password->setText(password);
                          m_password->setPlaceholderText(tr("from the secret store"));
                      });
}

void ServerConnectDialog::removeProfile()
{
    const int index = m_saved->currentIndex();
    if (index <= 0 || index > m_profiles.size())
        return;
    SecretStore::remove(m_profiles.at(index - 1).secretKey());
    m_profiles.removeAt(index - 1);
    ServerProfiles::save(m_profiles);
    m_saved->removeItem(index);
    m_saved->setCurrentIndex(0);
    chooseProfile(0);
}

void ServerConnectDialog::tryConnect()
{
    const ServerProfile chosen = profile();
    if (const QString problem = chosen.problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    m_checkedUri = chosen.uri();
    if (m_password->text().isEmpty())
        PgCredentials::forget(m_checkedUri);
    else
        PgCredentials::setPassword(m_checkedUri, m_password->text());
    setBusy(true);
    m_status->setText(tr("Connecting to %1…").arg(chosen.displayName()));
    m_check.start(
        {tr("Connecting to %1").arg(chosen.displayName()), JobPool::Interactive},
        [uri = m_checkedUri](JobControl&) { return PgTasks::check(uri); },
        [this](const QString& error) { onChecked(error); });
}

void ServerConnectDialog::onChecked(const QString& error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_status->setText(error);
        if (error.contains(QLatin1String("password")))
            m_password->setFocus();
        emit connectFailed(error);
        return;
    }
    const ServerProfile chosen = profile();
    saveProfile(chosen);
    if (m_remember->isChecked() && !m_password->text().isEmpty())
        SecretStore::write(chosen.secretKey(), m_password->text(), nullptr);
    m_uri = m_checkedUri;
    accept();
}

void ServerConnectDialog::saveProfile(const ServerProfile& profile)
{
    const auto same = std::find_if(m_profiles.begin(), m_profiles.end(),
                                   [&](const ServerProfile& saved) { return saved.name == profile.name; });
    if (same != m_profiles.end())
        *same = profile;
    else
        m_profiles.prepend(profile);
    ServerProfiles::save(m_profiles);
}

void ServerConnectDialog::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    for (QWidget* field :
         {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_database),
          static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_sslMode), static_cast<QWidget*>(m_password)})
        field->setEnabled(!busy);
}

} // namespace swb
