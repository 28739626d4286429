// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>

// lectern-cli as scripts run it: a real process on a real database file. The test program
// defines LECTERN_CLI (the built program's path).
namespace CliRun {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// "talks|show|3" → {"talks", "show", "3"}: keeps the command lines readable.
inline QStringList args(const QString &line)
{
    return line.split(QLatin1Char('|'));
}

inline QProcessEnvironment environment(const QString &database)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LECTERN_DATABASE"), database);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// Runs the command to its end. With `serving`, this process's event loop keeps running
// meanwhile, so that a server in the test can answer the command.
inline Run run(const QStringList &arguments, const QString &database, bool serving = false)
{
    QProcess process;
    process.setProcessEnvironment(environment(database));
    QSignalSpy finished(&process, qOverload<int, QProcess::ExitStatus>(&QProcess::finished));
    process.start(QStringLiteral(LECTERN_CLI), arguments);
    const bool ended = serving ? finished.wait(30000) : process.waitForFinished(30000);
    if (!ended) {
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace CliRun
