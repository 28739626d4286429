// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operations/plannedchange.h"

#include "storage/result.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <QDate>

#include <functional>
#include <memory>
#include <optional>

namespace Lectern {
class Storage;
struct Talk;

namespace Cli {
// The documented exit codes of lectern-cli.
enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, RefusedByRule = 3, DatabaseError = 4 };

// What a command needs: the database path, the open storage, and the output channels.
// Messages go to stderr and name what was wrong and where; results go to stdout.
class Context
{
public:
    explicit Context(QString databasePath);
    ~Context();

    // Opens the database (it must exist unless `create`); prints the error and returns false on failure.
    bool openStorage(bool create = false);
    Storage &storage() { return *m_storage; }
    QString databasePath() const { return m_databasePath; }

    void print(const QString &text) const;
    void printJson(const QJsonObject &object) const;
    void printJson(const QJsonArray &array) const;
    // A message on stderr that is not a failure (rule findings, hints).
    void note(const QString &message) const;
    int fail(int code, const QString &message) const;
    // Prints the error and returns the exit code its kind maps to.
    int fail(const Error &error) const;

private:
    QString m_databasePath;
    std::unique_ptr<Storage> m_storage;
};

// Parses a subcommand's arguments; prints the parser's complaint (exit code 1) on failure.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const Context &context);
// Reads a positive integer id from a positional argument.
bool parseId(const QString &text, const QString &what, qint64 *id, const Context &context);
// For commands that take exactly one id: parses the arguments and the id and opens the
// database. On failure (or --help) says why and returns nothing, with the exit code in *code.
std::optional<qint64> parseSingleId(QCommandLineParser &parser, const QStringList &arguments, Context &context, const QString &command, int *code);

// Reads an optional --timeout in seconds (a positive whole number), `seconds` keeping its
// default when it is not given; a bad one is reported (exit code 2) and false returned.
bool parseTimeoutOption(const QCommandLineParser &parser, int *seconds, const Context &context);
// Reads an optional --NAME YYYY-MM-DD; an invalid date is reported (exit code 2) and false returned.
bool parseDateOption(const QCommandLineParser &parser, const char *name, QDate *date, const Context &context);

// Makes a change planned by the operations layer: prints what the rules found; a warning
// refuses the change (exit code 3) unless forced. `talkId` learns the talk concerned (a new
// talk's id once it is written).
int make(Context &context, Result<PlannedChange> planned, bool force, qint64 *talkId = nullptr);

// A subcommand's actions ("talks list", "export ics"): runs the one named by the second
// argument with the rest, or says which ones there are.
struct Action
{
    const char *name;
    std::function<int(Context &, const QStringList &)> run;
};
int dispatch(Context &context, const QStringList &arguments, const char *group, const QList<Action> &actions);

// Prints records one per line (`describe`) or as a JSON array.
template<typename T, typename Describe, typename ToJson>
void printList(const Context &context, bool json, const QList<T> &items, Describe describe, ToJson toJson)
{
    if (json) {
        QJsonArray array;
        for (const T &item : items) {
            array.append(toJson(item));
        }
        context.printJson(array);
        return;
    }
    for (const T &item : items) {
        context.print(describe(item));
    }
}

int talks(Context &context, const QStringList &arguments);
int speakers(Context &context, const QStringList &arguments);
int proposals(Context &context, const QStringList &arguments);
int init(Context &context, const QStringList &arguments);
int copyCommand(Context &context, const QStringList &arguments);
int generate(Context &context, const QStringList &arguments);
int exportCommand(Context &context, const QStringList &arguments);
int importCommand(Context &context, const QStringList &arguments);
int syncCommand(Context &context, const QStringList &arguments);
int todoCommand(Context &context, const QStringList &arguments);
int series(Context &context, const QStringList &arguments);
int slotsCommand(Context &context, const QStringList &arguments);
int announceCommand(Context &context, const QStringList &arguments);
int outboxCommand(Context &context, const QStringList &arguments);
int publishCommand(Context &context, const QStringList &arguments);
// The CalDAV password for `user`: the private file named by `fileOption`, else
// $LECTERN_CALDAV_PASSWORD; an error saying how to give one when neither has it.
Result<QString> calendarPassword(const QCommandLineParser &parser, const QString &fileOption, const QString &user);

QString usage();
} // namespace Cli
} // namespace Lectern
