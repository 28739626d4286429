// SPDX-License-Identifier: GPL-2.0-or-later
#include "changefeedbench.h"

#include "benchstats.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/monthmodel.h"
#include "storage/changefeed.h"
#include "storage/storage.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace Lectern::ChangeFeedBench {
namespace {
constexpr int windowIntervalMs = 250; // as MainWindow polls

double cpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}
} // namespace

int runWriter(const QString &path, qint64 talkId, int count, int intervalMs)
{
    auto storage = Storage::open(path, Database::OpenMode::MustExist);
    if (!storage) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(storage.error().message));
        return 4;
    }
    storage.value()->database().setOrigin({QStringLiteral("cli"), QStringLiteral("bench writer")});
    for (int i = 0; i < count; ++i) {
        QThread::msleep(static_cast<unsigned long>(intervalMs));
        auto talk = storage.value()->talks().find(talkId);
        if (!talk) {
            return 4;
        }
        Talk edited = talk.value();
        edited.notes = QStringLiteral("bench write %1").arg(i);
        if (!storage.value()->talks().update(edited)) {
            return 4;
        }
        std::printf("%d %lld\n", edited.meta.version + 1, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    }
    return 0;
}

void measure(BenchRecorder &recorder, Storage &storage, const QString &benchProgram, int idleSeconds)
{
    const auto all = storage.talks().all();
    if (!all || all.value().isEmpty()) {
        return;
    }
    const Talk target = all.value().at(all.value().size() / 2);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("feed.sqlite"));
    if (!storage.database().saveCopy(copy)) {
        std::fprintf(stderr, "cannot copy the dataset for the change feed\n");
        return;
    }
    auto window = Storage::open(copy, Database::OpenMode::MustExist);
    if (!window) {
        return;
    }
    AgendaModel agenda(window.value()->talks());
    MonthModel month(window.value()->talks());
    month.setMonth(target.date.year(), target.date.month());
    ChangeFeed feed(*window.value());
    if (!feed.start(windowIntervalMs)) {
        return;
    }

    // What the window pays while nobody writes: its looks at data_version, and the CPU time.
    {
        const int pollsBefore = feed.polls();
        const double cpuBefore = cpuMilliseconds();
        QEventLoop idle;
        QTimer::singleShot(idleSeconds * 1000, &idle, &QEventLoop::quit);
        idle.exec();
        const double perMinute = 60.0 / idleSeconds;
        const double wakeups = (feed.polls() - pollsBefore) * perMinute;
        const double cpu = (cpuMilliseconds() - cpuBefore) * perMinute;
        recorder.report(QStringLiteral("change feed idle: CPU ms per minute"),
                        {cpu},
                        {{QStringLiteral("wakeups_per_minute"), wakeups}, {QStringLiteral("idle_seconds"), idleSeconds}});
        std::fprintf(stderr, "  (%.0f looks per minute, %.1f ms CPU per minute, over %d s idle)\n", wakeups, cpu, idleSeconds);
    }

    // Another process writes 40 times at an interval that is no multiple of the window's,
    // so the commits fall at every phase of its timer.
    QHash<int, qint64> shownAt; // version -> when the models had it
    QObject::connect(&feed, &ChangeFeed::changedElsewhere, &feed, [&](const QList<ChangeEntry> &entries) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const ChangeEntry &entry : entries) {
            shownAt.insert(entry.version, now); // announced: the models have updated by now
        }
    });
    constexpr int writes = 40;
    QProcess writer;
    writer.start(benchProgram,
                 {QStringLiteral("--feed-writer"),
                  copy,
                  QStringLiteral("--talk"),
                  QString::number(target.meta.id),
                  QStringLiteral("--writes"),
                  QString::number(writes)});
    QEventLoop loop;
    QObject::connect(&writer, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), &loop, [&loop] {
        QTimer::singleShot(2 * windowIntervalMs, &loop, &QEventLoop::quit); // the last look after the last write
    });
    loop.exec();
    QVector<double> latencies;
    const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 2 && shownAt.contains(fields.at(0).toInt())) {
            latencies << double(shownAt.value(fields.at(0).toInt()) - fields.at(1).toLongLong());
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const double p95 = latencies.isEmpty() ? 0 : latencies.at(std::min<int>(int(latencies.size()) - 1, int(0.95 * (latencies.size() - 1) + 0.5)));
    recorder.report(QStringLiteral("another process's commit to the window's models"),
                    latencies,
                    {{QStringLiteral("writes"), writes},
                     {QStringLiteral("seen"), int(latencies.size())},
                     {QStringLiteral("poll_ms"), windowIntervalMs},
                     {QStringLiteral("p95"), p95}});
    std::fprintf(stderr, "  (%lld of %d writes seen; p95 %.0f ms)\n", static_cast<long long>(latencies.size()), writes, p95);
}

} // namespace Lectern::ChangeFeedBench
