// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

#include <functional>

namespace Lectern {
class Storage;

// Fills an empty database with a made-up series at scale, for benchmarks: talks over the
// years with several speakers each, topics, proposals with reviews, and text of realistic
// lengths with non-ASCII words. The same seed gives the same data.
namespace SyntheticData {
struct Size
{
    int talks = 0;
    int proposals = 0;
    int speakers = 0;
};

// Named sizes used by the benchmarks: "medium" and "large".
Size named(const QString &name, bool *ok);

// progress(done, total) is called now and then; returning false cancels (and rolls back).
Result<void> generate(Storage &storage, const Size &size, quint32 seed, const std::function<bool(qint64, qint64)> &progress = {});
} // namespace SyntheticData

} // namespace Lectern
