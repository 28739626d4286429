// SPDX-License-Identifier: GPL-2.0-or-later
// A local Phabricator for trying the sync by hand (the GUI's Sync dialog, lectern-cli sync):
//   lectern-fake-phabricator [--tasks N] [--port P]
// prints its address and the token to use, and serves until stopped.
#include "fakephabricator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
            {{QStringLiteral("tasks"), QStringLiteral("How many tasks in project tech-talks (default 40)."), QStringLiteral("N"), QStringLiteral("40")},
             {QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default: any free one)."), QStringLiteral("P"), QStringLiteral("0")}});
    parser.process(app);
    Lectern::Test::FakePhabricator server;
    server.addTasks(1, parser.value(QStringLiteral("tasks")).toInt(), QDateTime::currentSecsSinceEpoch());
    if (!server.listen(QHostAddress::LocalHost, quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    // What the outbox posts, as it arrives.
    QObject::connect(&server, &Lectern::Test::FakePhabricator::taskEdited, &server, [&server](int id) {
        const auto &task = server.tasks.value(id);
        std::printf("T%d status %s comment: %s\n", id, qPrintable(task.status), qPrintable(task.comments.value(task.comments.size() - 1)));
        std::fflush(stdout);
    });
    std::printf("url %s\nproject tech-talks\ntoken %s\n", qPrintable(server.baseUrl()), qPrintable(server.token));
    std::fflush(stdout);
    return app.exec();
}
