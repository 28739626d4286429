// SPDX-License-Identifier: GPL-2.0-or-later
#include "wikitextexport.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Lectern::WikiTextExport {

QString escaped(const QString &text)
{
    // What makes markup in the middle of a line: links, templates, tables, tags, bold and
    // italics, signatures, entities, magic words; "=" for headings. User text never starts
    // a line here, so "#", "*", ":" and ";" are harmless.
    static const QRegularExpression markup(QStringLiteral("[\\[\\]{}|<>'=~&]|__"));
    QString plain = text;
    plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!plain.contains(markup)) {
        return plain;
    }
    plain.replace(QStringLiteral("</nowiki>"), QStringLiteral("&lt;/nowiki&gt;"));
    return QStringLiteral("<nowiki>%1</nowiki>").arg(plain);
}

namespace {
QString link(const QString &url)
{
    // An external link shows its address; a bracket or space would end it, so encode them.
    QString safe = url;
    safe.replace(QLatin1Char(' '), QStringLiteral("%20")).replace(QLatin1Char('['), QStringLiteral("%5B")).replace(QLatin1Char(']'), QStringLiteral("%5D"));
    return safe.isEmpty() ? QStringLiteral("TBA") : safe;
}

QString when(const Talk &talk)
{
    const QLocale english(QLocale::English);
    const QString day = english.toString(talk.date, QStringLiteral("dddd, d MMMM yyyy"));
    if (!talk.hasTime()) {
        return QStringLiteral("%1, time TBA (%2 minutes)").arg(day, QString::number(talk.durationMinutes));
    }
    return QStringLiteral("%1, %2–%3 UTC (%4 minutes)")
            .arg(day,
                 talk.startUtc.toString(QStringLiteral("HH:mm")),
                 talk.endDateTimeUtc().time().toString(QStringLiteral("HH:mm")),
                 QString::number(talk.durationMinutes));
}

QString speakerLine(const TalkSpeaker &link, const QHash<qint64, Speaker> &speakers)
{
    const Speaker record = speakers.value(link.speakerId);
    QStringList details;
    if (link.role != SpeakerRole::Speaker) {
        details << toKey(link.role);
    }
    if (!record.roleTitle.isEmpty()) {
        details << record.roleTitle;
    }
    if (!record.affiliation.isEmpty()) {
        details << record.affiliation;
    }
    const QString name = escaped(link.name);
    return details.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, escaped(details.join(QStringLiteral(", "))));
}
} // namespace

QString write(const Series &series, const QList<Talk> &talks, const QHash<qint64, Speaker> &speakers)
{
    QStringList out;
    QSet<int> seasons;
    for (const Talk &talk : talks) {
        seasons.insert(talk.season.value_or(0));
    }
    const bool severalSeasons = seasons.size() > 1;
    int season = -1;
    for (const Talk &talk : talks) {
        if (severalSeasons && talk.season && *talk.season != season) {
            out << QStringLiteral("= Season %1 =").arg(*talk.season) << QString();
        }
        season = talk.season.value_or(0);
        const QString number = talk.season && talk.episode
                ? QStringLiteral("Season %1. Episode %2: ").arg(QString::number(*talk.season), QString::number(*talk.episode))
                : QString();
        out << QStringLiteral("== %1%2 ==").arg(number, escaped(talk.title));
        if (talk.status == TalkStatus::Cancelled || talk.status == TalkStatus::Postponed) {
            out << QStringLiteral("''This talk was %1.''").arg(toKey(talk.status));
        }
        out << QStringLiteral("* '''Date and time:''' %1").arg(talk.isScheduled() ? when(talk) : QStringLiteral("TBA"));
        out << QStringLiteral("* '''Stream:''' %1").arg(link(talk.streamUrl.isEmpty() ? series.streamUrl : talk.streamUrl));
        out << QStringLiteral("* '''Slides:''' %1").arg(link(talk.slidesUrl));
        if (!talk.recordingUrl.isEmpty()) {
            out << QStringLiteral("* '''Recording:''' %1").arg(link(talk.recordingUrl));
        }
        QStringList names;
        for (const TalkSpeaker &speaker : talk.speakers) {
            names << speakerLine(speaker, speakers);
        }
        out << QStringLiteral("* '''Speakers:''' %1").arg(names.isEmpty() ? QStringLiteral("TBA") : names.join(QStringLiteral("; ")));
        if (!talk.topics.isEmpty()) {
            QStringList topics;
            for (const QString &topic : talk.topics) {
                topics << escaped(topic);
            }
            out << QStringLiteral("* '''Topic areas:''' %1").arg(topics.join(QStringLiteral(", ")));
        }
        if (!talk.abstract.trimmed().isEmpty()) {
            out << QStringLiteral("* '''Description:''' %1").arg(escaped(talk.abstract.trimmed()));
        }
        if (!series.chatChannel.isEmpty()) {
            out << QStringLiteral("* '''Questions:''' %1").arg(escaped(series.chatChannel));
        }
        out << QString();
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace Lectern::WikiTextExport
