// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/proposal.h"
#include "storage/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Lectern {
class Storage;

// Proposals from a file someone else made: CSV (a header row naming the columns title, text,
// proposer, email, received, url; UTF-8; RFC 4180 quoting, so fields may hold commas and
// newlines) or JSON (an array of objects with the same keys). Reading never writes: the
// caller sees every problem with its line and column first, and decides.
namespace ProposalFile {

struct Row
{
    int line = 0; // where the record starts in the file
    QString title;
    QString text;
    QString proposer;
    QString email;
    QString url;
    QDateTime received;
};

struct Problem
{
    int line = 0;
    QString column; // the column or key, empty for the whole line
    QString message;
};

struct Contents
{
    QList<Row> rows; // the valid ones
    QList<Problem> problems;
};

// The columns a file may have.
QStringList columns();

// Reads a CSV or JSON file (by its first non-blank character: "[" is JSON). An error only when
// nothing in it can be used (unreadable, empty, not UTF-8, a header without "title", JSON
// that does not parse); problems with single rows are listed in Contents.
Result<Contents> read(const QString &path);
Result<Contents> readCsv(const QByteArray &bytes);
Result<Contents> readJson(const QByteArray &bytes);

// "file.csv:12: received: …" lines, for the CLI and the import dialog.
QString describe(const QString &path, const Problem &problem);

struct Imported
{
    int added = 0;
    int alreadyThere = 0;
};
struct Plan
{
    QList<Proposal> proposals; // the rows not imported before, as proposals to add
    int alreadyThere = 0;
};
// What importing the rows would add: a row imported before (same title, proposer and email)
// is left out. Writes nothing; the GUI adds the plan as one undoable step.
Result<Plan> plan(Storage &storage, const QList<Row> &rows);
// Adds the rows as new proposals (source "import"), all in one transaction. A row imported
// before (same title, proposer and email) is skipped, so importing a file twice adds nothing.
Result<Imported> import(Storage &storage, const QList<Row> &rows);

} // namespace ProposalFile
} // namespace Lectern
