// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target: reading an iCalendar file (ICalendarImport::read: decoding, the structure
// check, the time-zone mending, KCalendarCore, events to talks). A refusal must name a line;
// so must every skipped event; every talk read must have a date every output can write.
#include "fuzzcheck.h"
#include "import/icalendarimport.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>

using namespace Lectern;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // KCalendarCore and Qt's time zones want an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    ICalendarImport::Options options;
    options.occurrencesFrom = QDate(2030, 1, 1);
    options.occurrencesTo = QDate(2030, 3, 31);
    const auto reading = ICalendarImport::read(bytes, options);
    if (!reading) {
        FuzzCheck::require(bytes.trimmed().isEmpty() || FuzzCheck::namesALine(reading.error().message), "refusal without a line", reading.error().message);
        return 0;
    }
    for (const ICalendarImport::Note &note : reading.value().skipped) {
        FuzzCheck::require(note.line > 0, "skipped event without a line", note.text());
    }
    for (const ICalendarImport::Candidate &candidate : reading.value().candidates) {
        FuzzCheck::require(Talk::isRepresentableDate(candidate.date) && !candidate.title.isEmpty() && !candidate.key.isEmpty(),
                           "talk that cannot be stored",
                           candidate.title);
    }
    return 0;
}
