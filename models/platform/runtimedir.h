// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Lectern::RuntimeDir {
// KSMTP brings in KCrash, which asks Qt for the runtime folder as every program starts; with
// no XDG_RUNTIME_DIR (a root shell, cron, CI) Qt prints a warning on every run of lectern-cli.
// This makes the same private folder Qt would fall back to (/tmp/runtime-USER, mode 0700)
// and names it, before the application object exists. Nothing happens when it is set.
void ensure();
} // namespace Lectern::RuntimeDir
