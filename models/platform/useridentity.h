// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Lectern::UserIdentity {

// The person at the keyboard as the system knows them: the full name from the account
// (the GECOS field), else the login name; empty when neither is known.
QString fullName();
// The login name (what libpq takes as the user when none is given).
QString loginName();
// Who the change log and other coordinators name for this person: the reviewer name set in
// Lectern's settings, else the account's full name. The window and lectern-cli alike.
QString coordinatorName();

} // namespace Lectern::UserIdentity
