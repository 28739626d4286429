// SPDX-License-Identifier: GPL-2.0-or-later
#include "proposalfile.h"

#include "domain/speaker.h"
#include "domain/talk.h"
#include "storage/database.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Lectern::ProposalFile {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProposalFile", text);
}

const QString titleKey = QStringLiteral("title");

// One record of a CSV file and the line it starts on.
struct Record
{
    int line = 0;
    QStringList fields;
    QString problem; // a quoting problem: the record is not used
};

// Characters no field may hold: C0 controls but tab and line ends (a NUL byte among them).
bool isControl(QChar c)
{
    return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r');
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

QString controlCharacterProblem(QChar c, int line, int column)
{
    return tr("line %1, column %2: a control character (%3) that a proposal cannot hold; remove it or save the file as text again.")
            .arg(QString::number(line), QString::number(column), codePoint(c));
}

// RFC 4180, with LF or CRLF line ends and blank lines skipped.
QList<Record> csvRecords(const QString &text)
{
    QList<Record> records;
    Record record;
    QString field;
    bool quoted = false; // inside quotes
    bool afterQuote = false; // a quoted field just closed
    bool fieldStarted = false;
    int line = 1;
    int column = 0; // of the character being read, in its line
    record.line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        const bool blank = record.fields.isEmpty() && field.isEmpty() && !fieldStarted && !afterQuote;
        if (!blank) {
            endField();
            records.append(record);
        }
        record = Record();
        record.line = line;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        ++column;
        if (isControl(c) && record.problem.isEmpty()) {
            record.problem = controlCharacterProblem(c, line, column);
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                    column = 0;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            fieldStarted = true; // a trailing comma still makes an (empty) field
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            column = 0;
            endRecord();
        } else if (c == QLatin1Char('"') && field.isEmpty() && !afterQuote) {
            quoted = true;
            fieldStarted = true;
        } else {
            if ((afterQuote || c == QLatin1Char('"')) && record.problem.isEmpty()) {
                record.problem = tr("a quote in the middle of field %1 (quote the whole field and double the quotes inside it)").arg(record.fields.size() + 1);
            }
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        record.problem = tr("a quoted field opens here and is never closed");
    }
    endRecord();
    return records;
}

QDateTime parseReceived(const QString &text)
{
    // The whole text in one of the shapes the header names (Qt's ISO date parser alone reads
    // "2026-03-01T99:99" as the 1st of March at midnight).
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?)?$"));
    if (text.isEmpty() || !shape.match(text).hasMatch()) {
        return {};
    }
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        return {};
    }
    if (when.timeSpec() == Qt::LocalTime) {
        when.setTimeSpec(Qt::UTC); // no zone given: UTC, as everywhere in Lectern's files
    }
    return when.toUTC();
}

// Checks one row's values; the row is kept only when nothing is wrong.
bool validate(Row &row, const QHash<QString, QString> &values, QList<Problem> &problems)
{
    const int before = int(problems.size());
    row.title = values.value(titleKey).trimmed();
    row.text = values.value(QStringLiteral("text")).trimmed();
    row.proposer = values.value(QStringLiteral("proposer")).trimmed();
    row.email = values.value(QStringLiteral("email")).trimmed();
    row.url = values.value(QStringLiteral("url")).trimmed();
    if (row.title.isEmpty()) {
        problems.append({row.line, titleKey, tr("A proposal needs a title.")});
    }
    const QString received = values.value(QStringLiteral("received")).trimmed();
    row.received = parseReceived(received);
    if (!received.isEmpty() && !row.received.isValid()) {
        problems.append({row.line, QStringLiteral("received"), tr("“%1” is not a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SSZ).").arg(received)});
    } else if (row.received.isValid() && !Talk::isRepresentableDate(row.received.date())) {
        problems.append({row.line, QStringLiteral("received"), Talk::dateRangeMessage(row.received.date())});
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &value = it.value();
        const auto control = std::find_if(value.cbegin(), value.cend(), isControl);
        if (control != value.cend()) {
            problems.append({row.line,
                             it.key(),
                             tr("character %1: a control character (%2) that a proposal cannot hold.")
                                     .arg(QString::number(control - value.cbegin() + 1), codePoint(*control))});
        }
    }
    if (!row.email.isEmpty() && !Speaker::isEmailAddress(row.email)) {
        problems.append({row.line, QStringLiteral("email"), tr("“%1” is not an email address.").arg(row.email)});
    }
    if (!row.url.isEmpty()) {
        const QUrl url(row.url, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()) {
            problems.append({row.line, QStringLiteral("url"), tr("“%1” is not a web address (http or https).").arg(row.url)});
        }
    }
    return problems.size() == before;
}

