// SPDX-License-Identifier: GPL-2.0-or-later
#include "itemmodels/inboxmodel.h"
#include "itemmodels/talkmime.h"
#include "proposals/triage.h"
#include "storage/storage.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// The inbox's table: pages read as the view scrolls, search and status filters, SQL sorting,
// and rows that follow decisions made anywhere, under QAbstractItemModelTester.
class TestInboxModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<InboxModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<qint64> m_ids; // oldest first

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("inbox%1.sqlite").arg(++n)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        auto series = m_storage->ensureSeries(QStringLiteral("Tech Talks"));
        QVERIFY(series);
        Transaction transaction(m_storage->database());
        m_ids.clear();
        for (int i = 0; i < 250; ++i) {
            Proposal p;
            p.seriesId = series.value().meta.id;
            p.title = i % 10 == 0 ? QStringLiteral("Pipeline talk %1").arg(i) : QStringLiteral("Other idea %1").arg(i);
            p.text = i % 25 == 0 ? QStringLiteral("Wikidata and données") : QStringLiteral("Something");
            p.proposer = QStringLiteral("Proposer %1").arg(i % 7);
            p.received = QDateTime(QDate(2019, 1, 1), QTime(12, 0), Qt::UTC).addDays(i);
            auto id = m_storage->proposals().add(p);
            QVERIFY(id);
            m_ids << id.value();
        }
        QVERIFY(transaction.commit());
        m_model = std::make_unique<InboxModel>(m_storage->proposals());
        // Every row in one page: Qt 6's tester fetches more from inside its modelReset
        // handler, while it still counts the reset as in flight. Paging has its own test.
        m_model->setPageSize(1000);
        m_model->reload();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_storage.reset();
    }

    void pagesNewestFirst()
    {
        // A model without the tester, whose own checks fetch every page.
        InboxModel model(m_storage->proposals());
        model.setPageSize(100);
        model.reload();
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QCOMPARE(model.idAt(0), m_ids.constLast());
        QCOMPARE(model.index(0, InboxModel::TitleColumn).data().toString(), QStringLiteral("Other idea 249"));
        model.fetchMore(QModelIndex());
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.idAt(249), m_ids.constFirst());
    }

    void searchAndStatus()
    {
        m_model->setSearch(QStringLiteral("pip"));
        QCOMPARE(m_model->rowCount(), 25);
        m_model->setSearch(QStringLiteral("donnees wiki")); // accents and case ignored, prefixes count
        QCOMPARE(m_model->rowCount(), 10);
        m_model->setSearch(QStringLiteral("\"unbalanced AND (")); // typed text is never FTS syntax
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setSearch(QString());
        QVERIFY(Triage::decide(*m_storage, {m_ids.at(3), m_ids.at(4)}, ProposalStatus::Shortlisted));
        m_model->setStatuses({ProposalStatus::Shortlisted});
        QCOMPARE(m_model->rowCount(), 2);
        m_model->setStatuses({ProposalStatus::Accepted, ProposalStatus::Declined});
        QCOMPARE(m_model->rowCount(), 0);
    }

    void sortsInSql()
    {
        m_model->sort(InboxModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(m_model->index(0, InboxModel::TitleColumn).data().toString(), QStringLiteral("Other idea 1"));
        m_model->sort(InboxModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(m_model->index(0, InboxModel::TitleColumn).data().toString(), QStringLiteral("Pipeline talk 90"));
        QVERIFY(Triage::review(*m_storage, {{}, m_ids.at(0), QStringLiteral("Ana"), 5, QString(), {}}));
        m_model->sort(InboxModel::ScoreColumn, Qt::DescendingOrder);
        QCOMPARE(m_model->idAt(0), m_ids.at(0));
        QCOMPARE(m_model->index(0, InboxModel::ScoreColumn).data().toString(), QLocale().toString(5.0, 'f', 1));
    }

    void decisionsMoveRows()
    {
        m_model->setStatuses({ProposalStatus::New});
        const qint64 second = m_model->idAt(1);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(Triage::decide(*m_storage, {second}, ProposalStatus::Declined));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(reset.size(), 0); // the view keeps its place
        QCOMPARE(m_model->rowOf(second), -1);

        // A new proposal arriving (a sync, an import) is inserted, not a reset either.
        Proposal newest;
        newest.seriesId = m_storage->series().current().value().meta.id;
        newest.title = QStringLiteral("Just in");
        newest.received = QDateTime::currentDateTimeUtc();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(m_storage->proposals().add(newest));
        QTRY_COMPARE(inserted.size(), 1);
        QCOMPARE(m_model->index(0, InboxModel::TitleColumn).data().toString(), QStringLiteral("Just in"));
        QCOMPARE(reset.size(), 0);
    }

    void changedUpstreamShows()
    {
        Proposal p = m_storage->proposals().find(m_ids.constLast()).value();
        p.changedUpstream = true;
        p.upstreamClosed = true;
        QVERIFY(m_storage->proposals().update(p));
        QTRY_VERIFY(m_model->index(0, InboxModel::StatusColumn).data().toString().contains(QStringLiteral("changed upstream")));
        QVERIFY(m_model->index(0, InboxModel::StatusColumn).data().toString().contains(QStringLiteral("closed upstream")));
        QVERIFY(m_model->index(0, 0).data(InboxModel::ChangedUpstreamRole).toBool());
        QVERIFY(m_model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    }

    void dragsProposalIds()
    {
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(0, 0), m_model->index(0, 2), m_model->index(3, 0)}));
        QVERIFY(data);
        QCOMPARE(TalkMime::decode(data.get(), TalkMime::proposalIdsType()), (QList<qint64>{m_model->idAt(0), m_model->idAt(3)}));
        QVERIFY(data->text().contains(QStringLiteral("Other idea 249")));
    }
};

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
