// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/changeentry.h"

namespace Lectern {
class Storage;

namespace RecordLabel {
// How messages name a record of the change log: "The talk “Modern Event Platform”", or
// "The talk 12" when it is gone.
QString describe(Storage &storage, const ChangeTarget &target);
} // namespace RecordLabel

} // namespace Lectern
