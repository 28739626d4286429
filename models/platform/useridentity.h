// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Lectern::UserIdentity {

// The person at the keyboard as the system knows them: the full name from the account
// (the GECOS field), else the login name; empty when neither is known.
QString fullName();
// The login name (what libpq takes as the user when none is given).
QString loginName();

} // namespace Lectern::UserIdentity
