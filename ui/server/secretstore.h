// Server passwords in the desktop's secret store (GNOME Keyring, KWallet, … through QtKeychain, Debian's
// qtkeychain-qt6-dev), never in the settings file. Without a secret store (no desktop session) reading finds
// nothing and saving fails: the password is then asked each time.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace swb {

class SecretStore
{
public:
    // `done(password, error)` on the GUI thread: the password, or empty with why (none stored, no secret store).
    static void read(const QString& key, QObject* context,
                     std::function<void(const QString& password, const QString& error)> done);
    // `done(error)`: empty when stored; `context` may be null (nobody to tell).
    static void write(const QString& key, const QString& password, QObject* context,
                      std::function<void(const QString& error)> done = {});
    static void remove(const QString& key);

private:
    static QString service();
};

} // namespace swb
