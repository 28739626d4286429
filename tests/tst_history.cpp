// SPDX-License-Identifier: GPL-2.0-or-later
// The undo history without a window: Changes on a QUndoStack through History::run.
#include "demo/sampleseries.h"
#include "history.h"
#include "operations/talkoperations.h"
#include "storage/storage.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

class TestHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
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
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("history%1.sqlite").arg(++n)));
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
        auto other = Storage::open(m_storage->database().path(), Database::OpenMode::MustExist);
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
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
