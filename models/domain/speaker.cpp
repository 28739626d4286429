// SPDX-License-Identifier: GPL-2.0-or-later
#include "speaker.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace Lectern {

bool Speaker::isEmailAddress(const QString &text)
{
    // Deliberately simple: one @, something before it, a dotted domain after, no spaces.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+\\.[^@\\s<>(),;:\".]{2,}$"));
    return pattern.match(text).hasMatch();
}

QList<FieldError> Speaker::validate() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Speaker", text); };
    QList<FieldError> errors;
    if (name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), tr("A speaker needs a name.")});
    }
    for (const QString &email : emails) {
        if (!isEmailAddress(email.trimmed())) {
            errors.append({QStringLiteral("emails"), tr("“%1” is not an email address (expected name@example.org).").arg(email)});
        }
    }
    for (const QString &link : links) {
        const QUrl url(link.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
            errors.append({QStringLiteral("links"), tr("“%1” is not a web address (expected https://…).").arg(link)});
        }
    }
    if (!timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8())) {
        errors.append({QStringLiteral("timezone"), tr("“%1” is not an IANA time zone (e.g. Europe/Berlin).").arg(timeZone)});
    }
    return errors;
}

} // namespace Lectern
