// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/monthmodel.h"
#include "itemmodels/talkmime.h"
#include "storage/storage.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestMonthModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<MonthModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<std::pair<QList<qint64>, QDate>> m_drops;

    qint64 idOf(const QString &title) const
    {
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.title == title) {
                return talk.meta.id;
            }
        }
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("month%1.sqlite").arg(++n)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
        m_model = std::make_unique<MonthModel>(m_storage->talks());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setFirstDayOfWeek(Qt::Monday);
        m_model->setMonth(2019, 9);
        m_drops.clear();
        m_model->addDropSource(TalkMime::talkIdsType(), [this](const QList<qint64> &ids, const QDate &date) {
            m_drops.append({ids, date});
            return true;
        });
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_storage.reset();
    }

    void showsTheMonthsTalks()
    {
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->columnCount(), 7);
        const QModelIndex fourth = m_model->indexOf(QDate(2019, 9, 4));
        QCOMPARE(fourth, m_model->index(1, 2));
        QCOMPARE(fourth.data(MonthModel::TalkCountRole).toInt(), 1);
        QCOMPARE(m_model->talksOn(QDate(2019, 9, 4)).constFirst().title, QStringLiteral("Documenting Wikimedia technical projects"));
        QCOMPARE(m_model->talksOn(QDate(2019, 9, 25)).size(), 1);
        QCOMPARE(fourth.data(Qt::DisplayRole).toInt(), 4);
        QVERIFY(fourth.data(MonthModel::InMonthRole).toBool());
        QVERIFY(!m_model->index(0, 0).data(MonthModel::InMonthRole).toBool()); // 26 August
        QVERIFY2(fourth.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("18:00 UTC: Documenting Wikimedia technical projects")),
                 qPrintable(fourth.data(Qt::AccessibleTextRole).toString()));
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QLocale().dayName(1, QLocale::ShortFormat));
        QCOMPARE(m_model->headerData(1, Qt::Vertical).toInt(), QDate(2019, 9, 2).weekNumber());
    }

    void usualWeekdayAndToday()
    {
        m_model->setUsualWeekday(3);
        m_model->setToday(QDate(2019, 9, 11));
        QVERIFY(m_model->indexOf(QDate(2019, 9, 11)).data(MonthModel::UsualWeekdayRole).toBool());
        QVERIFY(m_model->indexOf(QDate(2019, 9, 11)).data(MonthModel::TodayRole).toBool());
        QVERIFY(!m_model->indexOf(QDate(2019, 9, 12)).data(MonthModel::UsualWeekdayRole).toBool());
        QVERIFY(m_model->headerData(2, Qt::Horizontal, MonthModel::UsualWeekdayRole).toBool());
    }

    void aTimeToBeAnnouncedComesLastInItsDay()
    {
        m_model->setMonth(2019, 10);
        Talk early;
        early.seriesId = m_storage->series().current().value().meta.id;
        early.title = QStringLiteral("Morning talk");
        early.date = QDate(2019, 10, 23);
        early.startUtc = QTime(9, 0);
        QVERIFY(m_storage->talks().add(early));
        const QList<Talk> day = m_model->talksOn(QDate(2019, 10, 23));
        QCOMPARE(day.size(), 2);
        QCOMPARE(day.at(0).title, QStringLiteral("Morning talk"));
        QCOMPARE(day.at(1).title, QStringLiteral("ResourceLoader tips and tricks"));
    }

    void followsTheRepository()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Talk talk = m_storage->talks().find(idOf(QStringLiteral("How to compare text across multiple languages"))).value();
        talk.date = QDate(2019, 9, 11);
        QVERIFY(m_storage->talks().update(talk));
        QVERIFY(changed.count() > 0);
        QCOMPARE(m_model->talksOn(QDate(2019, 9, 25)).size(), 0);
        QCOMPARE(m_model->talksOn(QDate(2019, 9, 11)).size(), 1);
    }

    void monthsChange()
    {
        QSignalSpy month(m_model.get(), &MonthModel::monthChanged);
        m_model->setMonth(2020, 2);
        QCOMPARE(month.count(), 1);
        QCOMPARE(m_model->grid().firstVisibleDate(), QDate(2020, 1, 27));
        QCOMPARE(m_model->talksOn(QDate(2020, 2, 26)).size(), 1);
        QCOMPARE(m_model->talksOn(QDate(2019, 9, 4)).size(), 0); // not loaded: not visible
        m_model->setFirstDayOfWeek(Qt::Sunday);
        QCOMPARE(m_model->grid().firstVisibleDate(), QDate(2020, 1, 26));
        QCOMPARE(m_model->dateOf(m_model->index(0, 0)), QDate(2020, 1, 26));
    }

    // Drag-and-drop at the model level: the agenda's mimeData, dropped on a day of the month.
    void dropFromTheAgenda()
    {
        AgendaModel agenda(m_storage->talks());
        const int row = agenda.rowOf(idOf(QStringLiteral("Modern Event Platform")));
        std::unique_ptr<QMimeData> data(agenda.mimeData({agenda.index(row, AgendaModel::TitleColumn), agenda.index(row, AgendaModel::DateColumn)}));
        QVERIFY(data);
        QVERIFY(data->hasFormat(TalkMime::talkIdsType()));
        QCOMPARE(data->text(), QStringLiteral("Modern Event Platform"));
        QVERIFY(agenda.flags(agenda.index(row, 0)) & Qt::ItemIsDragEnabled);

        const QModelIndex target = m_model->indexOf(QDate(2019, 9, 18));
        QVERIFY(m_model->flags(target) & Qt::ItemIsDropEnabled);
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
        QCOMPARE(m_drops.size(), 1);
        QCOMPARE(m_drops.first().first, QList<qint64>{idOf(QStringLiteral("Modern Event Platform"))});
        QCOMPARE(m_drops.first().second, QDate(2019, 9, 18));

        // Also by row and column, as a view without a parent index would call it.
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QCOMPARE(m_drops.last().second, QDate(2019, 8, 26));
    }

    void refusesWhatItDoesNotKnow()
    {
        QMimeData text;
        text.setText(QStringLiteral("just text"));
        QVERIFY(!m_model->canDropMimeData(&text, Qt::MoveAction, -1, -1, m_model->index(1, 1)));
        QVERIFY(!m_model->dropMimeData(&text, Qt::MoveAction, -1, -1, m_model->index(1, 1)));
        std::unique_ptr<QMimeData> proposals(TalkMime::encode(TalkMime::proposalIdsType(), {1}));
        QVERIFY(!m_model->canDropMimeData(proposals.get(), Qt::MoveAction, -1, -1, m_model->index(1, 1)));
        // A second source is one registration away.
        m_model->addDropSource(TalkMime::proposalIdsType(), [this](const QList<qint64> &ids, const QDate &date) {
            m_drops.append({ids, date});
            return true;
        });
        QVERIFY(m_model->mimeTypes().contains(TalkMime::proposalIdsType()));
        QVERIFY(m_model->dropMimeData(proposals.get(), Qt::MoveAction, -1, -1, m_model->index(1, 1)));
        QCOMPARE(m_drops.last().first, QList<qint64>{1});
        QVERIFY(m_drops.size() == 1);
        // Garbage under the right type decodes to nothing and changes nothing.
        QMimeData garbage;
        garbage.setData(TalkMime::talkIdsType(), QByteArray("\\xff\\x00garbage"));
        QVERIFY(!m_model->dropMimeData(&garbage, Qt::MoveAction, -1, -1, m_model->index(1, 1)));
        QVERIFY(!m_model->dropMimeData(proposals.get(), Qt::MoveAction, -1, -1, m_model->index(9, 9)));
    }

    void unscheduledAgendaFollowsDates()
    {
        AgendaModel unscheduled(m_storage->talks(), AgendaModel::Scope::Unscheduled);
        QAbstractItemModelTester tester(&unscheduled, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(unscheduled.rowCount(), 0);
        Talk idea;
        idea.seriesId = m_storage->series().current().value().meta.id;
        idea.title = QStringLiteral("Someday: Wikidata");
        auto id = m_storage->talks().add(idea);
        QVERIFY(id);
        QCOMPARE(unscheduled.rowCount(), 1);
        Talk dated = m_storage->talks().find(id.value()).value();
        dated.date = QDate(2020, 1, 15);
        QVERIFY(m_storage->talks().update(dated));
        QCOMPARE(unscheduled.rowCount(), 0);
    }

    void aDaysTooltipSaysWhenItsTalkWasAnnounced()
    {
        m_model->setAnnouncements(&m_storage->announcements());
        const QDate day(2019, 9, 25);
        QVERIFY(!m_model->indexOf(day).data(Qt::ToolTipRole).toString().contains(QStringLiteral("announced")));
        Announcement announcement;
        announcement.talkId = m_model->talksOn(day).constFirst().meta.id;
        announcement.templateName = QStringLiteral("announcement");
        announcement.at = QDateTime(QDate(2019, 9, 18), QTime(9, 0), Qt::UTC);
        QVERIFY(m_storage->announcements().add(announcement));
        QVERIFY2(m_model->indexOf(day).data(Qt::ToolTipRole).toString().contains(QStringLiteral("announced")),
                 qPrintable(m_model->indexOf(day).data(Qt::ToolTipRole).toString()));
    }
};

QTEST_GUILESS_MAIN(TestMonthModel)
#include "tst_monthmodel.moc"
