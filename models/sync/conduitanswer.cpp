// SPDX-License-Identifier: GPL-2.0-or-later
#include "conduitanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <optional>

namespace Lectern::Conduit {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Conduit", text);
}

Error wrongShape(const QString &method, const QString &what)
{
    return Error{Error::Kind::InvalidInput, tr("The server's answer to %1 is not what Phabricator sends: %2.").arg(method, what)};
}

// A JSON number as a whole number, if it is one that fits (converting 1e72 to an integer
// is undefined behaviour; the fuzzer sent one).
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || number < -9.0e15 || number > 9.0e15) {
        return std::nullopt;
    }
    return qint64(number);
}

// Conduit sends epoch seconds as numbers; some versions as strings of digits. Dates past the
// year 9999 are no dates.
QDateTime epoch(const QJsonValue &value)
{
    constexpr qint64 latest = 253402300799; // 9999-12-31T23:59:59Z
    std::optional<qint64> seconds;
    if (value.isDouble()) {
        seconds = wholeNumber(value);
    } else {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok) {
            seconds = parsed;
        }
    }
    if (!seconds || *seconds < 0 || *seconds > latest) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}
} // namespace

Result<QJsonObject> result(const QByteArray &body, const QString &method)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{Error::Kind::InvalidInput,
                     tr("The server's answer to %1 is not JSON (at byte %2: %3).").arg(method, QString::number(parseError.offset), parseError.errorString())};
    }
    if (!document.isObject()) {
        return wrongShape(method, tr("not a JSON object"));
    }
    const QJsonObject envelope = document.object();
    const QJsonValue errorCode = envelope.value(QLatin1String("error_code"));
    if (!errorCode.isNull() && !errorCode.isUndefined()) {
        const QString info = envelope.value(QLatin1String("error_info")).toString();
        return Error{Error::Kind::Refused,
                     tr("Phabricator refused %1: %2 (%3).").arg(method, info.isEmpty() ? tr("no reason given") : info, errorCode.toString())};
    }
    if (!envelope.value(QLatin1String("result")).isObject()) {
        return wrongShape(method, tr("no \"result\" object"));
    }
    return envelope.value(QLatin1String("result")).toObject();
}

bool isClosedStatus(const QString &status)
{
    static const QStringList closed = {QStringLiteral("resolved"),
                                       QStringLiteral("wontfix"),
                                       QStringLiteral("invalid"),
                                       QStringLiteral("duplicate"),
                                       QStringLiteral("spite"),
                                       QStringLiteral("declined")};
    return closed.contains(status);
}

namespace {
// The "data" list every *.search method answers with.
Result<QJsonArray> dataList(const QJsonObject &answer, const QString &method)
{
    const QJsonValue data = answer.value(QLatin1String("data"));
    if (!data.isArray()) {
        return wrongShape(method, tr("no \"data\" list"));
    }
    return data.toArray();
}
} // namespace

Result<TaskPage> taskPage(const QByteArray &body)
{
    const QString method = QStringLiteral("maniphest.search");
    auto answer = result(body, method);
    if (!answer) {
        return answer.error();
    }
    auto data = dataList(answer.value(), method);
    if (!data) {
        return data.error();
    }
    TaskPage page;
    const QJsonArray items = data.value();
    page.tasks.reserve(items.size());
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonObject fields = item.value(QLatin1String("fields")).toObject();
        Task task;
        task.id = item.value(QLatin1String("id")).toInt();
        task.phid = item.value(QLatin1String("phid")).toString();
        task.title = fields.value(QLatin1String("name")).toString();
        if (task.id <= 0 || task.title.trimmed().isEmpty()) {
            return wrongShape(method, tr("task %1 in the list has no id or no name").arg(i + 1));
        }
        const QJsonValue description = fields.value(QLatin1String("description"));
        // Older servers send the description as a string, newer ones as {"raw": …}.
        task.description = description.isObject() ? description.toObject().value(QLatin1String("raw")).toString() : description.toString();
        task.authorPhid = fields.value(QLatin1String("authorPHID")).toString();
        const QJsonValue status = fields.value(QLatin1String("status"));
        task.status = status.isObject() ? status.toObject().value(QLatin1String("value")).toString() : status.toString();
        const QJsonValue dateClosed = fields.value(QLatin1String("dateClosed"));
        task.closed = (!dateClosed.isUndefined() && !dateClosed.isNull()) || isClosedStatus(task.status);
        task.created = epoch(fields.value(QLatin1String("dateCreated")));
        task.modified = epoch(fields.value(QLatin1String("dateModified")));
        if (!task.modified.isValid()) {
            return wrongShape(method, tr("T%1 has no dateModified").arg(task.id));
        }
        page.tasks.append(task);
    }
    const QJsonValue after = answer.value().value(QLatin1String("cursor")).toObject().value(QLatin1String("after"));
    if (after.isString()) {
        page.after = after.toString();
    } else if (const auto cursor = wholeNumber(after)) {
        page.after = QString::number(*cursor);
    }
    return page;
}

Result<QHash<QString, QString>> userNames(const QByteArray &body)
{
    const QString method = QStringLiteral("user.search");
    auto answer = result(body, method);
    if (!answer) {
        return answer.error();
    }
    auto data = dataList(answer.value(), method);
    if (!data) {
        return data.error();
    }
    QHash<QString, QString> names;
    const QJsonArray users = data.value();
    for (const QJsonValue &user : users) {
        const QJsonObject object = user.toObject();
        const QJsonObject fields = object.value(QLatin1String("fields")).toObject();
        const QString realName = fields.value(QLatin1String("realName")).toString().trimmed();
        const QString username = fields.value(QLatin1String("username")).toString().trimmed();
        const QString phid = object.value(QLatin1String("phid")).toString();
        if (!phid.isEmpty()) {
            names.insert(phid, realName.isEmpty() ? username : realName);
        }
    }
    return names;
}

} // namespace Lectern::Conduit
