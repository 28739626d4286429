// SPDX-License-Identifier: GPL-2.0-or-later
// The undo history without a window: Changes on a QUndoStack through History::run.
#include "demo/sampleseries.h"
#include "history.h"
#include "operations/talkoperations.h"
#include "storage/storage.h"
#include "support/testdatabase.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

class TestHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_location; // a second connection opens the same (a server's path has no password)
    std::unique_ptr<Storage> m_storage;
    QList<Error> m_errors;

    qint64 idOf(const QString &title)
    {
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.title == title) {
                return talk.meta.id;
            }
        }
        return 0;
    }
    ChangeCommand::ErrorSink sink()
    {
        return [this](const Error &error) { m_errors << error; };
    }
    Result<void> move(QUndoStack &stack, const QString &title, const QDate &date)
    {
        auto plan = TalkOperations::move(*m_storage, {idOf(title)}, date);
        if (!plan) {
            return plan.error();
        }
        return History::run(stack, std::move(plan).value().change, sink());
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_location = Test::TestDatabase::fresh(m_dir, QStringLiteral("history%1").arg(++n));
        QVERIFY(!m_location.isEmpty());
        auto storage = Storage::open(m_location);
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
        m_errors.clear();
    }

    void aChangeThatWorkedIsOneStep()
    {
        QUndoStack stack;
        QVERIFY(move(stack, QStringLiteral("Modern Event Platform"), QDate(2020, 6, 10)));
        QCOMPARE(stack.count(), 1);
        QVERIFY(stack.undoText().contains(QStringLiteral("Modern Event Platform")));
        // pushing did not make it twice: the talk's sequence grew once
        const Talk moved = m_storage->talks().find(idOf(QStringLiteral("Modern Event Platform"))).value();
        QCOMPARE(moved.date, QDate(2020, 6, 10));
        stack.undo();
        QCOMPARE(m_storage->talks().find(moved.meta.id).value().date, QDate(2020, 6, 24));
        stack.redo();
        QCOMPARE(m_storage->talks().find(moved.meta.id).value().date, QDate(2020, 6, 10));
        QVERIFY(m_errors.isEmpty());
    }

    void aChangeThatFailedIsNotInTheHistory()
    {
        QUndoStack stack;
        Talk talk = m_storage->talks().find(idOf(QStringLiteral("Modern Event Platform"))).value();
        talk.meta.version += 7; // read "later" than the database: the write is refused
        auto plan = TalkOperations::edit(*m_storage, talk);
        QVERIFY(!plan);
        QCOMPARE(plan.error().kind, Error::Kind::Conflict);
        QCOMPARE(stack.count(), 0);
    }

    void aRefusedUndoLeavesTheHistoryAndKeepsTheStepsBelow()
    {
        QUndoStack stack;
        QVERIFY(move(stack, QStringLiteral("API portal and gateway project"), QDate(2020, 6, 12)));
        QVERIFY(move(stack, QStringLiteral("Modern Event Platform"), QDate(2020, 6, 10)));
        QCOMPARE(stack.count(), 2);
        auto other = Storage::open(m_location, Database::OpenMode::MustExist);
        QVERIFY(other);
        other.value()->database().setOrigin({QStringLiteral("cli"), QStringLiteral("Bo")});
        Talk talk = other.value()->talks().find(idOf(QStringLiteral("Modern Event Platform"))).value();
        talk.notes = QStringLiteral("theirs");
        QVERIFY(other.value()->talks().update(talk));

        stack.undo(); // refused: Bo changed that talk since
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(m_errors.constFirst().kind, Error::Kind::Conflict);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.index(), 1);
        QCOMPARE(m_storage->talks().find(talk.meta.id).value().notes, QStringLiteral("theirs"));
        // the step below is still there, and undoes
        QVERIFY(stack.canUndo());
        stack.undo();
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(m_storage->talks().find(idOf(QStringLiteral("API portal and gateway project"))).value().date, QDate(2020, 6, 5));
    }

    // With someone to ask: the question names who changed what; "keep theirs" refuses the
    // undo as before, "undo anyway" puts the talk back as it was before the step.
    void anUndoOverAnothersChangeAsksFirst_data()
    {
        QTest::addColumn<bool>("overwrite");
        QTest::newRow("keep theirs") << false;
        QTest::newRow("undo anyway") << true;
    }

    void anUndoOverAnothersChangeAsksFirst()
    {
        QFETCH(bool, overwrite);
        struct Answer : OverwriteQuestion
        {
            bool answer = false;
            QStringList asked;
            bool overwrite(const QString &changed, const QString &step, bool undo) override
            {
                asked << changed << step << (undo ? QStringLiteral("undo") : QStringLiteral("redo"));
                return answer;
            }
        } question;
        question.answer = overwrite;
        QUndoStack stack;
        History::setOverwriteQuestion(stack, &question);
        QVERIFY(move(stack, QStringLiteral("Modern Event Platform"), QDate(2020, 6, 10)));
        auto other = Storage::open(m_location, Database::OpenMode::MustExist);
        QVERIFY(other);
        other.value()->database().setOrigin({QStringLiteral("gui"), QStringLiteral("Bo Svensson")});
        const qint64 id = idOf(QStringLiteral("Modern Event Platform"));
        Talk talk = other.value()->talks().find(id).value();
        talk.title = QStringLiteral("Modern Event Platform, one year on");
        QVERIFY(other.value()->talks().update(talk));

        stack.undo();
        QCOMPARE(question.asked.size(), 3);
        QVERIFY2(question.asked.at(0).contains(QStringLiteral("Bo Svensson")), qPrintable(question.asked.at(0)));
        QVERIFY2(question.asked.at(0).contains(QStringLiteral("title “Modern Event Platform, one year on”")), qPrintable(question.asked.at(0)));
        // What Bo changed, not what the step itself did (the date is Ana's own move).
        QVERIFY2(!question.asked.at(0).contains(QStringLiteral("date")), qPrintable(question.asked.at(0)));
        QVERIFY2(question.asked.at(1).contains(QStringLiteral("Modern Event Platform")), qPrintable(question.asked.at(1)));
        QCOMPARE(question.asked.at(2), QStringLiteral("undo"));
        const Talk now = m_storage->talks().find(id).value();
        if (overwrite) {
            QVERIFY(m_errors.isEmpty());
            QCOMPARE(now.date, QDate(2020, 6, 24));
            QCOMPARE(now.title, QStringLiteral("Modern Event Platform"));
            QCOMPARE(stack.index(), 0);
            stack.redo(); // nobody changed it since the undo: no question
            QCOMPARE(question.asked.size(), 3);
            QCOMPARE(m_storage->talks().find(id).value().date, QDate(2020, 6, 10));
        } else {
            QCOMPARE(m_errors.size(), 1);
            QCOMPARE(now.date, QDate(2020, 6, 10));
            QCOMPARE(now.title, QStringLiteral("Modern Event Platform, one year on"));
            QCOMPARE(stack.count(), 0);
        }
    }

    // An edit of a talk another coordinator changed since it was opened is refused, saying
    // who and what they changed.
    void aStaleEditNamesWhoChangedWhat()
    {
        const qint64 id = idOf(QStringLiteral("Modern Event Platform"));
        Talk mine = m_storage->talks().find(id).value();
        auto other = Storage::open(m_location, Database::OpenMode::MustExist);
        QVERIFY(other);
        other.value()->database().setOrigin({QStringLiteral("gui"), QStringLiteral("Bo Svensson")});
        auto theirs = TalkOperations::move(*other.value(), {id}, QDate(2020, 6, 10));
        QVERIFY(theirs && theirs.value().change->apply());
        mine.title = QStringLiteral("Modern Event Platform (Ana's title)");
        auto plan = TalkOperations::edit(*m_storage, mine);
        QVERIFY(!plan);
        QCOMPARE(plan.error().kind, Error::Kind::Conflict);
        const QString message = plan.error().message;
        QVERIFY2(message.contains(QStringLiteral("Bo Svensson")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("date %1").arg(QLocale().toString(QDate(2020, 6, 10), QLocale::LongFormat))), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("title “Modern Event Platform”")), qPrintable(message));
        QCOMPARE(m_storage->talks().find(id).value().title, QStringLiteral("Modern Event Platform"));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
