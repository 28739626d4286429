// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/changeentry.h"
#include "storage/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Lectern {
class Storage;

// One change a user made, which can be taken back and made again: the unit of the undo
// history, with no widget code (the GUI's QUndoStack holds it through ChangeCommand).
//
// Every step runs in one transaction and is optimistic like every other write: it notes the
// change-log entries it wrote, and undo (or redo) goes ahead only while those are still each
// record's latest. When another window, the CLI or a sync changed one of them since, the
// step is refused with Error::Kind::Conflict naming the record, who changed it and when; the
// other's change is kept.
class Change
{
public:
    virtual ~Change();
    Change(const Change &) = delete;
    Change &operator=(const Change &) = delete;

    QString text() const { return m_text; }
    // The first run, and redo after an undo.
    Result<void> apply();
    // Undo.
    Result<void> revert();
    bool isApplied() const { return m_applied; }

    // When someone else changed one of this change's records since its last step: who, what
    // and when, in words for the question whether to undo (`forward` false) or redo anyway
    // ("“Modern Event Platform” was changed by … : now date …"). Empty when no one did.
    QString changedElsewhere(bool forward) const;
    // Undo or redo even though someone changed a record since: their change is replaced.
    // Only after the user said so (ChangeCommand asks); the step's own checks still hold.
    Result<void> revertOverwriting();
    Result<void> applyOverwriting();

protected:
    Change(Storage &storage, QString text);
    virtual Result<void> doApply() = 0;
    virtual Result<void> doRevert() = 0;
    // What the records now hold that differs from what this change's last step wrote — what
    // someone else changed since —, for changedElsewhere() ("title …"); empty when it
    // cannot say.
    virtual QStringList theirDifferences(bool forward) const;

    Storage &m_storage;

private:
    friend class CompositeChange;
    Result<void> run(bool forward, bool overwrite = false);
    Result<void> checkUnchangedSince(bool forward) const;
    // The first record someone else changed since the last step, and their log entry.
    std::optional<std::pair<ChangeEntry, ChangeEntry>> firstChangedElsewhere() const;

    QString m_text;
    bool m_applied = false;
    // What the last step wrote: per record, its latest log entry then.
    std::vector<ChangeEntry> m_written;
};

// A change given as two functions (a decision, a review, a speaker's edit, a merge).
class StepChange : public Change
{
public:
    using Step = std::function<Result<void>()>;
    StepChange(Storage &storage, const QString &text, Step apply, Step revert);

protected:
    Result<void> doApply() override;
    Result<void> doRevert() override;

private:
    Step m_apply;
    Step m_revert;
};

// Several changes as one step of the history, in one transaction (moving several talks,
// an import).
class CompositeChange : public Change
{
public:
    CompositeChange(Storage &storage, const QString &text, std::vector<std::unique_ptr<Change>> parts);

protected:
    QStringList theirDifferences(bool forward) const override;
    Result<void> doApply() override;
    Result<void> doRevert() override;

private:
    std::vector<std::unique_ptr<Change>> m_parts;
};

} // namespace Lectern
