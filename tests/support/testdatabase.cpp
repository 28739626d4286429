// SPDX-License-Identifier: GPL-2.0-or-later
#include "testdatabase.h"

#include "pgserver.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Lectern::Test::TestDatabase {

namespace {
std::unique_ptr<PgServer> &server()
{
    static std::unique_ptr<PgServer> instance;
    return instance;
}

void stopServer()
{
    server().reset();
}

PgServer *runningServer(QString *error)
{
    auto &instance = server();
    if (!instance) {
        instance = std::make_unique<PgServer>();
        if (!instance->start()) {
            if (error) {
                *error = instance->error();
            }
            instance.reset();
            return nullptr;
        }
        // Stopped while the application still runs: QProcess needs it.
        qAddPostRoutine(stopServer);
    }
    return instance.get();
}
} // namespace

bool onServer()
{
    return qEnvironmentVariable("LECTERN_TEST_BACKEND").compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0;
}

QString backendName()
{
    return onServer() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

QString fresh(const QTemporaryDir &dir, const QString &name, QString *error)
{
    if (!onServer()) {
        return dir.filePath(name + QStringLiteral(".sqlite"));
    }
    PgServer *pg = runningServer(error);
    if (!pg) {
        return {};
    }
    static int count = 0;
    // PostgreSQL's names: lower case, at most 63 bytes.
    QString database = QStringLiteral("t%1_%2").arg(QString::number(++count), name.toLower());
    database.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    database.truncate(63);
    if (!pg->createDatabase(database)) {
        if (error) {
            *error = QStringLiteral("Could not create the database %1 on the test server").arg(database);
        }
        return {};
    }
    return pg->uri(database);
}

QString psql(const QString &location, const QString &sql, bool *ok)
{
    PgServer *pg = server().get();
    if (!pg) {
        if (ok) {
            *ok = false;
        }
        return {};
    }
    return pg->psql(QUrl(location).path().mid(1), sql, ok);
}

} // namespace Lectern::Test::TestDatabase
