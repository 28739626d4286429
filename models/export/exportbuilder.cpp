// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportbuilder.h"

#include "announcementrenderer.h"
#include "mail/mailcomposer.h"
#include "storage/storage.h"
#include "wikitextexport.h"

#include "icalendarexport.h"

#include <QCoreApplication>
#include <QLocale>

namespace Lectern::ExportBuilder {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ExportBuilder", text, disambiguation, n);
}

bool upcoming(const Talk &talk, const QDate &today)
{
    return talk.isScheduled() && talk.date >= today && talk.status != TalkStatus::Cancelled && talk.status != TalkStatus::Postponed;
}

QStringList talkWarnings(const Talk &talk, const Series &series)
{
    QStringList warnings;
    if (talk.isScheduled() && !talk.hasTime()) {
        warnings << tr("“%1” has no time yet (TBA).").arg(talk.title);
    }
    if (talk.speakers.isEmpty()) {
        warnings << tr("“%1” has no speaker.").arg(talk.title);
    }
    if (talk.streamUrl.isEmpty() && series.streamUrl.isEmpty()) {
        warnings << tr("“%1” has no stream link.").arg(talk.title);
    }
    return warnings;
}
} // namespace

Result<QList<Talk>> select(Storage &storage, const Selection &selection, const QDate &today)
{
    if (selection.kind == Selection::Kind::NoTalk) {
        return QList<Talk>();
    }
    if (selection.kind == Selection::Kind::Talks) {
        QList<Talk> talks;
        for (qint64 id : selection.talkIds) {
            auto talk = storage.talks().find(id);
            if (!talk) {
                return talk.error();
            }
            talks << talk.value();
        }
        return talks;
    }
    auto all = selection.kind == Selection::Kind::DateRange ? storage.talks().inRange(selection.from, selection.to) : storage.talks().all();
    if (!all) {
        return all.error();
    }
    QList<Talk> chosen;
    for (const Talk &talk : all.value()) {
        switch (selection.kind) {
        case Selection::Kind::NextUpcoming:
            if (upcoming(talk, today) && chosen.isEmpty()) {
                chosen << talk;
            }
            break;
        case Selection::Kind::Season:
            if (talk.season == selection.season && talk.isScheduled()) {
                chosen << talk;
            }
            break;
        case Selection::Kind::AllUpcoming:
            if (upcoming(talk, today)) {
                chosen << talk;
            }
            break;
        case Selection::Kind::DateRange:
        case Selection::Kind::AllTalks:
            if (talk.isScheduled()) {
                chosen << talk;
            }
            break;
        case Selection::Kind::Talks:
        case Selection::Kind::NoTalk:
            break;
        }
    }
    return chosen;
}