// The line each top-level element of a JSON array starts on, so that problems name lines.
QList<int> jsonElementLines(const QByteArray &bytes)
{
    QList<int> lines;
    int depth = 0;
    int line = 1;
    bool inString = false;
    bool expectElement = false;
    for (int i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++line;
        }
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (depth == 1 && expectElement && !QChar::isSpace(uchar(c)) && c != ']') {
            lines.append(line);
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth == 1) {
                expectElement = true;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
    }
    return lines;
}

QByteArray withoutByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

// The text of UTF-8 bytes (a byte-order mark skipped), or where they stop being UTF-8.
Result<QString> decodeUtf8(const QByteArray &withMark)
{
    const QByteArray bytes = withoutByteOrderMark(withMark);
    // With the size: a NUL byte is a character like any other (Qt 5's fromUtf8(QByteArray)
    // stops at the first one).
    const QString text = QString::fromUtf8(bytes.constData(), int(bytes.size()));
    // Invalid sequences become U+FFFD; one that was not in the bytes means they were not UTF-8.
    if (!text.contains(QChar::ReplacementCharacter) || bytes.contains("\xEF\xBF\xBD")) {
        return text;
    }
    int line = 1;
    for (const QByteArray &lineBytes : bytes.split('\n')) {
        const QString decoded = QString::fromUtf8(lineBytes.constData(), int(lineBytes.size()));
        const int column = int(decoded.indexOf(QChar::ReplacementCharacter));
        if (column >= 0) {
            return Error{Error::Kind::InvalidInput,
                         tr("line %1, column %2: the file is not UTF-8 text from here on; save it as CSV UTF-8 and try again.")
                                 .arg(QString::number(line), QString::number(column + 1))};
        }
        ++line;
    }
    return Error{Error::Kind::InvalidInput, tr("The file is not UTF-8 text; save it as CSV UTF-8 and try again.")};
}
} // namespace

QStringList columns()
{
    return {titleKey, QStringLiteral("text"), QStringLiteral("proposer"), QStringLiteral("email"), QStringLiteral("received"), QStringLiteral("url")};
}

Result<Contents> readCsv(const QByteArray &bytes)
{
    const auto text = decodeUtf8(bytes);
    if (!text) {
        return text.error();
    }
    const QList<Record> records = csvRecords(text.value());
    if (records.isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("The file is empty; it needs a header row (%1) and a row per proposal.").arg(columns().join(QStringLiteral(", ")))};
    }
    const Record &header = records.constFirst();
    QStringList names;
    for (const QString &name : header.fields) {
        names << name.trimmed().toLower();
    }
    for (int i = 0; i < names.size(); ++i) {
        if (!columns().contains(names.at(i))) {
            return Error{Error::Kind::InvalidInput,
                         tr("line %1, column %2 of the header: “%3” is not one of %4.")
                                 .arg(QString::number(header.line), QString::number(i + 1), header.fields.at(i), columns().join(QStringLiteral(", ")))};
        }
        if (names.indexOf(names.at(i)) != i) {
            return Error{Error::Kind::InvalidInput,
                         tr("line %1, column %2 of the header: “%3” is named twice.").arg(QString::number(header.line), QString::number(i + 1), names.at(i))};
        }
    }
    if (!names.contains(titleKey)) {
        return Error{Error::Kind::InvalidInput,
                     tr("line %1: the header has no “title” column (it has: %2).").arg(QString::number(header.line), names.join(QStringLiteral(", ")))};
    }
    Contents contents;
    for (const Record &record : records.mid(1)) {
        if (!record.problem.isEmpty()) {
            contents.problems.append({record.line, QString(), record.problem});
            continue;
        }
        if (record.fields.size() != names.size()) {
            contents.problems.append(
                    {record.line,
                     QString(),
                     tr("%1 fields where the header has %2 columns.").arg(QString::number(record.fields.size()), QString::number(names.size()))});
            continue;
        }
        QHash<QString, QString> values;
        for (int i = 0; i < names.size(); ++i) {
            values.insert(names.at(i), record.fields.at(i));
        }
        Row row;
        row.line = record.line;
        if (validate(row, values, contents.problems)) {
            contents.rows.append(row);
        }
    }
    return contents;
}

