// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/speaker.h"
#include "storage/result.h"

namespace Lectern {
class Storage;

// Two records of one person become one: the kept record takes the chosen value of each
// field and both records' email addresses, and every talk and proposal of the other record
// is linked to it; the other record goes. One transaction. The returned record of what was
// there before lets unmerge() put everything back as it was.
namespace SpeakerMerger {
struct LinkRow
{
    qint64 ownerId = 0; // talk or proposal
    QString role; // talks only
    int position = 0;
    QString created;
};

struct Record
{
    Speaker kept; // as it was before
    Speaker removed; // as it was before
    QList<LinkRow> removedTalkLinks; // links of the removed record, as they were
    QList<LinkRow> removedProposalLinks;
    QList<LinkRow> keptTalkLinksBefore; // the kept record's links, to undo a link taken over
    QList<LinkRow> keptProposalLinksBefore;
    QList<std::pair<QString, QString>> removedEmailStamps; // email, created_at
};

// The merged fields when nothing is chosen: the kept record's values, with its empty fields
// filled from the other, and the emails of both.
Speaker proposedMerge(const Speaker &keep, const Speaker &other);

Result<Record> merge(Storage &storage, qint64 keepId, qint64 otherId, const Speaker &mergedFields);
Result<void> unmerge(Storage &storage, const Record &record);
} // namespace SpeakerMerger

} // namespace Lectern
