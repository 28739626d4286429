// SPDX-License-Identifier: GPL-2.0-or-later
// lectern-cli series show/edit and slots: what makes the series a series, and its open dates.
#include "cli.h"

#include "operations/seriesoperations.h"
#include "schedule/rhythm.h"
#include "schedule/slots.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Lectern::Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QJsonObject toJson(const SeriesOperations::SeriesEdit &edit, const QList<QDate> &next)
{
    const Series &s = edit.series;
    const Rhythm rhythm = Rhythm::parse(s.recurrenceRule, s.recurrenceStart).value_or(Rhythm());
    QJsonArray dates;
    for (const QDate &date : next) {
        dates.append(date.toString(Qt::ISODate));
    }
    return QJsonObject{{QStringLiteral("name"), s.name},
                       {QStringLiteral("pattern"), s.recurrenceRule},
                       {QStringLiteral("pattern_words"), rhythm.isEmpty() ? QString() : rhythm.describe()},
                       {QStringLiteral("pattern_start"), s.recurrenceStart.isValid() ? s.recurrenceStart.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("time_utc"), timeText(s.defaultStartUtc)},
                       {QStringLiteral("duration_minutes"), s.defaultDurationMinutes},
                       {QStringLiteral("stream_url"), s.streamUrl},
                       {QStringLiteral("chat"), s.chatChannel},
                       {QStringLiteral("mailing_lists"), QJsonArray::fromStringList(s.mailingLists)},
                       {QStringLiteral("sender_name"), s.organizerName},
                       {QStringLiteral("sender_email"), s.organizerEmail},
                       {QStringLiteral("world_times"), QJsonArray::fromStringList(edit.worldTimes)},
                       {QStringLiteral("horizon_months"), s.horizonMonths},
                       {QStringLiteral("holiday_regions"), QJsonArray::fromStringList(s.holidayRegions)},
                       {QStringLiteral("next_dates"), dates}};
}

int show(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto current = SeriesOperations::currentSeries(context.storage());
    if (!current) {
        return context.fail(current.error());
    }
    const Series &s = current.value().series;
    const Rhythm rhythm = Rhythm::parse(s.recurrenceRule, s.recurrenceStart).value_or(Rhythm());
    const QDate today = QDate::currentDate();
    QList<QDate> next = rhythm.dates(today, Slots::horizonEnd(today, s.horizonMonths)).mid(0, 6);
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(toJson(current.value(), next));
        return Ok;
    }
    const QString none = tr("(not set)");
    const auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    QStringList nextText;
    for (const QDate &date : std::as_const(next)) {
        nextText << date.toString(Qt::ISODate);
    }
    const std::pair<QString, QString> lines[] = {
            {tr("Name"), s.name},
            {tr("Rhythm"), rhythm.isEmpty() ? none : tr("%1 (%2)").arg(rhythm.describe(), s.recurrenceRule)},
            {tr("Usual time"), s.defaultStartUtc.isValid() ? tr("%1 UTC").arg(timeText(s.defaultStartUtc)) : none},
            {tr("Length"), tr("%n minute(s)", nullptr, s.defaultDurationMinutes)},
            {tr("Stream"), orNone(s.streamUrl)},
            {tr("Chat"), orNone(s.chatChannel)},
            {tr("Mailing lists"), orNone(s.mailingLists.join(QStringLiteral(", ")))},
            {tr("Sender"), orNone(s.organizerEmail.isEmpty() ? s.organizerName : tr("%1 <%2>").arg(s.organizerName, s.organizerEmail).trimmed())},
            {tr("World times"), orNone(current.value().worldTimes.join(QStringLiteral(", ")))},
            {tr("Planned ahead"), tr("%n month(s)", nullptr, s.horizonMonths)},
            {tr("Holiday regions"), orNone(s.holidayRegions.join(QStringLiteral(", ")))},
            {tr("Next dates"), orNone(nextText.join(QStringLiteral(", ")))},
    };
    for (const auto &[label, value] : lines) {
        context.print(tr("%1: %2").arg(label, value));
    }
    return Ok;
}

