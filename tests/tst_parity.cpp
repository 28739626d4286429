// SPDX-License-Identifier: GPL-2.0-or-later
// The CLI and the GUI make the same changes: each case starts from two copies of one
// database, makes the change through lectern-cli on one and through the GUI's scheduler on
// the other, and compares what was written, row by row.
#include "clirun.h"
#include "demo/sampleseries.h"
#include "export/exportbuilder.h"
#include "fakeconfirmation.h"
#include "operations/talkoperations.h"
#include "schedule/talkscheduler.h"
#include "storage/storage.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace Lectern;
using CliRun::args;

namespace {
// Every row of the tables a schedule change touches, without what is meant to differ
// between two writes (stamps, a new talk's random UID).
QStringList dump(const QString &path)
{
    QStringList rows;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            return {QStringLiteral("cannot open %1").arg(path)};
        }
        const QStringList queries{
                QStringLiteral("SELECT * FROM talks ORDER BY id"),
                QStringLiteral("SELECT talk_id, speaker_id, role, position FROM talk_speakers ORDER BY talk_id, position"),
                QStringLiteral("SELECT * FROM proposals ORDER BY id"),
                QStringLiteral("SELECT id, name, version FROM speakers ORDER BY id"),
                QStringLiteral("SELECT entity, entity_id, version, change_kind FROM change_log ORDER BY seq"),
        };
        for (const QString &sql : queries) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                rows << QStringLiteral("failed: %1").arg(sql);
                continue;
            }
            while (q.next()) {
                QStringList values;
                const QSqlRecord record = q.record();
                for (int i = 0; i < record.count(); ++i) {
                    const QString field = record.fieldName(i);
                    if (field == QLatin1String("created_at") || field == QLatin1String("modified_at") || field == QLatin1String("ical_uid")) {
                        continue;
                    }
                    values << QStringLiteral("%1=%2").arg(field, q.value(i).toString());
                }
                rows << values.join(QLatin1Char(' '));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}
} // namespace

