// SPDX-License-Identifier: GPL-2.0-or-later
#include "announcementrenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Lectern {

bool RenderedEmail::hasErrors() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const TemplateProblem &p) { return p.severity == TemplateProblem::Severity::Error; });
}

namespace AnnouncementRenderer {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AnnouncementRenderer", text);
}

QString city(const QString &zoneId)
{
    return zoneId.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString speakerLines(const Talk &talk, const QHash<qint64, Speaker> &speakers)
{
    QStringList lines;
    for (const TalkSpeaker &link : talk.speakers) {
        const Speaker record = speakers.value(link.speakerId);
        QStringList parts{link.name};
        if (!record.roleTitle.isEmpty()) {
            parts << record.roleTitle;
        }
        if (!record.affiliation.isEmpty()) {
            parts << record.affiliation;
        }
        QString line = QStringLiteral("- ") + parts.join(QStringLiteral(", "));
        if (link.role != SpeakerRole::Speaker) {
            line += QStringLiteral(" (%1)").arg(displayName(link.role).toLower());
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString speakerNames(const Talk &talk)
{
    QStringList names;
    for (const TalkSpeaker &link : talk.speakers) {
        if (link.role == SpeakerRole::Speaker) {
            names << link.name;
        }
    }
    if (names.size() <= 1) {
        return names.value(0);
    }
    const QString last = names.takeLast();
    return tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

// The value of each placeholder for this context; an empty string means "no value".
QHash<QString, QString> values(const RenderContext &c)
{
    QHash<QString, QString> v;
    v.insert(QStringLiteral("series"), c.series.name);
    v.insert(QStringLiteral("chat_channel"), c.series.chatChannel);
    v.insert(QStringLiteral("proposal_title"), c.proposalTitle);
    v.insert(QStringLiteral("duration"), QString::number(c.talk ? c.talk->durationMinutes : c.series.defaultDurationMinutes));
    if (!c.talk) {
        return v;
    }
    const Talk &t = *c.talk;
    v.insert(QStringLiteral("title"), t.title);
    v.insert(QStringLiteral("season"), t.season ? QString::number(*t.season) : QString());
    v.insert(QStringLiteral("episode"), t.episode ? QString::number(*t.episode) : QString());
    v.insert(QStringLiteral("date"), t.date.isValid() ? QLocale().toString(t.date, QLocale::LongFormat) : QString());
    v.insert(QStringLiteral("time_utc"), t.hasTime() ? t.startUtc.toString(QStringLiteral("HH:mm")) : QString());
    v.insert(QStringLiteral("world_times"),
             t.startDateTimeUtc().isValid() ? worldTimes(t.startDateTimeUtc(), c.worldTimeZones.isEmpty() ? defaultWorldTimeZones() : c.worldTimeZones)
                                            : QString());
    v.insert(QStringLiteral("speakers"), speakerLines(t, c.speakers));
    v.insert(QStringLiteral("speakers_short"), speakerNames(t));
    v.insert(QStringLiteral("abstract"), t.abstract.trimmed());
    v.insert(QStringLiteral("topics"), t.topics.join(QStringLiteral(", ")));
    v.insert(QStringLiteral("stream_url"), t.streamUrl.isEmpty() ? c.series.streamUrl : t.streamUrl);
    v.insert(QStringLiteral("slides_url"), t.slidesUrl);
    return v;
}

QString fill(const QString &text, const QString &part, const QHash<QString, QString> &values, QList<TemplateProblem> &problems)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    const QStringList known = placeholders();
    QString out;
    int last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        const int line = int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
        const int column = match.capturedStart() - int(text.lastIndexOf(QLatin1Char('\n'), match.capturedStart() - 1));
        const QString where = part == QLatin1String("subject") ? tr("in the subject, column %1").arg(match.capturedStart() + 1)
                                                               : tr("in the body, line %1, column %2").arg(QString::number(line), QString::number(column));
        if (!known.contains(name)) {
            problems << TemplateProblem{TemplateProblem::Severity::Error, name, tr("Unknown placeholder {%1} %2.").arg(name, where)};
            out += match.captured(0);
            continue;
        }
        const QString value = values.value(name);
        if (value.isEmpty()) {
            problems << TemplateProblem{
                    TemplateProblem::Severity::Warning, name, tr("{%1} has no value for this talk (%2); “TBA” was put in.").arg(name, where)};
            out += tr("TBA");
        } else {
            out += value;
        }
    }
    out += text.mid(last);
    return out;
}
} // namespace

QStringList placeholders()
{
    return {QStringLiteral("series"),
            QStringLiteral("title"),
            QStringLiteral("season"),
            QStringLiteral("episode"),
            QStringLiteral("date"),
            QStringLiteral("time_utc"),
            QStringLiteral("world_times"),
            QStringLiteral("duration"),
            QStringLiteral("speakers"),
            QStringLiteral("speakers_short"),
            QStringLiteral("abstract"),
            QStringLiteral("topics"),
            QStringLiteral("stream_url"),
            QStringLiteral("chat_channel"),
            QStringLiteral("slides_url"),
            QStringLiteral("proposal_title")};
}

QStringList defaultWorldTimeZones()
{
    return {QStringLiteral("America/Los_Angeles"),
            QStringLiteral("America/New_York"),
            QStringLiteral("Europe/Berlin"),
            QStringLiteral("Asia/Kolkata"),
            QStringLiteral("Asia/Tokyo")};
}

QString worldTimes(const QDateTime &startUtc, const QStringList &zoneIds)
{
    QStringList parts{tr("%1 UTC").arg(startUtc.toUTC().time().toString(QStringLiteral("HH:mm")))};
    for (const QString &id : zoneIds) {
        const QTimeZone zone(id.toUtf8());
        if (!zone.isValid()) {
            continue;
        }
        const QDateTime local = startUtc.toTimeZone(zone);
        const qint64 shift = startUtc.toUTC().date().daysTo(local.date());
        QString part = QStringLiteral("%1 %2").arg(local.time().toString(QStringLiteral("HH:mm")), city(id));
        if (shift > 0) {
            part += tr(" (next day)");
        } else if (shift < 0) {
            part += tr(" (previous day)");
        }
        parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

RenderedEmail render(const EmailTemplate &emailTemplate, const RenderContext &context)
{
    RenderedEmail rendered;
    const QHash<QString, QString> v = values(context);
    rendered.subject = fill(emailTemplate.subject, QStringLiteral("subject"), v, rendered.problems);
    rendered.body = fill(emailTemplate.body, QStringLiteral("body"), v, rendered.problems);
    return rendered;
}

} // namespace AnnouncementRenderer
} // namespace Lectern