int edit(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
            {QStringLiteral("name"), tr("The series' name."), QStringLiteral("NAME")},
            {QStringLiteral("pattern"), tr("Its rhythm as an RFC 5545 RRULE, e.g. FREQ=MONTHLY;BYDAY=-1WE (empty: none)."), QStringLiteral("RRULE")},
            {QStringLiteral("pattern-start"), tr("The date the rhythm counts from (every other week: which weeks), YYYY-MM-DD."), QStringLiteral("DATE")},
            {QStringLiteral("time"), tr("The usual start time, HH:MM in UTC (“none”: no usual time)."), QStringLiteral("HH:MM")},
            {QStringLiteral("duration"), tr("The usual length in minutes."), QStringLiteral("MIN")},
            {QStringLiteral("stream-url"), tr("Where the talks are streamed."), QStringLiteral("URL")},
            {QStringLiteral("chat"), tr("The chat channel."), QStringLiteral("CHANNEL")},
            {QStringLiteral("mailing-list"), tr("A list announcements go to (repeatable; replaces them)."), QStringLiteral("ADDR")},
            {QStringLiteral("sender-name"), tr("Who announcements come from."), QStringLiteral("NAME")},
            {QStringLiteral("sender-email"), tr("The address they come from."), QStringLiteral("ADDR")},
            {QStringLiteral("world-time"), tr("A time zone shown in announcements (repeatable; replaces them)."), QStringLiteral("ZONE")},
            {QStringLiteral("horizon-months"), tr("How many months ahead talks are planned (1 to 24)."), QStringLiteral("N")},
            {QStringLiteral("holiday-region"),
             tr("A region whose public holidays matter, e.g. de or us_en-us (repeatable; replaces them)."),
             QStringLiteral("CODE")},
    });
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(Usage, tr("series edit takes options only, got “%1”.").arg(parser.positionalArguments().join(QLatin1Char(' '))));
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto current = SeriesOperations::currentSeries(context.storage());
    if (!current) {
        return context.fail(current.error());
    }
    const auto isSet = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)).trimmed(); };
    SeriesOperations::SeriesEdit after = current.value();
    Series &s = after.series;
    if (isSet("name")) {
        s.name = value("name");
    }
    if (isSet("pattern")) {
        s.recurrenceRule = value("pattern");
        if (s.recurrenceRule.isEmpty()) {
            s.recurrenceStart = QDate();
        } else if (!s.recurrenceStart.isValid()) {
            s.recurrenceStart = QDate::currentDate();
        }
    }
    if (isSet("pattern-start")) {
        const QDate start = QDate::fromString(value("pattern-start"), Qt::ISODate);
        if (!start.isValid()) {
            return context.fail(BadInput, tr("--pattern-start: “%1” is not a date of the form YYYY-MM-DD.").arg(value("pattern-start")));
        }
        s.recurrenceStart = start;
    }
    if (isSet("time")) {
        if (value("time").compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            s.defaultStartUtc = QTime();
        } else {
            static const QRegularExpression shape(QStringLiteral("^\\d{2}:\\d{2}$"));
            const QTime time = QTime::fromString(value("time"), QStringLiteral("HH:mm"));
            if (!shape.match(value("time")).hasMatch() || !time.isValid()) {
                return context.fail(BadInput, tr("--time: “%1” is not a UTC time of the form HH:MM (or “none”).").arg(value("time")));
            }
            s.defaultStartUtc = time;
        }
    }
    const std::pair<const char *, int *> numbers[] = {{"duration", &s.defaultDurationMinutes}, {"horizon-months", &s.horizonMonths}};
    for (const auto &[name, field] : numbers) {
        if (isSet(name)) {
            bool ok = false;
            *field = value(name).toInt(&ok);
            if (!ok) {
                return context.fail(BadInput, tr("--%1: “%2” is not a whole number.").arg(QString::fromLatin1(name), value(name)));
            }
        }
    }
    const std::pair<const char *, QString *> texts[] = {
            {"stream-url", &s.streamUrl}, {"chat", &s.chatChannel}, {"sender-name", &s.organizerName}, {"sender-email", &s.organizerEmail}};
    for (const auto &[name, field] : texts) {
        if (isSet(name)) {
            *field = value(name);
        }
    }
    const auto listOf = [&parser](const char *name) {
        QStringList values;
        for (const QString &v : parser.values(QString::fromLatin1(name))) {
            if (!v.trimmed().isEmpty()) {
                values << v.trimmed();
            }
        }
        return values;
    };
    if (isSet("mailing-list")) {
        s.mailingLists = listOf("mailing-list");
    }
    if (isSet("world-time")) {
        after.worldTimes = listOf("world-time");
    }
    if (isSet("holiday-region")) {
        auto regions = Holidays::normalizeRegions(listOf("holiday-region"));
        if (!regions) {
            return context.fail(regions.error());
        }
        s.holidayRegions = regions.value();
    }
    auto change = SeriesOperations::editSeries(context.storage(), current.value(), after);
    if (!change) {
        return context.fail(change.error());
    }
    if (auto ok = change.value()->apply(); !ok) {
        return context.fail(ok.error());
    }
    return show(context, {QStringLiteral("series show")});
}
} // namespace

