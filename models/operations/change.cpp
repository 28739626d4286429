// SPDX-License-Identifier: GPL-2.0-or-later
#include "change.h"

#include "recordlabel.h"
#include "storage/storage.h"

#include <QCoreApplication>

namespace Lectern {

Change::Change(Storage &storage, QString text)
    : m_storage(storage)
    , m_text(std::move(text))
{
}

Change::~Change() = default;

Result<void> Change::apply()
{
    return run(true);
}

Result<void> Change::revert()
{
    return run(false);
}

Result<void> Change::revertOverwriting()
{
    return run(false, true);
}

Result<void> Change::applyOverwriting()
{
    return run(true, true);
}

QStringList Change::theirDifferences(bool forward) const
{
    Q_UNUSED(forward)
    return {};
}

Result<void> Change::run(bool forward, bool overwrite)
{
    Database &db = m_storage.database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    if (auto ok = overwrite ? Result<void>() : checkUnchangedSince(forward); !ok) {
        return ok;
    }
    const std::size_t mark = db.loggedMark();
    if (auto ok = forward ? doApply() : doRevert(); !ok) {
        // A statement that failed because the server went away says so, not what libpq said.
        return db.checkConnection() ? ok : Result<void>(db.offlineError());
    }
    // Keep each record's last entry of this step: that is what must still be the latest
    // when the next step (undo after apply, redo after undo) comes.
    std::vector<ChangeEntry> written;
    for (const ChangeEntry &entry : db.loggedSince(mark)) {
        auto same = std::find_if(written.begin(), written.end(), [&entry](const ChangeEntry &w) { return w.target == entry.target; });
        if (same != written.end()) {
            *same = entry;
        } else {
            written.push_back(entry);
        }
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok;
    }
    m_written = std::move(written);
    m_applied = forward;
    return {};
}

std::optional<std::pair<ChangeEntry, ChangeEntry>> Change::firstChangedElsewhere() const
{
    for (const ChangeEntry &mine : m_written) {
        auto latest = m_storage.changeLog().latest(mine.target);
        if (latest && latest.value() && latest.value()->seq != mine.seq) {
            return std::make_pair(mine, *latest.value());
        }
    }
    return std::nullopt;
}

QString Change::changedElsewhere(bool forward) const
{
    const auto changed = firstChangedElsewhere();
    if (!changed) {
        return {};
    }
    const QString record = RecordLabel::describe(m_storage, changed->first.target);
    const QString who = ChangeLog::describeWriter(changed->second);
    const QStringList theirs = theirDifferences(forward);
    if (theirs.isEmpty()) {
        return QCoreApplication::translate("Change", "%1 was changed by %2.").arg(record, who);
    }
    return QCoreApplication::translate("Change", "%1 was changed by %2: now %3.").arg(record, who, theirs.join(QStringLiteral("; ")));
}

Result<void> Change::checkUnchangedSince(bool forward) const
{
    for (const ChangeEntry &mine : m_written) {
        auto latest = m_storage.changeLog().latest(mine.target);
        if (!latest) {
            return latest.error();
        }
        if (latest.value() && latest.value()->seq == mine.seq) {
            continue;
        }
        const QString record = RecordLabel::describe(m_storage, mine.target);
        const QString who = latest.value() ? ChangeLog::describeWriter(*latest.value()) : QString();
        const QString message = forward
                ? QCoreApplication::translate("Change",
                                              "%1 was changed by %2 after this was undone. Redoing “%3” would overwrite that change, so nothing was redone.")
                          .arg(record, who, m_text)
                : QCoreApplication::translate("Change", "%1 was changed by %2 since. Undoing “%3” would overwrite that change, so nothing was undone.")
                          .arg(record, who, m_text);
        return Error{Error::Kind::Conflict, message};
    }
    return {};
}

StepChange::StepChange(Storage &storage, const QString &text, Step apply, Step revert)
    : Change(storage, text)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
{
}

Result<void> StepChange::doApply()
{
    return m_apply();
}

Result<void> StepChange::doRevert()
{
    return m_revert();
}

CompositeChange::CompositeChange(Storage &storage, const QString &text, std::vector<std::unique_ptr<Change>> parts)
    : Change(storage, text)
    , m_parts(std::move(parts))
{
}

QStringList CompositeChange::theirDifferences(bool forward) const
{
    QStringList all;
    for (const auto &part : m_parts) {
        all << part->theirDifferences(forward);
    }
    return all;
}

Result<void> CompositeChange::doApply()
{
    // One transaction for all (the caller's): a failing part rolls the others back with it.
    for (auto &part : m_parts) {
        if (auto ok = part->doApply(); !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> CompositeChange::doRevert()
{
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it) {
        if (auto ok = (*it)->doRevert(); !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace Lectern
