// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "itemmodels/speakerdirectorymodel.h"
#include "speakers/mergedialog.h"
#include "speakers/speakereditor.h"
#include "speakers/speakermerger.h"
#include "speakers/speakerspage.h"
#include "storage/changefeed.h"
#include "storage/storage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

class TestSpeakersPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<QUndoStack> m_stack;

    qint64 idOf(const QString &name) const { return m_storage->speakers().findByName(name).value().value(0).meta.id; }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("page%1.sqlite").arg(++n)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
        m_stack = std::make_unique<QUndoStack>();
    }

    void cleanup()
    {
        m_stack.reset();
        m_storage.reset();
    }

    void directoryModel()
    {
        SpeakerDirectoryModel model(m_storage->speakers());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2020, 6, 1));
        QCOMPARE(model.rowCount(), 23);
        const int evan = model.rowOf(idOf(QStringLiteral("Evan Prodromou")));
        QCOMPARE(model.index(evan, SpeakerDirectoryModel::TalksColumn).data().toInt(), 2);
        QCOMPARE(model.index(evan, SpeakerDirectoryModel::LastTalkColumn).data().toString(), QLocale().toString(QDate(2019, 5, 23), QLocale::ShortFormat));
        QCOMPARE(model.index(evan, SpeakerDirectoryModel::NextTalkColumn).data().toString(), QLocale().toString(QDate(2020, 6, 5), QLocale::ShortFormat));
        Speaker added;
        added.name = QStringLiteral("Zoë Ünal");
        QVERIFY(m_storage->speakers().add(added));
        QCOMPARE(model.rowCount(), 24);
    }

    void searchAsYouType()
    {
        SpeakersPage page(*m_storage, *m_stack);
        page.setSearchText(QStringLiteral("laxstrom")); // no umlaut typed
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QCOMPARE(page.view()->model()->index(0, 0).data().toString(), QStringLiteral("Niklas Laxström"));
        page.setSearchText(QStringLiteral("software engineer")); // three, and two principal ones
        QCOMPARE(page.view()->model()->rowCount(), 5);
        page.setSearchText(QStringLiteral("wikimedia foundation"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        page.setSearchText(QString());
        QCOMPARE(page.view()->model()->rowCount(), 23);
    }

    void mergeFromThePageAndUndo()
    {
        SpeakersPage page(*m_storage, *m_stack);
        QCOMPARE(page.duplicates().size(), 1);
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("duplicatesButton"))->text(), QStringLiteral("Likely Duplicates (1)"));
        const qint64 keep = idOf(QStringLiteral("Moriel Shottlender"));
        const qint64 other = idOf(QStringLiteral("Moriel Schottlender"));
        const Speaker keepBefore = m_storage->speakers().find(keep).value();
        const Speaker otherBefore = m_storage->speakers().find(other).value();

        // The dialog offers the name, the only field the two records disagree on.
        MergeDialog dialog(keepBefore, otherBefore);
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("keep_name"))->isChecked());
        dialog.findChild<QRadioButton *>(QStringLiteral("other_name"))->setChecked(true);
        QCOMPARE(dialog.merged().name, QStringLiteral("Moriel Schottlender"));

        QVERIFY(page.mergeSpeakers(keep, other, dialog.merged()));
        QCOMPARE(page.view()->model()->rowCount(), 22);
        QCOMPARE(page.duplicates().size(), 0);
        const Speaker merged = m_storage->speakers().find(keep).value();
        QCOMPARE(merged.name, QStringLiteral("Moriel Schottlender"));
        QCOMPARE(merged.talkIds.size(), 1); // the combined history: the talk of one spelling...
        page.selectSpeaker(keep);
        QCOMPARE(page.editor()->speakerId(), keep);
        const QListWidget *history = page.editor()->findChild<QListWidget *>(QStringLiteral("speakerHistory"));
        QCOMPARE(history->count(), 2); // ...and the proposal of the other
        QVERIFY(history->item(0)->text().contains(QStringLiteral("Ouch, I have an OOUI")));
        QVERIFY(history->item(1)->text().contains(QStringLiteral("Right-to-left support")));

        m_stack->undo();
        QCOMPARE(page.view()->model()->rowCount(), 23);
        QCOMPARE(m_storage->speakers().find(keep).value().name, keepBefore.name);
        QCOMPARE(m_storage->speakers().find(other).value().name, otherBefore.name);
        QCOMPARE(page.duplicates().size(), 1);
        m_stack->redo();
        QCOMPARE(page.view()->model()->rowCount(), 22);
    }

    void editingShowsProblemsAndUndoes()
    {
        SpeakersPage page(*m_storage, *m_stack);
        const qint64 lars = idOf(QStringLiteral("Lars Wirzenius"));
        page.selectSpeaker(lars);
        SpeakerEditor *editor = page.editor();
        editor->findChild<QLineEdit *>(QStringLiteral("speakerEmails"))->setText(QStringLiteral("lars@example"));
        QVERIFY(!editor->check());
        QVERIFY(editor->problemsText().contains(QStringLiteral("lars@example")));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("speakerSave")), Qt::LeftButton);
        QVERIFY(m_storage->speakers().find(lars).value().emails.isEmpty()); // nothing saved half

        editor->findChild<QLineEdit *>(QStringLiteral("speakerEmails"))->setText(QStringLiteral("lars@example.org, liw@example.org"));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("speakerSave")), Qt::LeftButton);
        QCOMPARE(m_storage->speakers().find(lars).value().emails, (QStringList{QStringLiteral("lars@example.org"), QStringLiteral("liw@example.org")}));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QVERIFY(m_storage->speakers().find(lars).value().emails.isEmpty());
    }

    // Given the editor open on a speaker, when the CLI changes that record: with nothing
    // typed the editor shows the new values; with typing, it says who changed what and
    // Save waits for a choice.
    void aSpeakerChangedElsewhereIsFollowedOrAsked()
    {
        SpeakersPage page(*m_storage, *m_stack);
        page.show();
        const qint64 lars = idOf(QStringLiteral("Lars Wirzenius"));
        page.selectSpeaker(lars);
        SpeakerEditor *editor = page.editor();
        ChangeFeed feed(*m_storage);
        QVERIFY(feed.start(60000));
        auto cli = Storage::open(m_storage->database().path(), Database::OpenMode::MustExist);
        QVERIFY(cli);
        cli.value()->database().setOrigin({QStringLiteral("cli"), QStringLiteral("Bo Svensson")});
        Speaker theirs = cli.value()->speakers().find(lars).value();
        theirs.affiliation = QStringLiteral("Their affiliation");
        QVERIFY(cli.value()->speakers().update(theirs));
        QCOMPARE(feed.poll().value(), 1);
        auto *notice = editor->findChild<QLabel *>(QStringLiteral("speakerChangedElsewhere"));
        QVERIFY(!notice->isVisible());
        QCOMPARE(editor->speaker().affiliation, QStringLiteral("Their affiliation"));

        editor->findChild<QLineEdit *>(QStringLiteral("speakerEmails"))->setText(QStringLiteral("lars@example.org"));
        theirs = cli.value()->speakers().find(lars).value();
        theirs.pronouns = QStringLiteral("he/him");
        QVERIFY(cli.value()->speakers().update(theirs));
        QCOMPARE(feed.poll().value(), 1);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("Bo Svensson")) && notice->text().contains(QStringLiteral("he/him")), qPrintable(notice->text()));
        QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("speakerSave"))->isEnabled());
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("speakerEmails"))->text(), QStringLiteral("lars@example.org")); // the typing stays
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("speakerKeepMine")), Qt::LeftButton);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("speakerSave")), Qt::LeftButton);
        QCOMPARE(m_storage->speakers().find(lars).value().emails, QStringList{QStringLiteral("lars@example.org")});
        // one's own save, and its undo, are followed without a notice
        QVERIFY(!notice->isVisible());
        m_stack->undo();
        QVERIFY(!notice->isVisible());
        QVERIFY(editor->speaker().emails.isEmpty());
        QVERIFY(editor->findChild<QPushButton *>(QStringLiteral("speakerSave"))->isEnabled());
    }

    void deletingSaysWhatBecomesOfTheLinks()
    {
        SpeakersPage page(*m_storage, *m_stack);
        QSignalSpy failed(&page, &SpeakersPage::failed);
        QVERIFY(!page.deleteSpeaker(idOf(QStringLiteral("Evan Prodromou"))));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("Merge the record")));
        QVERIFY(page.addSpeaker(QStringLiteral("Temporary Person")));
        const qint64 id = idOf(QStringLiteral("Temporary Person"));
        QVERIFY(page.deleteSpeaker(id));
        QVERIFY(!m_storage->speakers().find(id));
        m_stack->undo();
        QCOMPARE(m_storage->speakers().find(id).value().name, QStringLiteral("Temporary Person"));
    }
};

QTEST_MAIN(TestSpeakersPage)
#include "tst_speakerspage.moc"
