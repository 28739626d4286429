// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "schedule/talkscheduler.h"
#include "scheduletestbase.h"
#include "storage/storage.h"
#include "talkeditor/talkeditordialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
};

QTEST_MAIN(TestTalkEditor)
#include "tst_talkeditor.moc"
