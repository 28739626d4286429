// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Lectern::ICalendarText {
struct Decoded
{
    QString text;
    bool windows1252 = false; // the bytes were not UTF-8 and were read as Windows-1252
};

// iCalendar is UTF-8, but files come with a byte-order mark (skipped) or in the Windows
// code page of older Outlook and Sunbird exports: bytes that are not valid UTF-8 are read as
// Windows-1252, a superset of Latin-1 (the caller says so in a note).
Decoded decode(const QByteArray &bytes);
} // namespace Lectern::ICalendarText
