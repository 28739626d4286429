// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <algorithm>
#include <cstdio>
#include <functional>

// Runs a piece of work several times and reports the median and spread of its wall time,
// one JSON object per line on stdout (read by bench/run) and a readable line on stderr.
class BenchRecorder
{
public:
    explicit BenchRecorder(QString dataset)
        : m_dataset(std::move(dataset))
    {
    }

    // `work` is timed `runs` times after `warmup` untimed runs; it gets the run's index.
    void measure(const QString &name, int runs, const std::function<void(int)> &work, const QJsonObject &extra = {}, int warmup = 1)
    {
        for (int i = 0; i < warmup; ++i) {
            work(i);
        }
        QVector<double> samples;
        samples.reserve(runs);
        QElapsedTimer timer;
        for (int i = 0; i < runs; ++i) {
            timer.start();
            work(i);
            samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
        report(name, samples, extra);
    }

    void report(const QString &name, QVector<double> samples, const QJsonObject &extra = {})
    {
        std::sort(samples.begin(), samples.end());
        const auto at = [&samples](double q) {
            return samples.isEmpty() ? 0.0 : samples.at(std::min<int>(int(samples.size()) - 1, int(q * (samples.size() - 1) + 0.5)));
        };
        QJsonObject object = extra;
        object.insert(QStringLiteral("benchmark"), name);
        object.insert(QStringLiteral("dataset"), m_dataset);
        object.insert(QStringLiteral("unit"), QStringLiteral("ms"));
        object.insert(QStringLiteral("runs"), int(samples.size()));
        object.insert(QStringLiteral("median"), at(0.5));
        object.insert(QStringLiteral("p25"), at(0.25));
        object.insert(QStringLiteral("p75"), at(0.75));
        object.insert(QStringLiteral("min"), samples.isEmpty() ? 0.0 : samples.first());
        object.insert(QStringLiteral("max"), samples.isEmpty() ? 0.0 : samples.last());
        const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
        std::fprintf(stderr,
                     "%-28s %-8s median %9.3f ms  (p25 %.3f, p75 %.3f, n=%d)\n",
                     qPrintable(name),
                     qPrintable(m_dataset),
                     at(0.5),
                     at(0.25),
                     at(0.75),
                     int(samples.size()));
    }

private:
    QString m_dataset;
};
