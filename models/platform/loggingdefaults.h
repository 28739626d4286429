// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Lectern::LoggingDefaults {
enum class Program {
    Gui,
    Cli,
};

// What is logged when the user asked for nothing (QT_LOGGING_RULES and qtlogging.ini still
// decide above these): KCalendarCore's internal lines ("parse error from
// icalcomponent_new_from_string. string=…" echoing a whole file, "The incidence didn't have
// any UID! Report a bug…") stay off, since Lectern reports what it could not read itself. The
// CLI also keeps Lectern's own warnings off: every failure reaches the user as one message
// on stderr, and a second, technical copy of it would only hide it.
void apply(Program program);
} // namespace Lectern::LoggingDefaults
