// SPDX-License-Identifier: GPL-2.0-or-later
// In-process benchmarks of Lectern's models on a database made by `lectern-cli generate`.
#include "benchstats.h"
#include "caldav/caldavpublisher.h"
#include "changefeedbench.h"
#include "serverbench.h"

#include "export/announcementrenderer.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/inboxmodel.h"
#include "itemmodels/monthmodel.h"
#include "itemmodels/speakerdirectorymodel.h"
#include "itemmodels/talkmime.h"
#include "mail/mailcomposer.h"
#include "schedule/scheduleconfirmation.h"
#include "schedule/slots.h"
#include "schedule/talkscheduler.h"
#include "speakers/duplicatefinder.h"
#include "storage/storage.h"
#include "support/fakephabricator.h"
#include "sync/phabricatorsync.h"

#include <QEventLoop>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUndoStack>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "export/icalendarexport.h"
#include "import/icalendarimport.h"
#include "operations/talkoperations.h"
#include "platform/librarymessages.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

using namespace Lectern;

namespace {
// What a coordinator types, one keystroke at a time.
const QStringList typed = {QStringLiteral("Laxström"), QStringLiteral("Software"), QStringLiteral("speaker42")};

// KCalendarCore alone writing the same events: the floor for iCalendar export. The events
// are made beforehand (by the export's own toEvent()); what is timed is KCalendarCore
// putting them in a calendar and writing it.
QByteArray writeWithKCalendarCore(const KCalendarCore::Event::List &events)
{
    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
    for (const KCalendarCore::Event::Ptr &event : events) {
        calendar->addEvent(KCalendarCore::Event::Ptr(event->clone()));
    }
    KCalendarCore::ICalFormat format;
    return format.toString(calendar).toUtf8();
}
} // namespace

// KCalendarCore alone reading a file: the floor for importing it.
int readWithKCalendarCore(const QByteArray &data)
{
    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
    KCalendarCore::ICalFormat format;
    const LibraryMessages quiet;
    return format.fromRawString(calendar, data) ? int(calendar->rawEvents().size()) : -1;
}

