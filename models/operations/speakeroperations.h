// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "change.h"
#include "domain/speaker.h"

#include <memory>

namespace Lectern {
class Storage;

// Changes to speaker records, for the Speakers page and the CLI.
namespace SpeakerOperations {

// Saves `after` over the record read as `before` (refused if it changed since).
std::unique_ptr<Change> edit(Storage &storage, const Speaker &before, const Speaker &after);
// Merges `otherId` into `keepId` with the fields of `merged`; undo puts both back as they were.
std::unique_ptr<Change> merge(Storage &storage, qint64 keepId, qint64 otherId, const Speaker &merged);
// Refused while talks name the speaker: links are never dropped silently.
Result<std::unique_ptr<Change>> remove(Storage &storage, qint64 id);

// A new record (a name, or all its fields); redo brings back the same record.
class AddSpeakerChange : public Change
{
public:
    AddSpeakerChange(Storage &storage, const QString &name);
    AddSpeakerChange(Storage &storage, const Speaker &speaker);
    qint64 speakerId() const { return m_speaker.meta.id; }

protected:
    Result<void> doApply() override;
    Result<void> doRevert() override;

private:
    Speaker m_speaker;
};

} // namespace SpeakerOperations
} // namespace Lectern
