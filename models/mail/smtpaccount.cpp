// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtpaccount.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace Lectern {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SmtpAccount", text);
}
} // namespace

QString toKey(SmtpAccount::Security security)
{
    switch (security) {
    case SmtpAccount::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpAccount::Security::Tls:
        return QStringLiteral("tls");
    case SmtpAccount::Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("starttls");
}

Result<SmtpAccount> SmtpAccount::fromUrl(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("smtp") || url.host().isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("“%1” is not a mail server address; it looks like smtp://USER@HOST:PORT?security=starttls.").arg(url.toDisplayString())};
    }
    SmtpAccount account;
    account.host = url.host();
    account.user = url.userName(QUrl::FullyDecoded);
    const QString security = QUrlQuery(url).queryItemValue(QStringLiteral("security")).toLower();
    if (security.isEmpty() || security == QLatin1String("starttls")) {
        account.security = Security::StartTls;
    } else if (security == QLatin1String("tls") || security == QLatin1String("ssl")) {
        account.security = Security::Tls;
    } else if (security == QLatin1String("none")) {
        account.security = Security::None;
    } else {
        return Error{Error::Kind::InvalidInput, tr("The mail server's security “%1” is not one of starttls, tls or none.").arg(security)};
    }
    account.port = quint16(url.port(account.security == Security::Tls ? 465 : 587));
    if (!url.password().isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("A password does not belong in the mail server's address; give it with --password-file or LECTERN_SMTP_PASSWORD.")};
    }
    if (auto ok = account.validate(); !ok) {
        return ok.error();
    }
    return account;
}

QUrl SmtpAccount::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("smtp"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("security"), toKey(security));
    url.setQuery(query);
    return url;
}

Result<void> SmtpAccount::validate() const
{
    if (host.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("The mail account has no server.")};
    }
    if (port == 0) {
        return Error{Error::Kind::InvalidInput, tr("The mail server %1 has no port.").arg(host)};
    }
    if (security == Security::None) {
        const QHostAddress address(host);
        const bool local = host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
        if (!local) {
            return Error{Error::Kind::InvalidInput,
                         tr("Mail to %1 would go over the network unencrypted; security “none” is only for a server on this machine. Use starttls or tls.")
                                 .arg(displayName())};
        }
    }
    return {};
}

QString SmtpAccount::displayName() const
{
    return QStringLiteral("%1:%2").arg(host, QString::number(port));
}

} // namespace Lectern
