// SPDX-License-Identifier: GPL-2.0-or-later
#include "serverlocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Lectern {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServerLocation", text);
}

// libpq's keyword=value: a value with spaces or quotes is quoted, quotes and backslashes escaped.
QString keyword(const QString &key, QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("%1='%2'").arg(key, value);
}
} // namespace

bool ServerLocation::isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")) ||
            location.startsWith(QLatin1String("service="));
}

Result<ServerLocation> ServerLocation::parse(const QString &location)
{
    ServerLocation server;
    if (location.startsWith(QLatin1String("service="))) {
        const QString name = location.mid(8).trimmed();
        if (name.isEmpty()) {
            return Error{Error::Kind::InvalidInput, tr("“%1” names no service: write service=NAME, as in your pg_service.conf.").arg(location)};
        }
        server.options = keyword(QStringLiteral("service"), name);
        return server;
    }
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) {
        return Error{Error::Kind::InvalidInput, tr("“%1” is not a PostgreSQL connection URI: %2").arg(location, url.errorString())};
    }
    server.host = url.host();
    server.port = url.port(-1);
    server.user = url.userName(QUrl::FullyDecoded);
    server.password = url.password(QUrl::FullyDecoded);
    server.database = url.path().mid(1);
    if (server.database.isEmpty() || server.database.contains(QLatin1Char('/'))) {
        return Error{Error::Kind::InvalidInput,
                     tr("“%1” names no database: write postgresql://USER@HOST:PORT/DATABASE.").arg(QUrl(location).toDisplayString(QUrl::RemovePassword))};
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        options << keyword(item.first, item.second);
    }
    server.options = options.join(QLatin1Char(' '));
    return server;
}

QString ServerLocation::displayName() const
{
    if (host.isEmpty() && database.isEmpty()) {
        return options.isEmpty() ? tr("the PostgreSQL server") : options;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toDisplayString();
}

QString ServerLocation::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    url.setPort(port);
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Lectern
