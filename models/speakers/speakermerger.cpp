// SPDX-License-Identifier: GPL-2.0-or-later
#include "speakermerger.h"

#include "storage/sqlutil.h"
#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern::SpeakerMerger {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SpeakerMerger", text);
}

Result<QList<LinkRow>> links(Storage &storage, const char *table, const char *owner, qint64 speakerId)
{
    const bool talks = QByteArray(table) == "talk_speakers";
    auto rows = Sql::run(storage.database().connection(),
                         QStringLiteral("SELECT %1, %2, position, created_at FROM %3 WHERE speaker_id = ? ORDER BY %1")
                                 .arg(QString::fromLatin1(owner), talks ? QStringLiteral("role") : QStringLiteral("''"), QString::fromLatin1(table)),
                         {speakerId});
    if (!rows) {
        return rows.error();
    }
    QList<LinkRow> list;
    while (rows.value().next()) {
        list.append({rows.value().value(0).toLongLong(), rows.value().value(1).toString(), rows.value().value(2).toInt(), rows.value().value(3).toString()});
    }
    return list;
}

Result<void> run(Storage &storage, const QString &sql, const QVariantList &values)
{
    auto ok = Sql::run(storage.database().connection(), sql, values);
    if (!ok) {
        return ok.error();
    }
    return {};
}
} // namespace

Speaker proposedMerge(const Speaker &keep, const Speaker &other)
{
    Speaker merged = keep;
    const auto fill = [](QString &mine, const QString &theirs) {
        if (mine.trimmed().isEmpty()) {
            mine = theirs;
        }
    };
    fill(merged.affiliation, other.affiliation);
    fill(merged.roleTitle, other.roleTitle);
    fill(merged.bio, other.bio);
    fill(merged.pronouns, other.pronouns);
    fill(merged.timeZone, other.timeZone);
    fill(merged.notes, other.notes);
    for (const QString &email : other.emails) {
        if (!merged.emails.contains(email, Qt::CaseInsensitive)) {
            merged.emails << email;
        }
    }
    for (const QString &link : other.links) {
        if (!merged.links.contains(link)) {
            merged.links << link;
        }
    }
    return merged;
}

