// SPDX-License-Identifier: GPL-2.0-or-later
#include "serverpassword.h"

#include "lectern_views_debug.h"

#include <QEventLoop>
#include <QTimer>

// QtKeychain names its folder after the Qt major.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#    include <qt6keychain/keychain.h>
#else
#    include <qt5keychain/keychain.h>
#endif

namespace Lectern::ServerPassword {
namespace {
const QString service = QStringLiteral("lectern");

// Runs a keyring job to its end: opening a schedule waits for its password anyway.
bool finish(QKeychain::Job *job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&done, &loop] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    job->start();
    if (!done) {
        loop.exec();
    }
    return done;
}
} // namespace

QString keyFor(const ServerLocation &server)
{
    return QStringLiteral("postgresql:") + server.displayName().mid(QStringLiteral("postgresql://").size());
}

std::optional<QString> read(const ServerLocation &server, bool *keyringAvailable)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyFor(server));
    const bool answered = finish(&job);
    const bool available = answered && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound);
    if (keyringAvailable) {
        *keyringAvailable = available;
    }
    if (!answered || job.error() != QKeychain::NoError || job.textData().isEmpty()) {
        qCDebug(LECTERN_VIEWS) << "no kept password for" << server.displayName() << (answered ? job.errorString() : QStringLiteral("no answer"));
        return std::nullopt;
    }
    return job.textData();
}

bool store(const ServerLocation &server)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyFor(server));
    job.setTextData(server.password);
    const bool stored = finish(&job) && job.error() == QKeychain::NoError;
    if (!stored) {
        qCWarning(LECTERN_VIEWS) << "the keyring did not keep the password for" << server.displayName() << job.errorString();
    }
    return stored;
}

void forget(const ServerLocation &server)
{
    QKeychain::DeletePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyFor(server));
    finish(&job);
}

} // namespace Lectern::ServerPassword
