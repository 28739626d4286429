// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "change.h"
#include "domain/talk.h"

#include <optional>

namespace Lectern {

// A talk added (no `before`), deleted (no `after`) or changed: a move, an edit, a
// cancellation. A talk that comes back (redo of an add, undo of a delete) has its id and
// iCalendar UID of before, so an exported calendar entry stays the same event.
class TalkChange : public Change
{
public:
    TalkChange(Storage &storage, const QString &text, std::optional<Talk> before, std::optional<Talk> after);

    static std::unique_ptr<TalkChange> add(Storage &storage, const Talk &talk);
    static std::unique_ptr<TalkChange> remove(Storage &storage, const Talk &talk);
    static std::unique_ptr<TalkChange> update(Storage &storage, const QString &text, const Talk &before, const Talk &after);

    // The talk's id (known once an added talk was first written).
    qint64 talkId() const;

protected:
    Result<void> doApply() override;
    Result<void> doRevert() override;
    QStringList theirDifferences(bool forward) const override;

private:
    // Brings the stored talk to `state` (nullopt: no talk). The log has said nobody else
    // changed it since this change's last step, so the stored version is taken as it is.
    Result<void> writeState(const std::optional<Talk> &state, const std::optional<Talk> &current);

    std::optional<Talk> m_before;
    std::optional<Talk> m_after;
    bool m_firstRun = true;
};

} // namespace Lectern