// --read-ics FILE [--floor]: reads one file once and prints the peak memory (VmHWM), so that
// bench/run compares Lectern's import with KCalendarCore alone in processes of their own.
int readIcsOnce(const QString &path, bool floorOnly)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return 2;
    }
    const QByteArray data = file.readAll();
    const int events = floorOnly ? readWithKCalendarCore(data) : int(ICalendarImport::read(data).value().candidates.size());
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                std::printf("%s\n", line.constData());
            }
        }
    }
    std::printf("events: %d\n", events);
    return events > 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
            {{QStringLiteral("database"), QStringLiteral("Database made by lectern-cli generate."), QStringLiteral("PATH")},
             {QStringLiteral("dataset"), QStringLiteral("Name of the dataset, for the report."), QStringLiteral("NAME")},
             {QStringLiteral("runs"), QStringLiteral("Timed runs per benchmark (default 15)."), QStringLiteral("N")},
             {QStringLiteral("read-ics"), QStringLiteral("Only read this .ics once and print the peak memory."), QStringLiteral("FILE")},
             {QStringLiteral("floor"), QStringLiteral("With --read-ics: KCalendarCore alone.")},
             {QStringLiteral("write-ics"), QStringLiteral("Write the database's talks as one .ics file and stop."), QStringLiteral("FILE")},
             {QStringLiteral("feed-writer"), QStringLiteral("Be the other process of the change-feed benchmark, writing to PATH."), QStringLiteral("PATH")},
             {QStringLiteral("talk"), QStringLiteral("With --feed-writer: the talk to edit."), QStringLiteral("ID")},
             {QStringLiteral("writes"), QStringLiteral("With --feed-writer: how many edits."), QStringLiteral("N")},
             {QStringLiteral("idle-seconds"), QStringLiteral("How long the change feed idles (default 60)."), QStringLiteral("S")},
             {QStringLiteral("shared-schedule"),
              QStringLiteral("Only the shared schedule's figures: the dataset on SQLite and on a PostgreSQL server of its own.")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("feed-writer"))) {
        // 317 ms apart: no multiple of the window's 250 ms, so commits meet every phase of it.
        return ChangeFeedBench::runWriter(parser.value(QStringLiteral("feed-writer")),
                                          parser.value(QStringLiteral("talk")).toLongLong(),
                                          parser.value(QStringLiteral("writes")).toInt(),
                                          317);
    }
    if (parser.isSet(QStringLiteral("read-ics"))) {
        return readIcsOnce(parser.value(QStringLiteral("read-ics")), parser.isSet(QStringLiteral("floor")));
    }
    const int runs = qMax(3, parser.value(QStringLiteral("runs")).isEmpty() ? 15 : parser.value(QStringLiteral("runs")).toInt());
    auto opened = Storage::open(parser.value(QStringLiteral("database")), Database::OpenMode::MustExist);
    if (!opened) {
        std::fprintf(stderr, "lectern-bench: %s\n", qPrintable(opened.error().message));
        return 4;
    }
    Storage &storage = *opened.value();
    if (parser.isSet(QStringLiteral("write-ics"))) {
        QFile out(parser.value(QStringLiteral("write-ics")));
        const auto all = storage.talks().all();
        return all && out.open(QIODevice::WriteOnly) && out.write(ICalendarExport::write(storage.series().current().value(), all.value()).data) > 0 ? 0 : 4;
    }
    BenchRecorder recorder(parser.value(QStringLiteral("dataset")));
    if (parser.isSet(QStringLiteral("shared-schedule"))) {
        opened.value().reset(); // the copy is made from the file as it is
        ServerBench::measure(recorder, parser.value(QStringLiteral("database")), runs);
        return 0;
    }

    recorder.measure(QStringLiteral("open database"), runs, [&parser](int) {
        auto again = Storage::open(parser.value(QStringLiteral("database")), Database::OpenMode::MustExist);
        Q_ASSERT(again);
    });

    recorder.measure(QStringLiteral("agenda model, all talks"), runs, [&storage](int) {
        AgendaModel model(storage.talks());
        Q_ASSERT(model.rowCount() >= 0);
    });

    const QList<Talk> talks = storage.talks().all().value();
    qsizetype shownProposals = 0;

    // The month calendar's model for one month, cycling through the months that have talks:
    // what switching months costs.
    QVector<QDate> months;
    for (const Talk &talk : talks) {
        const QDate first(talk.date.year(), talk.date.month(), 1);
        if (talk.date.isValid() && (months.isEmpty() || months.last() != first)) {
            months.append(first);
        }
    }
    if (!months.isEmpty()) {
        MonthModel month(storage.talks());
        recorder.measure(QStringLiteral("month view model, one month"), qMax(runs, 50), [&](int i) {
            const QDate first = months.at((i * 7) % months.size());
            month.setMonth(first.year(), first.month());
            Q_ASSERT(month.rowCount() == MonthGrid::weeks);
        });
    }

    // Speaker search, one query per keystroke: the directory's lean query (name, affiliation,
    // title, emails, talk count, last and next talk).
    QVector<double> keystrokes;
    QJsonArray floorStatements;
    for (const QString &word : typed) {
        for (int length = 1; length <= word.size(); ++length) {
            const QString prefix = word.left(length);
            QElapsedTimer timer;
            timer.start();
            auto found = storage.speakers().directory(prefix, QDate(2026, 1, 1));
            keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
            Q_ASSERT(found);
            floorStatements.append(SpeakerRepository::directoryStatement(prefix, QDate(2026, 1, 1)));
        }
    }
    recorder.report(QStringLiteral("speaker search keystroke"), keystrokes, {{QStringLiteral("floor_sql"), floorStatements}});

    // The speaker directory as the GUI searches it: loaded once, filtered in memory per keystroke.
    {
        SpeakerDirectoryModel directory(storage.speakers());
        SpeakerSearchFilter filter;
        filter.setSourceModel(&directory);
        QVector<double> filtered;
        qint64 shown = 0;
        for (const QString &word : typed) {
            for (int length = 1; length <= word.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                filter.setText(word.left(length));
                shown += filter.rowCount(); // the proxy filters when asked; ask, as the view would
                filtered.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
        recorder.report(QStringLiteral("speaker directory filter keystroke"), filtered);
        std::fprintf(stderr, "  (%lld rows shown over all keystrokes)\n", static_cast<long long>(shown));
    }

    // The inbox: its first screen of lean lines, newest first (what opening it reads), and the
    // first screen of a search per keystroke through the full-text index.
    {
        constexpr int firstScreen = 100; // more lines than any window shows at once
        recorder.measure(QStringLiteral("inbox opens, first screen"), qMax(runs, 20), [&](int) {
            auto lines = storage.proposals().inbox({QString(), {}, ProposalRepository::InboxQuery::SortKey::Received, Qt::DescendingOrder, firstScreen});
            Q_ASSERT(lines);
            shownProposals = lines.value().size();
        });
        std::fprintf(stderr, "  (%lld lines on the first screen)\n", static_cast<long long>(shownProposals));
        const QStringList inboxTyped = {QStringLiteral("pipeline"), QStringLiteral("données"), QStringLiteral("wikidata search")};
        QVector<double> inboxKeystrokes;
        QJsonArray inboxFloor;
        for (const QString &words : inboxTyped) {
            for (int length = 1; length <= words.size(); ++length) {
                const QString prefix = words.left(length);
                if (prefix.endsWith(QLatin1Char(' '))) {
                    continue;
                }
                QElapsedTimer timer;
                timer.start();
                const ProposalRepository::InboxQuery query{prefix, {}, ProposalRepository::InboxQuery::SortKey::Received, Qt::DescendingOrder, firstScreen};
                auto found = storage.proposals().inbox(query);
                inboxKeystrokes.append(double(timer.nsecsElapsed()) / 1e6);
                Q_ASSERT(found);
                inboxFloor.append(ProposalRepository::inboxStatement(query));
            }
        }
        recorder.report(QStringLiteral("inbox search keystroke"), inboxKeystrokes, {{QStringLiteral("floor_sql"), inboxFloor}});
    }

    // The inbox's model as the page runs it per keystroke: the reset and its first page.
    {
        InboxModel model(storage.proposals());
        const QStringList inboxTyped = {QStringLiteral("pipeline"), QStringLiteral("données"), QStringLiteral("wikidata search")};
        QVector<double> modelKeystrokes;
        qsizetype rows = 0;
        for (const QString &words : inboxTyped) {
            for (int length = 1; length <= words.size(); ++length) {
                QElapsedTimer timer;
                timer.start();
                model.setSearch(words.left(length));
                modelKeystrokes.append(double(timer.nsecsElapsed()) / 1e6);
                rows += model.rowCount();
            }
            model.setSearch(QString());
        }
        recorder.report(QStringLiteral("inbox search keystroke (model)"), modelKeystrokes);
        std::fprintf(stderr, "  (%lld rows shown over all keystrokes)\n", static_cast<long long>(rows));
    }

    // A sync's own work on one page of 100 tasks: Conduit's JSON parsed, the proposals
    // written among the dataset's own tracker proposals (in a transaction rolled back, so the
    // dataset stays as it was).
    {
        Lectern::Test::FakePhabricator server;
        server.addTasks(9000001, 100, QDateTime::currentSecsSinceEpoch());
        const QByteArray body = server.firstSearchPage(100);
        const QHash<QString, QString> names = server.realNames();
        QNetworkAccessManager network;
        PhabricatorSync sync(storage, network, QUrl(server.baseUrl()), QStringLiteral("tech-talks"), server.token);
        int written = 0;
        recorder.measure(QStringLiteral("sync: parse and write one page of 100 tasks"), runs, [&](int) {
            Transaction outer(storage.database());
            auto page = Conduit::taskPage(body);
            auto report = sync.write(page.value().tasks, names);
            written = report ? report.value().added + report.value().updated : -1;
            // `outer` is not committed: it rolls back as it goes.
        });
        std::fprintf(stderr, "  (%d proposals written per run, %lld bytes of JSON)\n", written, static_cast<long long>(body.size()));
    }

    // A whole first sync of 10,000 tasks from a Phabricator on 127.0.0.1 (in this process, so
    // its JSON making counts too), into a new database.
    {
        QTemporaryDir dir;
        Lectern::Test::FakePhabricator server;
        server.listenLocally();
        server.addTasks(1, 10000, QDateTime::currentSecsSinceEpoch());
        int added = 0;
        recorder.measure(QStringLiteral("sync 10,000 tasks from a local server"), 3, [&](int i) {
            auto fresh = Storage::open(dir.filePath(QStringLiteral("sync%1.sqlite").arg(i)));
            if (!fresh || !fresh.value()->ensureSeries(QStringLiteral("Bench"))) {
                std::fprintf(stderr, "cannot make a database in %s\n", qPrintable(dir.path()));
                return;
            }
            QNetworkAccessManager network;
            PhabricatorSync sync(*fresh.value(), network, QUrl(server.baseUrl()), QStringLiteral("tech-talks"), server.token);
            QEventLoop loop;
            QObject::connect(&sync, &PhabricatorSync::finished, &loop, [&](const PhabricatorSync::Report &report) {
                added = report.added;
                loop.quit();
            });
            QObject::connect(&sync, &PhabricatorSync::failed, &loop, [&](const QString &message) {
                std::fprintf(stderr, "sync failed: %s\n", qPrintable(message));
                added = -1;
                loop.quit();
            });
            sync.start();
            loop.exec();
        });
        std::fprintf(stderr, "  (%d proposals added per run)\n", added);
    }

    // Likely duplicates over the whole directory.
    {
        const QList<Speaker> everyone = storage.speakers().all().value();
        int found = 0;
        recorder.measure(
                QStringLiteral("duplicate detection, all speakers"), qMax(3, runs / 3), [&](int) { found = int(DuplicateFinder::find(everyone).size()); });
        std::fprintf(stderr, "  (%d likely duplicate pairs)\n", found);
    }

    // A drop on the calendar, the whole way: the month model decodes the drag, the scheduler
    // runs the rules and pushes an undoable command, the repository writes, and the month
    // and agenda models follow. The user is taken to answer "move anyway".
    if (!talks.isEmpty()) {
        struct AlwaysMove : ScheduleConfirmation
        {
            bool confirm(const QString &, const QList<Finding> &, const QString &) override { return true; }
        } confirmation;
        QUndoStack undoStack;
        TalkScheduler scheduler(storage, undoStack, confirmation);
        AgendaModel agenda(storage.talks());
        MonthModel month(storage.talks());
        month.addDropSource(TalkMime::talkIdsType(), [&scheduler](const QList<qint64> &ids, const QDate &date) { return scheduler.moveTalks(ids, date); });
        const Talk moved = talks.at(talks.size() / 2);
        month.setMonth(moved.date.year(), moved.date.month());
        std::unique_ptr<QMimeData> drag(TalkMime::encode(TalkMime::talkIdsType(), {moved.meta.id}));
        const QModelIndex there = month.indexOf(moved.date.addDays(7).month() == moved.date.month() ? moved.date.addDays(7) : moved.date.addDays(-7));
        const QModelIndex back = month.indexOf(moved.date);
        Transaction scratch(storage.database()); // rolled back at the end: the dataset stays as generated
        recorder.measure(QStringLiteral("drop on the calendar (rules+write+models)"), qMax(runs, 50), [&](int i) {
            const bool ok = month.dropMimeData(drag.get(), Qt::MoveAction, -1, -1, i % 2 ? back : there);
            Q_ASSERT(ok);
            Q_UNUSED(ok);
        });
    }

    // The Published Calendar panel's "what waits": every talk's event hashed against what was
    // published (first look), then again after one talk changed (the window's cache).
    if (!talks.isEmpty()) {
        const QUrl collection(QStringLiteral("https://dav.example.org/bench/"));
        const QString key = CalDavPublisher::collectionKey(collection);
        Transaction scratch(storage.database()); // rolled back: the dataset stays as generated
        for (const Talk &talk : talks) {
            if (talk.date.isValid() && talk.hasTime()) {
                const bool ok = bool(storage.publishing().remember(key, {talk.icalUid, talk.meta.id, talk.icalUid + QStringLiteral(".ics"), "e", 0, "x"}));
                Q_ASSERT(ok);
                Q_UNUSED(ok);
            }
        }
        recorder.measure(QStringLiteral("publish: what waits, first look"), qMax(runs, 5), [&](int) {
            const auto pending = CalDavPublisher::pending(storage, collection);
            Q_ASSERT(pending);
            Q_UNUSED(pending);
        });
        CalDavPublisher::HashCache cache;
        (void)CalDavPublisher::pending(storage, collection, &cache);
        const qint64 changing = talks.at(talks.size() / 2).meta.id;
        recorder.measure(QStringLiteral("publish: what waits, after one talk changed"), qMax(runs, 20), [&](int i) {
            Talk talk = storage.talks().find(changing).value();
            talk.notes = QString::number(i);
            const bool written = bool(storage.talks().update(talk));
            Q_ASSERT(written);
            Q_UNUSED(written);
            const auto pending = CalDavPublisher::pending(storage, collection, &cache);
            Q_ASSERT(pending);
            Q_UNUSED(pending);
        });
    }

    // One announcement: the template rendered for a talk and written as an .eml.
    if (!talks.isEmpty()) {
        const Series series = storage.series().current().value();
        const EmailTemplate announcement = storage.templates().find(series.meta.id, QStringLiteral("announcement")).value();
        RenderContext context;
        context.series = series;
        context.talk = talks.at(talks.size() / 2);
        for (const TalkSpeaker &link : context.talk->speakers) {
            context.speakers.insert(link.speakerId, storage.speakers().find(link.speakerId).value());
        }
        recorder.measure(QStringLiteral("render one announcement (.eml)"), qMax(runs, 50), [&](int) {
            const RenderedEmail email = AnnouncementRenderer::render(announcement, context);
            EmailMessage message;
            message.to = series.mailingLists;
            message.subject = email.subject;
            message.body = email.body;
            const QByteArray eml = MailComposer::compose(message);
            Q_ASSERT(!eml.isEmpty());
        });
    }

    // Lectern's export of every talk, and KCalendarCore alone writing the same events.
    const Series series = storage.series().current().value();
    const int floorRuns = qMax(5, runs / 3);
    KCalendarCore::Event::List sameEvents;
    for (const Talk &talk : talks) {
        if (talk.isScheduled() && talk.hasTime()) {
            sameEvents << ICalendarExport::toEvent(series, talk);
        }
    }
    QVector<double> exportTimes;
    QVector<double> floorTimes;
    qint64 bytes = 0;
    for (int i = 0; i <= floorRuns; ++i) { // interleaved; the first of each is a warm-up
        QElapsedTimer timer;
        timer.start();
        const auto written = ICalendarExport::write(series, talks);
        const double exported = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        bytes = writeWithKCalendarCore(sameEvents).size();
        const double floor = double(timer.nsecsElapsed()) / 1e6;
        if (i > 0) {
            exportTimes << exported;
            floorTimes << floor;
        }
        Q_UNUSED(written);
    }
    recorder.report(QStringLiteral("floor: KCalendarCore writes all talks"), floorTimes, {{QStringLiteral("events"), int(talks.size())}});
    recorder.report(QStringLiteral("iCalendar export, all talks"),
                    exportTimes,
                    {{QStringLiteral("floor_of"), QStringLiteral("floor: KCalendarCore writes all talks")}});
    std::fprintf(stderr, "  (%lld bytes of iCalendar)\n", static_cast<long long>(bytes));

    // Importing that file: Lectern's reading (decoding, structure, zones, KCalendarCore, events
    // to talks), and KCalendarCore alone reading the same bytes; then the whole import into a
    // new database (read, plan, one transaction).
    const QByteArray file = ICalendarExport::write(series, talks).data;
    QVector<double> readTimes;
    QVector<double> parseTimes;
    int candidates = 0;
    for (int i = 0; i <= floorRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto reading = ICalendarImport::read(file);
        const double read = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        const int parsed = readWithKCalendarCore(file);
        const double floor = double(timer.nsecsElapsed()) / 1e6;
        if (i > 0) {
            readTimes << read;
            parseTimes << floor;
        }
        candidates = reading ? int(reading.value().candidates.size()) : -1;
        Q_ASSERT(parsed >= candidates);
    }
    recorder.report(QStringLiteral("floor: KCalendarCore reads the file"), parseTimes, {{QStringLiteral("events"), candidates}});
    recorder.report(QStringLiteral("iCalendar import, read 10,000 events"),
                    readTimes,
                    {{QStringLiteral("floor_of"), QStringLiteral("floor: KCalendarCore reads the file")}});
    QTemporaryDir scratch;
    int importRun = 0;
    recorder.measure(QStringLiteral("iCalendar import into a new database"), 3, [&](int) {
        auto fresh = Storage::open(scratch.filePath(QStringLiteral("import%1.sqlite").arg(++importRun)));
        if (!fresh || !fresh.value()->ensureSeries(QStringLiteral("Imports"))) {
            std::abort();
        }
        const auto outcome = TalkOperations::importCalendarFile(*fresh.value(), file, QStringLiteral("bench.ics"));
        if (!outcome || int(outcome.value().created.size()) != candidates) {
            std::abort();
        }
    });
    // The series' open slots for a six-month horizon (what `lectern-cli slots` and the
    // calendar's slot layer compute), with a last-Wednesday rhythm set in a transaction
    // rolled back afterwards, from the middle of the dataset's dates.
    if (!talks.isEmpty()) {
        Transaction scratch(storage.database());
        Series rhythmic = storage.series().current().value();
        rhythmic.recurrenceRule = QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE");
        rhythmic.recurrenceStart = QDate(1900, 1, 1);
        rhythmic.defaultStartUtc = QTime(18, 0);
        rhythmic.holidayRegions = QStringList{QStringLiteral("de_de"), QStringLiteral("us_en-us")};
        if (storage.series().update(rhythmic)) {
            const QDate from = talks.at(talks.size() / 2).date;
            int open = 0;
            recorder.measure(QStringLiteral("open slots, six months ahead"), qMax(runs, 50), [&](int) {
                auto slots = Slots::load(storage, from, 6);
                open = 0;
                for (const Slot &slot : slots.value()) {
                    open += slot.isOpen();
                }
            });
            MonthModel month(storage.talks());
            month.setMonth(from.year(), from.month());
            const QList<Slot> slots = Slots::load(storage, from, 6).value();
            recorder.measure(QStringLiteral("calendar slot layer, one month"), qMax(runs, 50), [&](int) {
                month.setSlots(slots);
                int shown = 0;
                for (int row = 0; row < month.rowCount(); ++row) {
                    for (int column = 0; column < month.columnCount(); ++column) {
                        shown += month.index(row, column).data(MonthModel::OpenSlotRole).toBool();
                    }
                }
                Q_UNUSED(shown);
            });
            std::fprintf(stderr, "  (%d open slots of %lld from %s)\n", open, static_cast<long long>(slots.size()), qPrintable(from.toString(Qt::ISODate)));
        }
    }

    ChangeFeedBench::measure(recorder,
                             storage,
                             QCoreApplication::applicationFilePath(),
                             parser.isSet(QStringLiteral("idle-seconds")) ? parser.value(QStringLiteral("idle-seconds")).toInt() : 60);

    return 0;
}
