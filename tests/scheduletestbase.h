// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "demo/sampleseries.h"
#include "fakeconfirmation.h"
#include "schedule/talkscheduler.h"
#include "storage/storage.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

// What the GUI tests of the schedule share: a database of the sample series (a new file for
// each test function), an undo stack, a scheduler asking a FakeConfirmation, and a way to
// find a talk by its title.
class ScheduleTestBase : public QObject
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Lectern::Storage> m_storage;
    std::unique_ptr<QUndoStack> m_stack;
    FakeConfirmation m_confirmation;
    std::unique_ptr<Lectern::TalkScheduler> m_scheduler;

    // Opens `<prefix><n>.sqlite` with the sample series; `today` (when valid) is the
    // scheduler's today. Returns false when the database could not be made.
    bool openSampleSchedule(const QString &prefix, const QDate &today = QDate())
    {
        static int n = 0;
        auto storage = Lectern::Storage::open(m_dir.filePath(QStringLiteral("%1%2.sqlite").arg(prefix, QString::number(++n))));
        if (!storage) {
            qWarning("%s", qPrintable(storage.error().message));
            return false;
        }
        m_storage = std::move(storage).value();
        if (!Lectern::SampleSeries::load(*m_storage)) {
            return false;
        }
        m_stack = std::make_unique<QUndoStack>();
        m_confirmation = FakeConfirmation();
        m_scheduler = std::make_unique<Lectern::TalkScheduler>(*m_storage, *m_stack, m_confirmation);
        if (today.isValid()) {
            m_scheduler->setToday(today);
        }
        return true;
    }

    // In the order the objects depend on each other; call after the test's own widgets go.
    void closeSchedule()
    {
        m_scheduler.reset();
        m_stack.reset();
        m_storage.reset();
    }

    // The talk with this title, or an empty talk (id 0).
    Lectern::Talk talkTitled(const QString &title) const
    {
        const QList<Lectern::Talk> talks = m_storage->talks().all().value();
        for (const Lectern::Talk &talk : talks) {
            if (talk.title == title) {
                return talk;
            }
        }
        return {};
    }
};
