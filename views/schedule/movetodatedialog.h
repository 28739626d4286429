// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/talk.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QTimeEdit;

namespace Lectern {

// The keyboard's way to do what a drag does: choose a new date (and, if wanted, a new UTC
// start time) for a talk, or the date a proposal becomes a talk.
class MoveToDateDialog : public QDialog
{
    Q_OBJECT
public:
    // Also the dialog that makes a proposal a talk: the same choice, other words.
    enum class Purpose { MoveTalk, ScheduleProposal };
    MoveToDateDialog(const Talk &talk, const QDate &suggestion, QWidget *parent = nullptr, Purpose purpose = Purpose::MoveTalk);
    QDate date() const;
    // A new start time, or nothing to keep the talk's own.
    std::optional<QTime> time() const;

private:
    QDateEdit *m_date = nullptr;
    QCheckBox *m_changeTime = nullptr;
    QTimeEdit *m_time = nullptr;
};

} // namespace Lectern
