#pragma once

// A feed's credential (an API key, a bearer token, a password): named in the feeds file,
// never written there. Read from the system keychain (QtKeychain: GNOME Keyring, KWallet),
// else from an environment variable, else from a file only its owner can read (a file
// others can read is refused, with how to fix it). The secret is never logged or printed.
//
//   "credential": {"header": "Authorization", "prefix": "Bearer ",
//                  "keychain": "orion-danang", "env": "CITYOPS_ORION_TOKEN",
//                  "file": "/etc/cityops/orion.token"}

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <utility>

namespace cityops::feeds {

struct Credential
{
    QString header = QStringLiteral("Authorization");
    QString prefix;   // put before the secret: "Bearer ", "Basic "
    QString keychain; // the entry's name under the service "CityOps"
    QString env;      // an environment variable
    QString file;     // a file: mode 0600 or 0400, the collector's own

    bool isSet() const { return !keychain.isEmpty() || !env.isEmpty() || !file.isEmpty(); }
};

// The keychain's service name for CityOps' entries.
inline constexpr char kKeychainService[] = "CityOps";

// The secret, from the first source that has it; an error saying what was tried.
Result<QByteArray> readSecret(const Credential& credential);
// The header a request carries: (name, prefix + secret).
Result<std::pair<QByteArray, QByteArray>> credentialHeader(const Credential& credential);

// Stores a secret in the system keychain under `entry` (cityops-cli feeds secret).
Result<void> storeSecret(const QString& entry, const QByteArray& secret);

} // namespace cityops::feeds