int series(Context &context, const QStringList &arguments)
{
    return dispatch(context, arguments, "series", {{"show", show}, {"edit", edit}});
}

int slotsCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The dates the series' rhythm gives in the coming months, open or taken."));
    parser.addOptions({{QStringLiteral("months"), tr("How many months ahead (default: the series' horizon)."), QStringLiteral("N")},
                       {QStringLiteral("today"), tr("The day to look from, YYYY-MM-DD (default: today)."), QStringLiteral("DATE")},
                       {QStringLiteral("json"), tr("Print JSON.")}});
    if (!parse(parser, arguments, context)) {
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    }
    int months = 0;
    if (parser.isSet(QStringLiteral("months"))) {
        bool ok = false;
        months = parser.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || months < 1 || months > 24) {
            return context.fail(BadInput, tr("--months: “%1” is not a number of months from 1 to 24.").arg(parser.value(QStringLiteral("months"))));
        }
    }
    QDate today;
    if (!parseDateOption(parser, "today", &today, context)) {
        return BadInput;
    }
    if (!today.isValid()) {
        today = QDate::currentDate();
    }
    if (!context.openStorage()) {
        return DatabaseError;
    }
    auto series = context.storage().series().current();
    if (!series) {
        return context.fail(series.error());
    }
    if (series.value().recurrenceRule.isEmpty()) {
        return context.fail(BadInput, tr("the series has no rhythm yet; set one with “lectern-cli series edit --pattern FREQ=MONTHLY;BYDAY=-1WE”."));
    }
    auto slots = Slots::load(context.storage(), today, months);
    if (!slots) {
        return context.fail(slots.error());
    }
    const auto describe = [](const Slot &slot) {
        QStringList taken;
        for (const Talk &talk : slot.talks) {
            taken << QStringLiteral("%1 “%2”").arg(QString::number(talk.meta.id), talk.title);
        }
        QStringList holidays;
        for (const PublicHoliday &holiday : slot.holidays) {
            holidays << QStringLiteral("%1 (%2)").arg(holiday.name, holiday.regionName);
        }
        QString line = QStringLiteral("%1\t%2\t%3")
                               .arg(slot.date.toString(Qt::ISODate),
                                    slot.startUtc.isValid() ? slot.startUtc.toString(QStringLiteral("HH:mm")) : QStringLiteral("--:--"),
                                    slot.isOpen() ? tr("open") : tr("taken by %1").arg(taken.join(QStringLiteral(", "))));
        if (!holidays.isEmpty()) {
            line += QLatin1Char('\t') + tr("holiday: %1").arg(holidays.join(QStringLiteral(", ")));
        }
        return line;
    };
    const auto toJson = [](const Slot &slot) {
        QJsonArray talks;
        for (const Talk &talk : slot.talks) {
            talks.append(QJsonObject{
                    {QStringLiteral("id"), talk.meta.id}, {QStringLiteral("title"), talk.title}, {QStringLiteral("date"), talk.date.toString(Qt::ISODate)}});
        }
        QJsonArray holidays;
        for (const PublicHoliday &holiday : slot.holidays) {
            holidays.append(QJsonObject{{QStringLiteral("name"), holiday.name}, {QStringLiteral("region"), holiday.region}});
        }
        return QJsonObject{{QStringLiteral("date"), slot.date.toString(Qt::ISODate)},
                           {QStringLiteral("time_utc"), slot.startUtc.isValid() ? slot.startUtc.toString(QStringLiteral("HH:mm")) : QString()},
                           {QStringLiteral("open"), slot.isOpen()},
                           {QStringLiteral("talks"), talks},
                           {QStringLiteral("holidays"), holidays}};
    };
    printList(context, parser.isSet(QStringLiteral("json")), slots.value(), describe, toJson);
    return Ok;
}

} // namespace Lectern::Cli
