// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/serverlocation.h"

#include <optional>

namespace Lectern::ServerPassword {

// A shared schedule's password in the desktop's keyring (QtKeychain), under
// "postgresql:USER@HOST:PORT/DATABASE". Each waits for the keyring's answer (a few
// milliseconds; at most two seconds when none answers).
QString keyFor(const ServerLocation &server);
// The password kept for the server; nothing when none is kept or no keyring runs
// (`keyringAvailable` says which).
std::optional<QString> read(const ServerLocation &server, bool *keyringAvailable = nullptr);
bool store(const ServerLocation &server);
void forget(const ServerLocation &server);

} // namespace Lectern::ServerPassword
