// SPDX-License-Identifier: GPL-2.0-or-later
#include "calendarimport/importcalendardialog.h"
#include "scheduletestbase.h"
#include "testutil.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Lectern;

// File → Import Calendar…: the preview says what will happen before anything is written, and
// the import is one step of the history.
class TestImportCalendarDialog : public ScheduleTestBase
{
    Q_OBJECT

    static QByteArray fixture(const QString &name) { return TestUtil::readFile(QStringLiteral(TEST_DATA_DIR "/ical/") + name); }

    static QStringList groups(const QTreeWidget *tree)
    {
        QStringList titles;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            titles << tree->topLevelItem(i)->text(0);
        }
        return titles;
    }

    int talkCount() const { return int(m_storage->talks().all().value().size()); }

private Q_SLOTS:
    void init() { QVERIFY(openSampleSchedule(QStringLiteral("importdialog"))); }
    void cleanup() { closeSchedule(); }

    void previewsBeforeWritingAndImportsAsOneStep()
    {
        const int before = talkCount();
        ImportCalendarDialog dialog(*m_storage, QStringLiteral("google-recurring.ics"), fixture(QStringLiteral("google-recurring.ics")));
        QCOMPARE(groups(dialog.preview()), (QStringList{QStringLiteral("New talks (1)"), QStringLiteral("Not imported (1)")}));
        QVERIFY(dialog.preview()->topLevelItem(1)->child(0)->text(0).contains(QStringLiteral("Weekly office hour")));
        QCOMPARE(talkCount(), before); // the preview writes nothing

        dialog.setOccurrenceRange(true, QDate(2030, 1, 1), QDate(2030, 2, 28));
        QCOMPARE(groups(dialog.preview()), QStringList{QStringLiteral("New talks (6)")});
        QVERIFY(dialog.preview()->topLevelItem(0)->child(2)->text(0).contains(QStringLiteral("20:00 UTC — Weekly office hour (moved to Thursday)")));
        QVERIFY(dialog.canImport());

        QVERIFY(m_scheduler->importCalendar(dialog.plan(), QStringLiteral("google-recurring.ics")));
        QCOMPARE(talkCount(), before + 6);
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_stack->undoText().contains(QStringLiteral("google-recurring.ics")));
        const qint64 moved = talkTitled(QStringLiteral("Weekly office hour (moved to Thursday)")).meta.id;
        m_stack->undo();
        QCOMPARE(talkCount(), before);
        m_stack->redo();
        QCOMPARE(talkCount(), before + 6);
        QCOMPARE(talkTitled(QStringLiteral("Weekly office hour (moved to Thursday)")).meta.id, moved); // the same talk back

        // The same file again: everything is known; nothing to import.
        ImportCalendarDialog again(*m_storage, QStringLiteral("google-recurring.ics"), fixture(QStringLiteral("google-recurring.ics")));
        again.setOccurrenceRange(true, QDate(2030, 1, 1), QDate(2030, 2, 28));
        QVERIFY(!again.canImport());
        QVERIFY(groups(again.preview()).isEmpty());
    }

    void aBrokenFileSaysWhereAndCannotBeImported()
    {
        ImportCalendarDialog dialog(*m_storage, QStringLiteral("truncated.ics"), fixture(QStringLiteral("truncated.ics")));
        QVERIFY(!dialog.canImport());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        const QLabel *summary = dialog.findChild<QLabel *>();
        QVERIFY2(summary->text().contains(QStringLiteral("line 7")), qPrintable(summary->text()));
    }

    void updatesShowWhatChanges()
    {
        QByteArray moved = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:%1\r\nDTSTART:20200701T170000Z\r\n"
                           "DTEND:20200701T174500Z\r\nSUMMARY:Modern Event Platform\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        moved.replace("%1", talkTitled(QStringLiteral("Modern Event Platform")).icalUid.toUtf8());
        ImportCalendarDialog dialog(*m_storage, QStringLiteral("moved.ics"), moved);
        QCOMPARE(groups(dialog.preview()), QStringList{QStringLiteral("Talks to update (1)")});
        QVERIFY2(dialog.preview()->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("(was ")),
                 qPrintable(dialog.preview()->topLevelItem(0)->child(0)->text(0)));
        QVERIFY(m_scheduler->importCalendar(dialog.plan(), QStringLiteral("moved.ics")));
        QCOMPARE(talkTitled(QStringLiteral("Modern Event Platform")).date, QDate(2020, 7, 1));
        m_stack->undo();
        QCOMPARE(talkTitled(QStringLiteral("Modern Event Platform")).date, QDate(2020, 6, 24));
    }
};

QTEST_MAIN(TestImportCalendarDialog)
#include "tst_importcalendardialog.moc"
