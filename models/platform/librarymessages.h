// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace Lectern {
// While it lives, messages of Qt's "default" category (where KCalendarCore prints
// "parse error from icalcomponent_new_from_string. string=…" with the whole input) go to
// lectern.import at debug level, off unless QT_LOGGING_RULES turns it on. Messages of other
// categories go where they went before. Lectern reports what it could not read itself, in
// one message that names the file and the line.
class LibraryMessages
{
public:
    LibraryMessages();
    ~LibraryMessages();
    LibraryMessages(const LibraryMessages &) = delete;
    LibraryMessages &operator=(const LibraryMessages &) = delete;

private:
    QtMessageHandler m_previous = nullptr;
};
} // namespace Lectern
