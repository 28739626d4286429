// SPDX-License-Identifier: GPL-2.0-or-later
#include "talkdifferences.h"

#include "domain/vocabulary.h"

#include <QLocale>

#include <tuple>

namespace Lectern {

QStringList TalkDifferences::describe(const Talk &mine, const Talk &theirs)
{
    QStringList out;
    const auto quoted = [](const QString &text) { return tr("“%1”").arg(text); };
    if (mine.title != theirs.title) {
        out << tr("title %1").arg(quoted(theirs.title));
    }
    if (mine.date != theirs.date) {
        out << tr("date %1").arg(theirs.date.isValid() ? QLocale().toString(theirs.date, QLocale::LongFormat) : tr("not scheduled"));
    }
    if (mine.startUtc != theirs.startUtc) {
        out << tr("time %1").arg(theirs.startUtc.isValid() ? tr("%1 UTC").arg(theirs.startUtc.toString(QStringLiteral("HH:mm"))) : tr("TBA"));
    }
    if (mine.durationMinutes != theirs.durationMinutes) {
        out << tr("length %n minute(s)", nullptr, theirs.durationMinutes);
    }
    if (mine.status != theirs.status) {
        out << tr("status %1").arg(displayName(theirs.status));
    }
    if (mine.speakers != theirs.speakers) {
        QStringList names;
        for (const TalkSpeaker &speaker : theirs.speakers) {
            names << speaker.name;
        }
        out << tr("speakers %1").arg(names.join(QStringLiteral(", ")));
    }
    for (const auto &[field, a, b] : {std::make_tuple(tr("stream link"), mine.streamUrl, theirs.streamUrl),
                                      std::make_tuple(tr("slides"), mine.slidesUrl, theirs.slidesUrl),
                                      std::make_tuple(tr("recording"), mine.recordingUrl, theirs.recordingUrl),
                                      std::make_tuple(tr("abstract"), mine.abstract, theirs.abstract),
                                      std::make_tuple(tr("notes"), mine.notes, theirs.notes)}) {
        if (a != b) {
            out << tr("%1 %2").arg(field, quoted(b));
        }
    }
    return out;
}

} // namespace Lectern
