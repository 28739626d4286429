// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "schedule/talkscheduler.h"
#include "scheduletestbase.h"
#include "storage/changefeed.h"
#include "storage/storage.h"
#include "talkeditor/talkeditordialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

class TestTalkEditor : public ScheduleTestBase
{
    Q_OBJECT

private:
    Talk byTitle(const QString &title) const { return talkTitled(title); }

    template<typename T>
    static T *child(QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void init() { QVERIFY(openSampleSchedule(QStringLiteral("editor"), QDate(2019, 8, 1))); }

    void cleanup() { closeSchedule(); }

    void showsEveryField()
    {
        const Talk original = byTitle(QStringLiteral("Data and Decision Science at Wikimedia"));
        TalkEditorDialog editor(*m_storage, *m_scheduler, original);
        QCOMPARE(child<QLineEdit>(editor, "titleEdit")->text(), original.title);
        QCOMPARE(child<QSpinBox>(editor, "seasonEdit")->value(), 2);
        QCOMPARE(child<QDateEdit>(editor, "dateEdit")->date(), QDate(2020, 2, 26));
        // Unchanged, the editor gives back the talk as it was.
        const Talk same = editor.talk();
        QCOMPARE(same.title, original.title);
        QCOMPARE(same.date, original.date);
        QCOMPARE(same.startUtc, original.startUtc);
        QCOMPARE(same.speakers, original.speakers);
        QCOMPARE(same.topics, original.topics);
        QCOMPARE(same.abstract, original.abstract);
        QCOMPARE(same.durationMinutes, 45);
        QCOMPARE(same.status, TalkStatus::Held);
    }

    void findingsFollowTheDate()
    {
        TalkEditorDialog editor(*m_storage, *m_scheduler, byTitle(QStringLiteral("How to compare text across multiple languages")));
        QVERIFY2(editor.findingsText().contains(QStringLiteral("already has a talk")), qPrintable(editor.findingsText()));
        child<QDateEdit>(editor, "dateEdit")->setDate(QDate(2019, 8, 28));
        QCOMPARE(editor.findingsText(), QString());
        child<QDateEdit>(editor, "dateEdit")->setDate(QDate(2019, 8, 27));
        QVERIFY2(editor.findingsText().contains(QStringLiteral("usually meets")), qPrintable(editor.findingsText()));
    }

    void timeToBeAnnounced()
    {
        TalkEditorDialog editor(*m_storage, *m_scheduler, byTitle(QStringLiteral("ResourceLoader tips and tricks")));
        QVERIFY(!child<QCheckBox>(editor, "timeKnownCheck")->isChecked());
        QVERIFY(!editor.talk().hasTime());
        QVERIFY(editor.localTimesText().contains(QStringLiteral("to be announced")));
        child<QCheckBox>(editor, "timeKnownCheck")->setChecked(true);
        QCOMPARE(editor.talk().startUtc, QTime(18, 0));
        child<QCheckBox>(editor, "scheduledCheck")->setChecked(false);
        QVERIFY(!editor.talk().isScheduled());
        QVERIFY(!editor.talk().hasTime());
    }

    void speakersLocalTime()
    {
        Speaker far;
        far.name = QStringLiteral("Pacific Speaker");
        far.timeZone = QStringLiteral("America/Los_Angeles");
        auto id = m_storage->speakers().add(far);
        QVERIFY(id);
        Talk talk = byTitle(QStringLiteral("Data and Decision Science at Wikimedia")); // 18:00 UTC in February: 10:00 PST
        talk.speakers.append({id.value(), far.name, SpeakerRole::Speaker});
        TalkEditorDialog editor(*m_storage, *m_scheduler, talk);
        QVERIFY2(editor.localTimesText().contains(QStringLiteral("in Los Angeles for Pacific Speaker")), qPrintable(editor.localTimesText()));
        QVERIFY2(editor.localTimesText().contains(QStringLiteral("is 10:00 in Los Angeles")), qPrintable(editor.localTimesText()));
    }

    void addingSpeakers()
    {
        TalkEditorDialog editor(*m_storage, *m_scheduler, byTitle(QStringLiteral("Modern Event Platform")));
        auto *picker = child<QComboBox>(editor, "speakerPicker");
        auto *add = child<QPushButton>(editor, "addSpeakerButton");
        picker->setEditText(QStringLiteral("Evan Prodromou"));
        add->click();
        picker->setEditText(QStringLiteral("Someone New"));
        add->click();
        const Talk talk = editor.talk();
        QCOMPARE(talk.speakers.size(), 3);
        QCOMPARE(talk.speakers.at(1).name, QStringLiteral("Evan Prodromou"));
        QVERIFY(talk.speakers.at(1).speakerId > 0);
        QCOMPARE(talk.speakers.at(2).name, QStringLiteral("Someone New"));
        QCOMPARE(talk.speakers.at(2).speakerId, 0);
    }

    void badValuesKeepTheDialogOpen()
    {
        TalkEditorDialog editor(*m_storage, *m_scheduler, byTitle(QStringLiteral("Modern Event Platform")));
        editor.show();
        child<QLineEdit>(editor, "titleEdit")->clear();
        child<QLineEdit>(editor, "slidesUrlEdit")->setText(QStringLiteral("slides somewhere"));
        editor.accept();
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        auto *errors = child<QLabel>(editor, "errorsLabel");
        QVERIFY(errors->isVisible());
        QVERIFY(errors->text().contains(QStringLiteral("title")));
        QVERIFY(errors->text().contains(QStringLiteral("slides somewhere")));
        QVERIFY(child<QLineEdit>(editor, "titleEdit")->hasFocus() || !QApplication::focusWidget());
    }

    void aNewTalkGetsTheNextEpisode()
    {
        Talk fresh;
        fresh.seriesId = m_storage->series().current().value().meta.id;
        fresh.date = QDate(2020, 7, 22);
        TalkEditorDialog editor(*m_storage, *m_scheduler, fresh);
        QCOMPARE(child<QSpinBox>(editor, "seasonEdit")->value(), 2);
        QCOMPARE(child<QSpinBox>(editor, "episodeEdit")->value(), 6);
        QCOMPARE(editor.windowTitle(), QStringLiteral("New Talk"));
    }

    // Given the editor open on a talk, when the CLI changes that talk, then the editor says
    // who changed what, OK waits for a choice, and nothing is saved over the other's change.
    void aTalkChangedWhileOpenIsSaidAndAsked()
    {
        const Talk original = byTitle(QStringLiteral("Modern Event Platform"));
        TalkEditorDialog editor(*m_storage, *m_scheduler, original);
        editor.show();
        auto *notice = editor.findChild<QWidget *>(QStringLiteral("changedElsewhere"));
        auto *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(notice && ok);
        QVERIFY(!notice->isVisible());
        editor.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("My title"));

        ChangeFeed feed(*m_storage);
        QVERIFY(feed.start(60000));
        auto cli = Storage::open(m_storage->database().path(), Database::OpenMode::MustExist);
        QVERIFY(cli);
        cli.value()->database().setOrigin({QStringLiteral("cli"), QStringLiteral("Bo Svensson")});
        Talk theirs = cli.value()->talks().find(original.meta.id).value();
        theirs.title = QStringLiteral("Their title");
        theirs.date = QDate(2020, 7, 1);
        QVERIFY(cli.value()->talks().update(theirs));
        QCOMPARE(feed.poll().value(), 1);

        QVERIFY(notice->isVisible());
        QVERIFY(!ok->isEnabled());
        const QString text = editor.findChild<QLabel *>(QStringLiteral("changedElsewhereText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Bo Svensson")) && text.contains(QStringLiteral("Their title")) && text.contains(QStringLiteral("2020")),
                 qPrintable(text));
        // the user's typing is still there
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(), QStringLiteral("My title"));

        // Keep Mine: the save goes on top of theirs (their version), as the user chose
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("keepMine")), Qt::LeftButton);
        QVERIFY(ok->isEnabled());
        QVERIFY(!notice->isVisible());
        QVERIFY(m_scheduler->saveTalk(editor.talk()));
        QCOMPARE(m_storage->talks().find(original.meta.id).value().title, QStringLiteral("My title"));
    }

    void takingTheirVersionLoadsItsFields()
    {
        const Talk original = byTitle(QStringLiteral("Modern Event Platform"));
        TalkEditorDialog editor(*m_storage, *m_scheduler, original);
        Talk theirs = original;
        theirs.title = QStringLiteral("Their title");
        QVERIFY(m_storage->talks().update(theirs)); // another page of this window, say
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("takeTheirs")), Qt::LeftButton);
        QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(), QStringLiteral("Their title"));
        QCOMPARE(editor.talk().meta.version, original.meta.version + 1);
    }

    void savingWithoutChoosingIsRefused()
    {
        // the scheduler refuses an edit read at an older version, whatever the dialog does
        const Talk original = byTitle(QStringLiteral("Modern Event Platform"));
        Talk theirs = original;
        theirs.notes = QStringLiteral("theirs");
        QVERIFY(m_storage->talks().update(theirs));
        Talk mine = original;
        mine.title = QStringLiteral("Mine");
        QVERIFY(!m_scheduler->saveTalk(mine));
        QCOMPARE(m_storage->talks().find(original.meta.id).value().notes, QStringLiteral("theirs"));
    }
};

QTEST_MAIN(TestTalkEditor)
#include "tst_talkeditor.moc"
