// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "itemmodels/agendamodel.h"
#include "storage/storage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Lectern;

class TestAgendaModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<AgendaModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList titles() const
    {
        QStringList list;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            list << m_model->index(row, AgendaModel::TitleColumn).data().toString();
        }
        return list;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("agenda%1.sqlite").arg(++n)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
        m_model = std::make_unique<AgendaModel>(m_storage->talks());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_storage.reset();
    }

    void showsTheScheduleInOrder()
    {
        QCOMPARE(m_model->rowCount(), 16);
        QCOMPARE(m_model->columnCount(), int(AgendaModel::ColumnCount));
        QCOMPARE(titles().first(), QStringLiteral("The long and winding road to making Parsoid the default MediaWiki parser"));
        QCOMPARE(titles().last(), QStringLiteral("Modern Event Platform"));
        const int tba = titles().indexOf(QStringLiteral("ResourceLoader tips and tricks"));
        QCOMPARE(m_model->index(tba, AgendaModel::TimeColumn).data().toString(), QStringLiteral("Time TBA"));
        QCOMPARE(m_model->index(0, AgendaModel::TimeColumn).data().toString(), QStringLiteral("19:00 UTC"));
        QCOMPARE(m_model->index(0, AgendaModel::EpisodeColumn).data().toString(), QStringLiteral("S1 E1"));
        const int interview = titles().indexOf(QStringLiteral("Data and Decision Science at Wikimedia"));
        QCOMPARE(m_model->index(interview, AgendaModel::SpeakersColumn).data().toString(), QStringLiteral("Kate Zimmerman, Sarah Rodlund (host)"));
        QCOMPARE(m_model->index(0, AgendaModel::StatusColumn).data().toString(), QStringLiteral("Held"));
    }

    void followsAddsMovesAndRemovals()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

        Talk talk;
        talk.seriesId = m_storage->series().current().value().meta.id;
        talk.title = QStringLiteral("Inserted in September");
        talk.date = QDate(2019, 9, 11);
        talk.startUtc = QTime(18, 0);
        auto id = m_storage->talks().add(talk);
        QVERIFY(id);
        QCOMPARE(m_model->rowCount(), 17);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(titles().indexOf(QStringLiteral("Inserted in September")), titles().indexOf(QStringLiteral("Documenting Wikimedia technical projects")) + 1);

        // Moving it to 2021 moves the row to the end; nothing resets.
        Talk moved = m_storage->talks().find(id.value()).value();
        moved.date = QDate(2021, 1, 6);
        QVERIFY(m_storage->talks().update(moved));
        QCOMPARE(titles().last(), QStringLiteral("Inserted in September"));
        QCOMPARE(m_model->rowCount(), 17);

        // An edit that keeps the date changes the row in place.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        moved = m_storage->talks().find(id.value()).value();
        moved.title = QStringLiteral("Renamed");
        QVERIFY(m_storage->talks().update(moved));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(titles().last(), QStringLiteral("Renamed"));

        QVERIFY(m_storage->talks().remove(id.value()));
        QCOMPARE(m_model->rowCount(), 16);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowOf(id.value()), -1);
    }

    void sortValuesOrderDatesChronologically()
    {
        // Display strings are locale-formatted; the sort role must still order by date.
        qint64 previous = std::numeric_limits<qint64>::min();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const qint64 key = m_model->index(row, AgendaModel::DateColumn).data(AgendaModel::SortRole).toLongLong();
            QVERIFY2(previous < key, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = key;
        }
    }

    // The announcement log shows in the title's tooltip, and follows a new announcement.
    void theTitleSaysWhenTheTalkWasAnnounced()
    {
        m_model->setAnnouncements(&m_storage->announcements());
        int row = -1;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->talkAt(r).title == QLatin1String("Modern Event Platform")) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        const QModelIndex title = m_model->index(row, AgendaModel::TitleColumn);
        QCOMPARE(title.data(Qt::ToolTipRole).toString(), QStringLiteral("Modern Event Platform"));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Announcement announcement;
        announcement.talkId = m_model->talkAt(row).meta.id;
        announcement.templateName = QStringLiteral("announcement");
        announcement.at = QDateTime(QDate(2020, 6, 18), QTime(9, 0), Qt::UTC);
        QVERIFY(m_storage->announcements().add(announcement));
        QCOMPARE(changed.count(), 1);
        QVERIFY2(title.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Announced")), qPrintable(title.data(Qt::ToolTipRole).toString()));
    }
};

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
