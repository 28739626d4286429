// SPDX-License-Identifier: GPL-2.0-or-later
#include "runtimedir.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>

#include <cerrno>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lectern::RuntimeDir {

void ensure()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        return;
    }
    const passwd *user = ::getpwuid(::geteuid());
    const QByteArray name = user && user->pw_name ? QByteArray(user->pw_name) : QByteArray::number(uint(::geteuid()));
    const QByteArray path = QFile::encodeName(QDir::tempPath()) + "/runtime-" + name;
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST) {
        return; // Qt will say what it does
    }
    struct stat info;
    // Only a folder of ours that nobody else can enter.
    if (::lstat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid() || (info.st_mode & 0077) != 0) {
        return;
    }
    qputenv("XDG_RUNTIME_DIR", path);
}

} // namespace Lectern::RuntimeDir
