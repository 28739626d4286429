// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

// The keys of this computer's settings (QSettings) that more than one part of the program
// reads: one place, so a key is never spelled two ways.
namespace Lectern::SettingsKeys {
inline QString reviewerName()
{
    return QStringLiteral("review/reviewerName");
}
inline QString defaultDatabase()
{
    return QStringLiteral("defaultDatabase");
}
} // namespace Lectern::SettingsKeys
