// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "export/jsonformat.h"
#include "schedule/talkscheduler.h"
#include "scheduletestbase.h"
#include "storage/sqlutil.h"
#include "storage/storage.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

// Every schedule change as the GUI makes it: rules, confirmation, undo and redo.
class TestTalkScheduler : public ScheduleTestBase
{
    Q_OBJECT

private:
    qint64 idOf(const QString &title) const { return talkTitled(title).meta.id; }

    Talk talk(qint64 id) const { return m_storage->talks().find(id).value(); }

    // A talk as stored, minus what changes on every write (version, modified stamp).
    QJsonObject row(qint64 id) const
    {
        QJsonObject json = JsonFormat::toJson(talk(id));
        json.remove(QStringLiteral("version"));
        json.remove(QStringLiteral("modified"));
        return json;
    }

    // Every row of every table except the stamps, to prove an undo restores everything.
    QStringList wholeDatabase() const
    {
        QStringList rows;
        for (const char *table : {"talks", "talk_speakers", "talk_topics", "speakers", "topics"}) {
            auto q = Sql::run(m_storage->database().connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QString::fromLatin1(table)));
            while (q && q.value().next()) {
                QStringList values;
                const QSqlRecord record = q.value().record();
                for (int i = 0; i < record.count(); ++i) {
                    const QString name = record.fieldName(i);
                    // Link rows are recreated when a deleted talk comes back: their own
                    // creation stamp is new, everything they say is the same.
                    const bool linkStamp = QByteArray(table).startsWith("talk_") && name == QLatin1String("created_at");
                    if (name != QLatin1String("version") && name != QLatin1String("modified_at") && !linkStamp) {
                        values << q.value().value(i).toString();
                    }
                }
                rows << QString::fromLatin1(table) + QLatin1Char(':') + values.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(openSampleSchedule(QStringLiteral("scheduler"), QDate(2019, 8, 1))); // the history is the future
    }

    void cleanup() { closeSchedule(); }

    void aWarningAsksAndCancelMovesNothing()
    {
        const qint64 id = idOf(QStringLiteral("How to compare text across multiple languages"));
        const QStringList before = wholeDatabase();
        m_confirmation.answer = false;
        QVERIFY(!m_scheduler->moveTalks({id}, QDate(2019, 9, 11)));
        QCOMPARE(m_confirmation.asked, 1);
        QVERIFY(m_confirmation.lastRules.contains(QStringLiteral("cadence")));
        QVERIFY2(m_confirmation.lastQuestion.contains(QStringLiteral("How to compare text across multiple languages")),
                 qPrintable(m_confirmation.lastQuestion));
        QCOMPARE(wholeDatabase(), before);
        QCOMPARE(m_stack->count(), 0);
    }

    void moveAnywayThenUndoAndRedo()
    {
        const qint64 id = idOf(QStringLiteral("How to compare text across multiple languages"));
        const QJsonObject before = row(id);
        m_confirmation.answer = true;
        QVERIFY(m_scheduler->moveTalks({id}, QDate(2019, 9, 11)));
        QCOMPARE(m_confirmation.asked, 1);
        QCOMPARE(talk(id).date, QDate(2019, 9, 11));
        QCOMPARE(talk(id).startUtc, QTime(18, 0)); // keeps its time
        QCOMPARE(talk(id).sequence, 1);
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_stack->undoText().contains(QStringLiteral("Move")));

        m_stack->undo();
        QCOMPARE(row(id), before);
        QCOMPARE(talk(id).sequence, 0);
        m_stack->redo();
        QCOMPARE(talk(id).date, QDate(2019, 9, 11));
        QCOMPARE(talk(id).sequence, 1);
    }

    // A %N in a title is text: the question and the history show it as typed (chained arg()
    // replaced it with the next value).
    void placeholdersInATitleStayAsTyped()
    {
        const QString evil = QStringLiteral("Evil %2 and %4 %1%3%5%6%7%8%9");
        Talk renamed = talk(idOf(QStringLiteral("How to compare text across multiple languages")));
        renamed.title = evil;
        QVERIFY(m_storage->talks().update(renamed));
        m_confirmation.answer = true;
        QVERIFY(m_scheduler->moveTalks({renamed.meta.id}, QDate(2019, 9, 11)));
        QVERIFY2(m_confirmation.lastQuestion.contains(QStringLiteral("“%1”").arg(evil)), qPrintable(m_confirmation.lastQuestion));
        QVERIFY2(m_stack->undoText().contains(QStringLiteral("“%1”").arg(evil)), qPrintable(m_stack->undoText()));
    }

