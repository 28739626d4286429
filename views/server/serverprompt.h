// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/serverlocation.h"

#include <optional>

namespace Lectern {

// Asks where a shared schedule is and with which password (the window's Connect dialog; a
// test's answer).
class ServerPrompt
{
public:
    virtual ~ServerPrompt() = default;
    struct Answer
    {
        ServerLocation server;
        bool remember = false; // keep the password in the keyring
    };
    // `initial` fills the fields; `problem` says why it is asked again (empty the first time).
    virtual std::optional<Answer> ask(const ServerLocation &initial, const QString &problem, bool keyringAvailable) = 0;
};

} // namespace Lectern
