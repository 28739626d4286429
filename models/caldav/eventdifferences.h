// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Lectern {

// What differs between the server's copy of a published event and Lectern's, for the
// coordinator who chooses which one stays: one line per field that differs (title, start,
// end, location, status, description), each with both values. Without `ours` (the talk left
// the calendar here), what the server's copy says. Both are parsed with KCalendarCore.
QStringList eventDifferences(const QByteArray &server, const QByteArray &ours);

} // namespace Lectern