Result<Output> build(Storage &storage, const Selection &selection, Format format, const Options &options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }
    auto talks = select(storage, selection, today);
    if (!talks) {
        return talks.error();
    }
    Output out;
    out.talks = talks.value();
    const bool aboutNoTalk = selection.kind == Selection::Kind::NoTalk && format == Format::Announcement;
    if (out.talks.isEmpty() && !aboutNoTalk) {
        const bool upcomingOnly = selection.kind == Selection::Kind::NextUpcoming || selection.kind == Selection::Kind::AllUpcoming;
        out.errors << (upcomingOnly ? tr("No talk is scheduled from today (%1) on.").arg(QLocale().toString(today, QLocale::LongFormat))
                                    : tr("No talk matches this choice."));
        return out;
    }
    for (const Talk &talk : std::as_const(out.talks)) {
        out.warnings << talkWarnings(talk, series.value());
    }

    switch (format) {
    case Format::Announcement: {
        if (out.talks.size() > 1) {
            out.warnings << tr("An announcement is about one talk; this one is about “%1”, the first of the %n chosen.", nullptr, int(out.talks.size()))
                                    .arg(out.talks.constFirst().title);
        }
        const std::optional<Talk> talk = out.talks.isEmpty() ? std::nullopt : std::optional<Talk>(out.talks.constFirst());
        auto emailTemplate = storage.templates().find(series.value().meta.id, options.templateName);
        if (!emailTemplate) {
            return emailTemplate.error();
        }
        RenderContext context;
        context.series = series.value();
        context.talk = talk;
        if (talk) {
            for (const TalkSpeaker &link : talk->speakers) {
                if (auto speaker = storage.speakers().find(link.speakerId)) {
                    context.speakers.insert(link.speakerId, speaker.value());
                }
            }
            if (talk->proposalId != 0) {
                if (auto proposal = storage.proposals().find(talk->proposalId)) {
                    context.proposalTitle = proposal.value().title;
                }
            }
        }
        if (auto zones = storage.settings().value(SettingsRepository::worldTimeZonesKey); zones && !zones.value().trimmed().isEmpty()) {
            context.worldTimeZones = zones.value().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &zone : context.worldTimeZones) {
                zone = zone.trimmed();
            }
        }
        const RenderedEmail rendered = AnnouncementRenderer::render(emailTemplate.value(), context);
        out.templateProblems = rendered.problems;
        for (const TemplateProblem &problem : rendered.problems) {
            (problem.severity == TemplateProblem::Severity::Error ? out.errors : out.warnings) << problem.message;
        }
        if (series.value().organizerEmail.isEmpty()) {
            out.warnings << tr("The series has no sender address.");
        }
        if (series.value().mailingLists.isEmpty()) {
            out.warnings << tr("The series has no mailing list to send to.");
        }
        EmailMessage message;
        message.fromName = series.value().organizerName;
        message.fromAddress = series.value().organizerEmail;
        message.to = series.value().mailingLists;
        message.subject = rendered.subject;
        message.body = rendered.body;
        if (options.attachICalendar && talk) {
            const auto ics = ICalendarExport::write(series.value(), {*talk});
            if (ics.events > 0) {
                message.attachment =
                        EmailMessage::Attachment{QStringLiteral("talk.ics"), QByteArrayLiteral("text/calendar"), QByteArrayLiteral("PUBLISH"), ics.data};
            } else {
                out.warnings << tr("Nothing was attached: the talk cannot be in a calendar yet.");
            }
        }
        out.data = MailComposer::compose(message);
        out.message = message;
        out.to = message.to;
        out.subject = rendered.subject;
        out.body = rendered.body;
        out.preview = tr("To: %1\nSubject: %2\n\n%3").arg(message.to.join(QStringLiteral(", ")), rendered.subject, rendered.body);
        out.suggestedFileName =
                QStringLiteral("%1-%2.eml").arg(options.templateName, talk && talk->date.isValid() ? talk->date.toString(Qt::ISODate) : QStringLiteral("tba"));
        break;
    }
    case Format::ICalendar: {
        const auto ics = ICalendarExport::write(series.value(), out.talks);
        for (const ExportNote &note : ics.notes) {
            out.warnings << note.message;
        }
        if (ics.events == 0) {
            out.errors << tr("None of the chosen talks can be in a calendar yet.");
        }
        out.data = ics.data;
        out.preview = QString::fromUtf8(ics.data);
        if (out.talks.size() == 1) {
            out.suggestedFileName = QStringLiteral("talk-%1.ics").arg(out.talks.constFirst().date.toString(Qt::ISODate));
        } else if (selection.kind == Selection::Kind::Season) {
            out.suggestedFileName = QStringLiteral("season-%1.ics").arg(selection.season);
        } else {
            out.suggestedFileName = QStringLiteral("talks.ics");
        }
        break;
    }
    case Format::WikiText: {
        auto speakers = storage.speakers().all();
        if (!speakers) {
            return speakers.error();
        }
        QHash<qint64, Speaker> byId;
        for (const Speaker &speaker : speakers.value()) {
            byId.insert(speaker.meta.id, speaker);
        }
        out.preview = WikiTextExport::write(series.value(), out.talks, byId);
        out.data = out.preview.toUtf8();
        out.suggestedFileName =
                selection.kind == Selection::Kind::Season ? QStringLiteral("season-%1.wiki").arg(selection.season) : QStringLiteral("talks.wiki");
        break;
    }
    }
    out.warnings.removeDuplicates();
    return out;
}

} // namespace Lectern::ExportBuilder