class TestParity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_cliFile;
    QString m_guiFile;
    std::unique_ptr<Storage> m_gui;
    std::unique_ptr<QUndoStack> m_stack;
    FakeConfirmation m_confirmation;
    std::unique_ptr<TalkScheduler> m_scheduler;

    qint64 idOf(const QString &title) const
    {
        for (const Talk &talk : m_gui->talks().all().value()) {
            if (talk.title == title) {
                return talk.meta.id;
            }
        }
        return 0;
    }

    CliRun::Run cli(const QStringList &arguments) { return CliRun::run(arguments, m_cliFile); }

    void compare()
    {
        m_scheduler.reset();
        m_stack.reset();
        m_gui.reset();
        const QStringList gui = dump(m_guiFile);
        const QStringList cli = dump(m_cliFile);
        QVERIFY2(gui.size() > 100, qPrintable(gui.join(QLatin1Char('\n')))); // the sample series' rows, and the change's
        QCOMPARE(gui.size(), cli.size());
        for (int i = 0; i < gui.size(); ++i) {
            QCOMPARE(gui.at(i), cli.at(i));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QProcess::ExitStatus>();
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        auto storage = Storage::open(m_template);
        QVERIFY(storage);
        QVERIFY(SampleSeries::load(*storage.value()));
        // The parts of a series the defaults and the announcement use.
        Series series = storage.value()->series().current().value();
        series.defaultStartUtc = QTime(18, 0);
        series.streamUrl = QStringLiteral("https://stream.example.org/techtalks");
        QVERIFY(storage.value()->series().update(series));
        QVERIFY(storage.value()->settings().setValue(SettingsRepository::worldTimeZonesKey, QStringLiteral("America/Los_Angeles, Asia/Kolkata")));
        // A postponed talk and an accepted proposal to work with.
        for (const Talk &talk : storage.value()->talks().all().value()) {
            if (talk.title == QLatin1String("Modern Event Platform")) {
                Talk postponed = talk;
                postponed.status = TalkStatus::Postponed;
                QVERIFY(storage.value()->talks().update(postponed));
            }
        }
        const QList<Proposal> fresh = storage.value()->proposals().all(ProposalStatus::New).value();
        QVERIFY(!fresh.isEmpty());
        auto decision = storage.value()->proposals().decision(fresh.constFirst().meta.id).value();
        decision.status = ProposalStatus::Accepted;
        QVERIFY(storage.value()->proposals().setDecision(fresh.constFirst().meta.id, decision));
        QVERIFY(storage.value()->database().saveCopy(m_dir.filePath(QStringLiteral("template-copy.sqlite"))));
        m_template = m_dir.filePath(QStringLiteral("template-copy.sqlite"));
    }

    void init()
    {
        static int n = 0;
        ++n;
        m_cliFile = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(n));
        m_guiFile = m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(n));
        QVERIFY(QFile::copy(m_template, m_cliFile));
        QVERIFY(QFile::copy(m_template, m_guiFile));
        auto storage = Storage::open(m_guiFile, Database::OpenMode::MustExist);
        QVERIFY(storage);
        m_gui = std::move(storage).value();
        m_stack = std::make_unique<QUndoStack>();
        m_confirmation.answer = true; // as --force
        m_scheduler = std::make_unique<TalkScheduler>(*m_gui, *m_stack, m_confirmation);
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_stack.reset();
        m_gui.reset();
    }

    void aMovedPostponedTalk()
    {
        const qint64 id = idOf(QStringLiteral("Modern Event Platform"));
        QVERIFY(m_scheduler->moveTalk(id, QDate(2020, 7, 29)));
        const auto run = cli(args(QStringLiteral("talks|move|%1|--to|2020-07-29|--force").arg(id)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_gui->talks().find(id).value().status, TalkStatus::Tentative);
        compare();
    }

    void aNewTalksDefaults()
    {
        // as File → New Talk does: the series' defaults, then the editor's fields
        Talk talk = TalkOperations::newTalk(*m_gui, QDate(2020, 7, 29)).value();
        talk.title = QStringLiteral("Fresh talk");
        talk.speakers.append({0, QStringLiteral("Nia Newcomer"), SpeakerRole::Speaker});
        QVERIFY(m_scheduler->createTalk(talk));
        const auto run = cli(args(QStringLiteral("talks|add|--title|Fresh talk|--date|2020-07-29|--speaker|Nia Newcomer|--force")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Talk made = m_gui->talks().find(idOf(QStringLiteral("Fresh talk"))).value();
        QCOMPARE(made.startUtc, QTime(18, 0));
        QCOMPARE(made.streamUrl, QStringLiteral("https://stream.example.org/techtalks"));
        QVERIFY(made.episode.has_value());
        compare();
    }

    void aScheduledProposal()
    {
        const qint64 proposal = m_gui->proposals().all(ProposalStatus::Accepted).value().constFirst().meta.id;
        QVERIFY(m_scheduler->scheduleProposal(proposal, QDate(2020, 7, 29)));
        const auto run = cli(args(QStringLiteral("proposals|schedule|%1|--date|2020-07-29|--force").arg(proposal)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        compare();
    }

    void anEditAndACancellation()
    {
        const qint64 id = idOf(QStringLiteral("API portal and gateway project"));
        Talk edited = m_gui->talks().find(id).value();
        edited.title = QStringLiteral("API portal, revisited");
        edited.startUtc = QTime(17, 30);
        QVERIFY(m_scheduler->saveTalk(edited));
        QVERIFY(m_scheduler->cancelTalk(id));
        auto run = cli(args(QStringLiteral("talks|edit|%1|--title|API portal, revisited|--time|17:30|--force").arg(id)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli(args(QStringLiteral("talks|cancel|%1").arg(id)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        compare();
    }

    void theAnnouncementWithWorldTimes()
    {
        // The export panel's announcement (ExportBuilder) and the CLI's are the same text.
        const qint64 id = idOf(QStringLiteral("API portal and gateway project"));
        ExportBuilder::Selection selection;
        selection.kind = ExportBuilder::Selection::Kind::Talks;
        selection.talkIds = {id};
        auto panel = ExportBuilder::build(*m_gui, selection, ExportBuilder::Format::Announcement, {});
        QVERIFY(panel);
        const auto run = cli(args(QStringLiteral("export|email|--talk|%1|--json").arg(id)));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json().object();
        QCOMPARE(json.value(QLatin1String("subject")).toString(), panel.value().subject);
        QCOMPARE(json.value(QLatin1String("body")).toString(), panel.value().body);
        // the series' world times are in both (Los Angeles is UTC-7 in June)
        QVERIFY2(panel.value().body.contains(QStringLiteral("Los Angeles")), qPrintable(panel.value().body));
    }
};

QTEST_MAIN(TestParity)
#include "tst_parity.moc"
