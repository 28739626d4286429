// SPDX-License-Identifier: GPL-2.0-or-later
// In-process benchmarks of Lectern's models on a database made by `lectern-cli generate`.
#include "benchstats.h"

#include "itemmodels/agendamodel.h"
#include "schedule/schedulechecker.h"
#include "storage/storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#ifdef LECTERN_HAVE_ICAL
#    include <KCalendarCore/Event>
#    include <KCalendarCore/ICalFormat>
#    include <KCalendarCore/MemoryCalendar>
#endif

using namespace Lectern;

namespace {
// What a coordinator types, one keystroke at a time.
const QStringList typed = {QStringLiteral("Laxström"), QStringLiteral("Software"), QStringLiteral("speaker42")};

#ifdef LECTERN_HAVE_ICAL
// KCalendarCore alone writing the talks as plain events: the floor for iCalendar export.
QByteArray writeWithKCalendarCore(const QList<Talk> &talks)
{
    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
    for (const Talk &talk : talks) {
        if (!talk.hasTime()) {
            continue;
        }
        KCalendarCore::Event::Ptr event(new KCalendarCore::Event);
        event->setUid(talk.icalUid);
        event->setSummary(talk.title);
        event->setDescription(talk.abstract);
        event->setDtStart(talk.startDateTimeUtc());
        event->setDtEnd(talk.endDateTimeUtc());
        event->setRevision(talk.sequence);
        calendar->addEvent(event);
    }
    KCalendarCore::ICalFormat format;
    return format.toString(calendar.staticCast<KCalendarCore::Calendar>()).toUtf8();
}
#endif
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("database"), QStringLiteral("Database made by lectern-cli generate."), QStringLiteral("PATH")},
                       {QStringLiteral("dataset"), QStringLiteral("Name of the dataset, for the report."), QStringLiteral("NAME")},
                       {QStringLiteral("runs"), QStringLiteral("Timed runs per benchmark (default 15)."), QStringLiteral("N")}});
    parser.process(app);
    const int runs = qMax(3, parser.value(QStringLiteral("runs")).isEmpty() ? 15 : parser.value(QStringLiteral("runs")).toInt());
    auto opened = Storage::open(parser.value(QStringLiteral("database")), Database::OpenMode::MustExist);
    if (!opened) {
        std::fprintf(stderr, "lectern-bench: %s\n", qPrintable(opened.error().message));
        return 4;
    }
    Storage &storage = *opened.value();
    BenchRecorder recorder(parser.value(QStringLiteral("dataset")));

    recorder.measure(QStringLiteral("open database"), runs, [&parser](int) {
        auto again = Storage::open(parser.value(QStringLiteral("database")), Database::OpenMode::MustExist);
        Q_ASSERT(again);
    });

    recorder.measure(QStringLiteral("agenda model, all talks"), runs, [&storage](int) {
        AgendaModel model(storage.talks());
        Q_ASSERT(model.rowCount() >= 0);
    });

    // One month of talks, cycling through the months that have some: the calendar's data.
    const QList<Talk> talks = storage.talks().all().value();
    QVector<QDate> months;
    for (const Talk &talk : talks) {
        const QDate first(talk.date.year(), talk.date.month(), 1);
        if (talk.date.isValid() && (months.isEmpty() || months.last() != first)) {
            months.append(first);
        }
    }
    if (!months.isEmpty()) {
        recorder.measure(QStringLiteral("month of talks (query)"), qMax(runs, 50), [&](int i) {
            const QDate first = months.at(i % months.size());
            auto month = storage.talks().inRange(first, first.addMonths(1).addDays(-1));
            Q_ASSERT(month);
        });
    }

    // Speaker search, one query per keystroke.
    QVector<double> keystrokes;
    QJsonArray floorStatements;
    for (const QString &word : typed) {
        for (int length = 1; length <= word.size(); ++length) {
            const QString prefix = word.left(length);
            QElapsedTimer timer;
            timer.start();
            auto found = storage.speakers().search(prefix);
            keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
            Q_ASSERT(found);
            floorStatements.append(SpeakerRepository::searchStatement(prefix));
        }
    }
    recorder.report(QStringLiteral("speaker search keystroke"), keystrokes, {{QStringLiteral("floor_sql"), floorStatements}});

    // Moving a talk as a drop does: rules, write, agenda model update.
    if (!talks.isEmpty()) {
        AgendaModel model(storage.talks());
        const qint64 id = talks.at(talks.size() / 2).meta.id;
        ScheduleChecker checker(storage);
        Transaction scratch(storage.database()); // rolled back at the end: the dataset stays as generated
        recorder.measure(QStringLiteral("move a talk (rules+write+model)"), qMax(runs, 50), [&](int i) {
            Talk talk = storage.talks().find(id).value();
            talk.date = talk.date.addDays(i % 2 ? -7 : 7);
            ++talk.sequence;
            auto findings = checker.check(talk);
            Q_ASSERT(findings);
            auto ok = storage.talks().update(talk);
            Q_ASSERT(ok);
            Q_UNUSED(findings);
            Q_UNUSED(ok);
        });
    }

#ifdef LECTERN_HAVE_ICAL
    qint64 bytes = 0;
    recorder.measure(QStringLiteral("floor: KCalendarCore writes all talks"),
                     qMax(3, runs / 3),
                     [&](int) { bytes = writeWithKCalendarCore(talks).size(); },
                     {{QStringLiteral("events"), int(talks.size())}});
    std::fprintf(stderr, "  (%lld bytes of iCalendar)\n", static_cast<long long>(bytes));
#endif
    return 0;
}