Result<Record> merge(Storage &storage, qint64 keepId, qint64 otherId, const Speaker &mergedFields)
{
    if (keepId == otherId) {
        return Error{Error::Kind::InvalidInput, tr("A speaker cannot be merged with itself.")};
    }
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    Record record;
    auto keep = storage.speakers().find(keepId);
    auto other = storage.speakers().find(otherId);
    if (!keep) {
        return keep.error();
    }
    if (!other) {
        return other.error();
    }
    record.kept = keep.value();
    record.removed = other.value();
    const auto collect = [&](QList<LinkRow> &into, const char *table, const char *owner, qint64 id) -> Result<void> {
        auto rows = links(storage, table, owner, id);
        if (!rows) {
            return rows.error();
        }
        into = rows.value();
        return {};
    };
    if (auto stamps =
                Sql::run(storage.database().connection(), QStringLiteral("SELECT email, created_at FROM speaker_emails WHERE speaker_id = ?"), {otherId})) {
        while (stamps.value().next()) {
            record.removedEmailStamps.append({stamps.value().value(0).toString(), stamps.value().value(1).toString()});
        }
    }
    for (auto ok : {collect(record.removedTalkLinks, "talk_speakers", "talk_id", otherId),
                    collect(record.removedProposalLinks, "proposal_speakers", "proposal_id", otherId),
                    collect(record.keptTalkLinksBefore, "talk_speakers", "talk_id", keepId),
                    collect(record.keptProposalLinksBefore, "proposal_speakers", "proposal_id", keepId)}) {
        if (!ok) {
            return ok.error();
        }
    }

    Speaker merged = mergedFields;
    merged.meta = record.kept.meta;
    for (const QString &email : record.removed.emails) {
        if (!merged.emails.contains(email, Qt::CaseInsensitive)) {
            merged.emails << email; // both addresses stay, whatever was chosen
        }
    }
    if (auto ok = storage.speakers().update(merged); !ok) {
        return ok.error();
    }
    // Links of the other record move over; where the kept record already has the same link,
    // the other's is simply dropped.
    const QString now = Sql::nowUtc();
    for (const char *statement :
         {"UPDATE talk_speakers SET speaker_id = ?, modified_at = ? WHERE speaker_id = ? AND NOT EXISTS "
          "(SELECT 1 FROM talk_speakers k WHERE k.talk_id = talk_speakers.talk_id AND k.role = talk_speakers.role AND k.speaker_id = ?)",
          "UPDATE proposal_speakers SET speaker_id = ?, modified_at = ? WHERE speaker_id = ? AND NOT EXISTS "
          "(SELECT 1 FROM proposal_speakers k WHERE k.proposal_id = proposal_speakers.proposal_id AND k.speaker_id = ?)"}) {
        if (auto ok = run(storage, QString::fromLatin1(statement), {keepId, now, otherId, keepId}); !ok) {
            return ok.error();
        }
    }
    for (const char *statement :
         {"DELETE FROM talk_speakers WHERE speaker_id = ?", "DELETE FROM proposal_speakers WHERE speaker_id = ?", "DELETE FROM speakers WHERE id = ?"}) {
        if (auto ok = run(storage, QString::fromLatin1(statement), {otherId}); !ok) {
            return ok.error();
        }
    }
    if (auto ok = storage.speakers().notifyRemoved(otherId); !ok) {
        return ok.error();
    }
    for (const LinkRow &link : std::as_const(record.removedTalkLinks)) {
        if (auto ok = storage.talks().notifyChanged(link.ownerId); !ok) {
            return ok.error();
        }
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return record;
}

Result<void> unmerge(Storage &storage, const Record &record)
{
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    const qint64 keepId = record.kept.meta.id;
    const qint64 otherId = record.removed.meta.id;
    auto current = storage.speakers().find(keepId);
    if (!current) {
        return current.error();
    }
    Speaker kept = record.kept;
    kept.meta.version = current.value().meta.version;
    if (auto ok = storage.speakers().update(kept); !ok) {
        return ok.error();
    }
    if (auto ok = storage.speakers().restore(record.removed); !ok) {
        return ok.error();
    }
    for (const auto &[email, created] : record.removedEmailStamps) {
        if (auto ok = run(storage, QStringLiteral("UPDATE speaker_emails SET created_at = ? WHERE speaker_id = ? AND email = ?"), {created, otherId, email});
            !ok) {
            return ok.error();
        }
    }
    // The kept record's links go back to what they were; the removed record's come back.
    for (const char *statement : {"DELETE FROM talk_speakers WHERE speaker_id = ?", "DELETE FROM proposal_speakers WHERE speaker_id = ?"}) {
        if (auto ok = run(storage, QString::fromLatin1(statement), {keepId}); !ok) {
            return ok.error();
        }
    }
    const QString now = Sql::nowUtc();
    const auto putBack = [&](const QList<LinkRow> &rows, qint64 speakerId, bool talks) -> Result<void> {
        for (const LinkRow &row : rows) {
            auto ok = talks
                    ? run(storage,
                          QStringLiteral("INSERT INTO talk_speakers (talk_id, speaker_id, role, position, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {row.ownerId, speakerId, row.role, row.position, row.created, now})
                    : run(storage,
                          QStringLiteral("INSERT INTO proposal_speakers (proposal_id, speaker_id, position, created_at, modified_at) VALUES (?, ?, ?, ?, ?)"),
                          {row.ownerId, speakerId, row.position, row.created, now});
            if (!ok) {
                return ok.error();
            }
        }
        return {};
    };
    for (auto ok : {putBack(record.keptTalkLinksBefore, keepId, true),
                    putBack(record.keptProposalLinksBefore, keepId, false),
                    putBack(record.removedTalkLinks, otherId, true),
                    putBack(record.removedProposalLinks, otherId, false)}) {
        if (!ok) {
            return ok.error();
        }
    }
    for (const LinkRow &link : record.removedTalkLinks) {
        if (auto ok = storage.talks().notifyChanged(link.ownerId); !ok) {
            return ok.error();
        }
    }
    return transaction.commit();
}

} // namespace Lectern::SpeakerMerger
