// SPDX-License-Identifier: GPL-2.0-or-later
#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <unistd.h>

namespace Lectern::Test {

namespace {
// The newest PostgreSQL of /usr/lib/postgresql/N/bin.
QString findBinaries()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString found;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QVersionNumber::fromString(version) > best) {
            best = QVersionNumber::fromString(version);
            found = bin;
        }
    }
    return found;
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    stop();
}

QString PgServer::binary(const QString &name) const
{
    return m_bin + QLatin1Char('/') + name;
}

bool PgServer::run(const QString &program, const QStringList &arguments, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), password());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    if (m_asPostgres) {
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
    } else {
        process.start(program, arguments);
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        if (output) {
            *output = QStringLiteral("%1 did not finish").arg(program);
        }
        return false;
    }
    if (output) {
        *output = QString::fromUtf8(process.readAll());
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgServer::start()
{
    m_bin = findBinaries();
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): scripts/install-deps test installs it.");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/lectern-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("Cannot make a temporary folder for the server.");
        return false;
    }
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        // The server runs as postgres: the folder is theirs.
        QString output;
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir->path()});
    }
    m_data = m_dir->filePath(QStringLiteral("data"));
    const QString passwordFile = m_dir->filePath(QStringLiteral("pwfile"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("Cannot write %1.").arg(passwordFile);
            return false;
        }
        file.write(password().toUtf8() + '\n');
    }
    if (m_asPostgres) {
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), passwordFile});
    }
    QString output;
    if (!run(binary(QStringLiteral("initdb")),
             {QStringLiteral("-D"),
              m_data,
              QStringLiteral("-U"),
              superuser(),
              QStringLiteral("--pwfile=") + passwordFile,
              QStringLiteral("--auth=scram-sha-256"),
              QStringLiteral("--encoding=UTF8"),
              QStringLiteral("--no-sync")},
             &output)) {
        m_error = QStringLiteral("initdb failed: %1").arg(output);
        return false;
    }
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 -c fsync=off -c max_connections=50")
                                        .arg(QString::number(m_port), m_dir->path());
        m_running = run(binary(QStringLiteral("pg_ctl")),
                        {QStringLiteral("-D"),
                         m_data,
                         QStringLiteral("-o"),
                         options,
                         QStringLiteral("-l"),
                         m_dir->filePath(QStringLiteral("log")),
                         QStringLiteral("-w"),
                         QStringLiteral("-t"),
                         QStringLiteral("60"),
                         QStringLiteral("start")},
                        &output);
    }
    if (!m_running) {
        QFile log(m_dir->filePath(QStringLiteral("log")));
        m_error = QStringLiteral("pg_ctl start failed: %1 %2").arg(output, log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString());
    }
    return m_running;
}

void PgServer::stop()
{
    if (!m_running) {
        return;
    }
    run(binary(QStringLiteral("pg_ctl")),
        {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

QString PgServer::psql(const QString &database, const QString &sql, bool *ok) const
{
    QString output;
    const bool done = run(binary(QStringLiteral("psql")),
                          {QStringLiteral("-X"),
                           QStringLiteral("-q"),
                           QStringLiteral("-A"),
                           QStringLiteral("-t"),
                           QStringLiteral("-v"),
                           QStringLiteral("ON_ERROR_STOP=1"),
                           QStringLiteral("-h"),
                           QStringLiteral("127.0.0.1"),
                           QStringLiteral("-p"),
                           QString::number(m_port),
                           QStringLiteral("-U"),
                           superuser(),
                           QStringLiteral("-d"),
                           database,
                           QStringLiteral("-c"),
                           sql},
                          &output);
    if (ok) {
        *ok = done;
    }
    return done ? output.trimmed() : QString();
}

bool PgServer::createDatabase(const QString &name)
{
    bool ok = false;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name), &ok);
    return ok;
}

bool PgServer::createRole(const QString &name, const QString &rolePassword)
{
    bool ok = false;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(name, rolePassword), &ok);
    return ok;
}

QString PgServer::uri(const QString &database, const QString &user, const QString &userPassword) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4").arg(user, userPassword, QString::number(m_port), database);
}

} // namespace Lectern::Test