    void aMoveWithoutWarningsAsksNothing()
    {
        const qint64 id = idOf(QStringLiteral("Modern Event Platform"));
        QSignalSpy informed(m_scheduler.get(), &TalkScheduler::informed);
        QVERIFY(m_scheduler->moveTalks({id}, QDate(2019, 8, 27))); // empty August, a Tuesday
        QCOMPARE(m_confirmation.asked, 0);
        QCOMPARE(talk(id).date, QDate(2019, 8, 27));
        QCOMPARE(informed.count(), 1); // the unusual weekday, said but not asked
        QVERIFY(!m_scheduler->moveTalks({id}, QDate(2019, 8, 27))); // already there: nothing to do
        QCOMPARE(m_stack->count(), 1);
    }

    void moveWithANewTime()
    {
        const qint64 id = idOf(QStringLiteral("ResourceLoader tips and tricks")); // time TBA
        QVERIFY(m_scheduler->moveTalk(id, QDate(2019, 10, 23), QTime(17, 30)));
        QCOMPARE(talk(id).startUtc, QTime(17, 30));
        QCOMPARE(talk(id).sequence, 1);
        m_stack->undo();
        QVERIFY(!talk(id).hasTime());
        QCOMPARE(talk(id).sequence, 0);
    }

    void severalTalksAreOneStep()
    {
        const qint64 a = idOf(QStringLiteral("Modern Event Platform"));
        const qint64 b = idOf(QStringLiteral("API portal and gateway project"));
        const QStringList before = wholeDatabase();
        m_confirmation.answer = true;
        QVERIFY(m_scheduler->moveTalks({a, b}, QDate(2020, 1, 15)));
        QCOMPARE(talk(a).date, QDate(2020, 1, 15));
        QCOMPARE(talk(b).date, QDate(2020, 1, 15));
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(wholeDatabase(), before);
    }

    void editUndoRedo()
    {
        const qint64 id = idOf(QStringLiteral("Wikimedia and W3C"));
        const QStringList before = wholeDatabase();
        Talk edited = talk(id);
        edited.title = QStringLiteral("Wikimedia and the W3C ✨");
        edited.topics << QStringLiteral("Web");
        edited.speakers.append({0, QStringLiteral("Brand New Host"), SpeakerRole::Host});
        edited.durationMinutes = 60;
        QVERIFY(m_scheduler->saveTalk(edited));
        const Talk saved = talk(id);
        QCOMPARE(saved.title, QStringLiteral("Wikimedia and the W3C ✨"));
        QCOMPARE(saved.speakers.size(), 3);
        QVERIFY(saved.speakers.last().speakerId > 0); // the new name became a record
        QCOMPARE(saved.sequence, 1); // the length changed
        m_stack->undo();
        // Everything back, but the records the edit created (a speaker, a topic), which
        // stay for next time.
        QStringList after = wholeDatabase();
        after.erase(std::remove_if(after.begin(),
                                   after.end(),
                                   [](const QString &r) {
                                       return r.contains(QStringLiteral("Brand New Host")) ||
                                               (r.startsWith(QStringLiteral("topics:")) && r.contains(QStringLiteral("|Web|")));
                                   }),
                    after.end());
        QCOMPARE(after, before);
        m_stack->redo();
        QCOMPARE(talk(id).title, QStringLiteral("Wikimedia and the W3C ✨"));
    }

    void createAndDeleteKeepIdAndUid()
    {
        Talk fresh;
        fresh.seriesId = m_storage->series().current().value().meta.id;
        fresh.title = QStringLiteral("A new talk");
        fresh.date = QDate(2020, 1, 15);
        fresh.startUtc = QTime(18, 0);
        fresh.speakers = {{idOf(QString()), QStringLiteral("Lars Wirzenius"), SpeakerRole::Speaker}};
        fresh.speakers.first().speakerId = m_storage->speakers().findByName(QStringLiteral("Lars Wirzenius")).value().first().meta.id;
        const auto id = m_scheduler->createTalk(fresh);
        QVERIFY(id);
        const QJsonObject created = row(*id);
        m_stack->undo();
        QVERIFY(!m_storage->talks().find(*id));
        m_stack->redo();
        QCOMPARE(row(*id), created); // same id, same UID, same links

        const QStringList before = wholeDatabase();
        QVERIFY(m_scheduler->deleteTalk(*id));
        QVERIFY(!m_storage->talks().find(*id));
        m_stack->undo();
        QCOMPARE(wholeDatabase(), before);
        QCOMPARE(m_stack->count(), 2);
    }

    void cancelBumpsTheSequence()
    {
        const qint64 id = idOf(QStringLiteral("Modern Event Platform"));
        QVERIFY(m_scheduler->cancelTalk(id));
        QCOMPARE(talk(id).status, TalkStatus::Cancelled);
        QCOMPARE(talk(id).sequence, 1);
        QVERIFY(!m_scheduler->cancelTalk(id)); // already cancelled
        m_stack->undo();
        QCOMPARE(talk(id).status, TalkStatus::Held);
        QCOMPARE(talk(id).sequence, 0);
    }