Result<Contents> readJson(const QByteArray &withMark)
{
    const QByteArray bytes = withoutByteOrderMark(withMark);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error{Error::Kind::InvalidInput,
                     tr("line %1, column %2: the JSON does not parse (%3).").arg(QString::number(line), QString::number(column), parseError.errorString())};
    }
    if (!document.isArray()) {
        // Where the top-level value starts.
        const auto start = std::find_if(bytes.cbegin(), bytes.cend(), [](char c) { return !QChar::isSpace(uchar(c)); });
        const int line = int(std::count(bytes.cbegin(), start, '\n')) + 1;
        return Error{Error::Kind::InvalidInput, tr("line %1: the JSON is not an array of proposals ([{\"title\": …}, …]).").arg(QString::number(line))};
    }
    const QList<int> lines = jsonElementLines(bytes);
    const QJsonArray items = document.array();
    Contents contents;
    for (int i = 0; i < items.size(); ++i) {
        Row row;
        row.line = lines.value(i, 1);
        if (!items.at(i).isObject()) {
            contents.problems.append({row.line, QString(), tr("entry %1 is not an object with title, text, …").arg(i + 1)});
            continue;
        }
        const QJsonObject object = items.at(i).toObject();
        QHash<QString, QString> values;
        bool usable = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!columns().contains(it.key())) {
                contents.problems.append({row.line, it.key(), tr("“%1” is not one of %2.").arg(it.key(), columns().join(QStringLiteral(", ")))});
                usable = false;
            } else if (!it.value().isString() && !it.value().isNull()) {
                contents.problems.append({row.line, it.key(), tr("the value must be text.")});
                usable = false;
            } else {
                values.insert(it.key(), it.value().toString());
            }
        }
        if (usable && validate(row, values, contents.problems)) {
            contents.rows.append(row);
        }
    }
    return contents;
}

Result<Contents> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Kind::InvalidInput, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    const QByteArray bytes = file.readAll();
    // By the first character after a byte-order mark and blanks: "[" is JSON.
    auto contents = withoutByteOrderMark(bytes).trimmed().startsWith('[') ? readJson(bytes) : readCsv(bytes);
    if (!contents) {
        return Error{contents.error().kind, QStringLiteral("%1: %2").arg(path, contents.error().message)};
    }
    return contents;
}

QString describe(const QString &path, const Problem &problem)
{
    return problem.column.isEmpty() ? QStringLiteral("%1:%2: %3").arg(path, QString::number(problem.line), problem.message)
                                    : QStringLiteral("%1:%2: %3: %4").arg(path, QString::number(problem.line), problem.column, problem.message);
}

Result<Plan> plan(Storage &storage, const QList<Row> &rows)
{
    auto series = storage.series().current();
    if (!series) {
        return series.error();
    }
    auto known = storage.proposals().fromSource(ProposalSource::Import);
    if (!known) {
        return known.error();
    }
    QSet<QString> keys;
    for (auto it = known.value().cbegin(); it != known.value().cend(); ++it) {
        keys.insert(it.key());
    }
    Plan plan;
    for (const Row &row : rows) {
        // The same proposal from the same person: its key, whatever file it came in.
        const QByteArray identity = (row.title.toLower() + QLatin1Char('\n') + row.proposer.toLower() + QLatin1Char('\n') + row.email.toLower()).toUtf8();
        const QString key = QStringLiteral("file-") + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(20));
        if (keys.contains(key)) {
            ++plan.alreadyThere;
            continue;
        }
        keys.insert(key);
        Proposal proposal;
        proposal.seriesId = series.value().meta.id;
        proposal.source = ProposalSource::Import;
        proposal.externalId = key;
        proposal.title = row.title;
        proposal.text = row.text;
        proposal.proposer = row.proposer;
        proposal.proposerEmail = row.email;
        proposal.url = row.url;
        proposal.received = row.received;
        plan.proposals.append(proposal);
    }
    return plan;
}

Result<Imported> import(Storage &storage, const QList<Row> &rows)
{
    Transaction transaction(storage.database());
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto planned = plan(storage, rows);
    if (!planned) {
        return planned.error();
    }
    for (const Proposal &proposal : std::as_const(planned.value().proposals)) {
        if (auto id = storage.proposals().add(proposal); !id) {
            return Error{id.error().kind, tr("“%1”: %2").arg(proposal.title, id.error().message)};
        }
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return Imported{int(planned.value().proposals.size()), planned.value().alreadyThere};
}

} // namespace Lectern::ProposalFile
