// File → Connect to Server…: a workspace on a PostgreSQL server, from a saved profile (host, port, database, user,
// TLS mode) or a new one. The password comes from the desktop's secret store when one was saved there, else it is
// asked; it is never written to the settings. Connect checks the server in the background and stays open with what
// to do when it cannot connect (refused, wrong password, no workspace there).
#pragma once

#include "model/jobs/latestjob.h"
#include "model/postgres/serverprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace swb {

class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget* parent = nullptr);
    ~ServerConnectDialog() override;

    // After accept(): the workspace's URI (no password in it; PgCredentials holds the password given).
    QString uri() const { return m_uri; }
    ServerProfile profile() const;
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* connectButton() const { return m_connect; }
    QLabel* statusLabel() const { return m_status; }
    void setProfile(const ServerProfile& profile);

signals:
    // The check ran and failed: `error` is shown in the dialog.
    void connectFailed(const QString& error);

private:
    void build();
    void chooseProfile(int index);
    void removeProfile();
    void tryConnect();
    void onChecked(const QString& error);
    void saveProfile(const ServerProfile& profile);
    void setBusy(bool busy);

    QList<ServerProfile> m_profiles;
    QComboBox* m_saved = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_connect = nullptr;
    QString m_uri;
    QString m_checkedUri;
    LatestJob<QString> m_check{this};
};

} // namespace swb