    void aFailedChangeIsNotInTheHistory()
    {
        QSignalSpy failed(m_scheduler.get(), &TalkScheduler::failed);
        Talk broken = talk(idOf(QStringLiteral("Modern Event Platform")));
        broken.title = QString();
        QVERIFY(!m_scheduler->saveTalk(broken));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("title")));
        QCOMPARE(m_stack->count(), 0);
        QVERIFY(!m_scheduler->moveTalks({987654}, QDate(2020, 1, 1)));
        QCOMPARE(failed.count(), 2);
    }

    void undoAfterAChangeElsewhereIsRefusedAndKeepsIt()
    {
        // Given a move, then the CLI edits the same talk through its own connection
        const qint64 id = idOf(QStringLiteral("Modern Event Platform"));
        QVERIFY(m_scheduler->moveTalks({id}, QDate(2019, 8, 28)));
        QCOMPARE(m_stack->count(), 1);
        auto cli = Storage::open(m_storage->database().path(), Database::OpenMode::MustExist);
        QVERIFY(cli);
        cli.value()->database().setOrigin({QStringLiteral("cli"), QStringLiteral("Bo Svensson")});
        Talk elsewhere = cli.value()->talks().find(id).value();
        elsewhere.notes = QStringLiteral("edited elsewhere");
        QVERIFY(cli.value()->talks().update(elsewhere));

        // When the window's user undoes the move
        QSignalSpy failed(m_scheduler.get(), &TalkScheduler::failed);
        m_stack->undo();

        // Then nothing is overwritten: the other's edit stays, with the move under it
        QCOMPARE(talk(id).notes, QStringLiteral("edited elsewhere"));
        QCOMPARE(talk(id).date, QDate(2019, 8, 28));
        // and the user is told who changed what; the step leaves the history
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("Modern Event Platform")) && message.contains(QStringLiteral("Bo Svensson")) &&
                         message.contains(QStringLiteral("the command line")),
                 qPrintable(message));
        QCOMPARE(m_stack->count(), 0);
        QVERIFY(!m_stack->canRedo());
    }

    void redoAfterAChangeElsewhereIsRefusedToo()
    {
        const qint64 id = idOf(QStringLiteral("Modern Event Platform"));
        QVERIFY(m_scheduler->moveTalks({id}, QDate(2019, 8, 28)));
        m_stack->undo();
        QCOMPARE(talk(id).date, QDate(2020, 6, 24));
        auto cli = Storage::open(m_storage->database().path(), Database::OpenMode::MustExist);
        QVERIFY(cli);
        Talk elsewhere = cli.value()->talks().find(id).value();
        elsewhere.date = QDate(2020, 7, 1);
        QVERIFY(cli.value()->talks().update(elsewhere));
        QSignalSpy failed(m_scheduler.get(), &TalkScheduler::failed);
        m_stack->redo();
        QCOMPARE(talk(id).date, QDate(2020, 7, 1));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_stack->count(), 0);
    }

    void undoWithNothingChangedElsewhereStillWorks()
    {
        // another talk's edit elsewhere does not stand in the way
        const qint64 id = idOf(QStringLiteral("Modern Event Platform"));
        QVERIFY(m_scheduler->moveTalks({id}, QDate(2019, 8, 28)));
        auto cli = Storage::open(m_storage->database().path(), Database::OpenMode::MustExist);
        QVERIFY(cli);
        Talk other = cli.value()->talks().find(idOf(QStringLiteral("API portal and gateway project"))).value();
        other.notes = QStringLiteral("unrelated");
        QVERIFY(cli.value()->talks().update(other));
        m_stack->undo();
        QCOMPARE(talk(id).date, QDate(2020, 6, 24));
        m_stack->redo();
        QCOMPARE(talk(id).date, QDate(2019, 8, 28));
    }

    void anEditOfATalkChangedSinceItWasOpenedIsRefused()
    {
        const qint64 id = idOf(QStringLiteral("Modern Event Platform"));
        Talk opened = talk(id); // the editor reads it
        auto cli = Storage::open(m_storage->database().path(), Database::OpenMode::MustExist);
        QVERIFY(cli);
        Talk elsewhere = cli.value()->talks().find(id).value();
        elsewhere.title = QStringLiteral("Renamed elsewhere");
        QVERIFY(cli.value()->talks().update(elsewhere));
        QSignalSpy failed(m_scheduler.get(), &TalkScheduler::failed);
        opened.notes = QStringLiteral("mine");
        QVERIFY(!m_scheduler->saveTalk(opened));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(talk(id).title, QStringLiteral("Renamed elsewhere"));
        QCOMPARE(m_stack->count(), 0);
    }
};

QTEST_MAIN(TestTalkScheduler)
#include "tst_talkscheduler.moc"
