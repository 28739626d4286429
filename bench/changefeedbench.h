// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class BenchRecorder;

namespace Lectern {
class Storage;

namespace ChangeFeedBench {
// The other process: edits one talk `count` times, `intervalMs` apart, and prints each
// commit's new version and its wall-clock time (ms since the epoch) on stdout.
int runWriter(const QString &path, qint64 talkId, int count, int intervalMs);
// From another process's commit to the open window's models (a ChangeFeed polling as the
// window does), on a copy of the dataset; and what the feed costs when nothing changes.
void measure(BenchRecorder &recorder, Storage &storage, const QString &benchProgram, int idleSeconds);
} // namespace ChangeFeedBench
} // namespace Lectern
