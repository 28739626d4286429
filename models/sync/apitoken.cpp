// SPDX-License-Identifier: GPL-2.0-or-later
#include "apitoken.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Lectern::ApiToken {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiToken", text);
}
} // namespace

bool looksValid(const QString &token)
{
    static const QRegularExpression shape(QStringLiteral("^(api|cli)-[a-z0-9]{28}$"));
    return shape.match(token).hasMatch();
}

Result<QString> fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{Error::Kind::InvalidInput, tr("The token file %1 does not exist.").arg(path)};
    }
    if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        return Error{
                Error::Kind::InvalidInput,
                tr("The token file %1 can be read by other users; a token gives their access to Phabricator. Make it private (chmod 600 %1) and try again.")
                        .arg(path)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Kind::InvalidInput, tr("Cannot read the token file %1: %2").arg(path, file.errorString())};
    }
    const QString token = QString::fromUtf8(file.readLine(4096)).trimmed();
    if (token.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("The token file %1 is empty.").arg(path)};
    }
    if (!looksValid(token)) {
        return Error{Error::Kind::InvalidInput,
                     tr("The first line of %1 is not a Conduit API token (those look like api-… with 28 letters and digits).").arg(path)};
    }
    return token;
}

Result<QString> fromEnvironment()
{
    const QString token = qEnvironmentVariable(environmentVariable).trimmed();
    if (token.isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("No Phabricator API token: name a file that holds it, or set %1.").arg(QString::fromLatin1(environmentVariable))};
    }
    if (!looksValid(token)) {
        return Error{Error::Kind::InvalidInput,
                     tr("%1 does not hold a Conduit API token (api-… with 28 letters and digits).").arg(QString::fromLatin1(environmentVariable))};
    }
    return token;
}

} // namespace Lectern::ApiToken
