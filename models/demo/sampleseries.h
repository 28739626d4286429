// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

namespace Lectern {
class Storage;

// The real history of one series (resources/demo/sample-series.json): 16 talks with their
// speakers as shared records, and the nominations as proposals. Loaded in one transaction,
// into a database that has no talks yet.
namespace SampleSeries {
Result<void> load(Storage &storage);
}

} // namespace Lectern
