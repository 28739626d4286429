// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target: the CSV and JSON proposal readers (ProposalFile::readCsv, readJson).
// Besides crashes and hangs, a refusal that names no line, and a problem without a line,
// are findings: every byte of a file is either read or reported with its place.
#include "fuzzcheck.h"
#include "import/proposalfile.h"

#include <QByteArray>

#include <cstdint>

using namespace Lectern;

namespace {
// Nothing but byte-order marks and blanks (Qt's UTF-8 decoder drops a second mark too).
bool blank(const QByteArray &bytes)
{
    QByteArray rest = bytes;
    while (rest.startsWith("\xEF\xBB\xBF")) {
        rest = rest.mid(3);
    }
    return rest.trimmed().isEmpty();
}

void check(const QByteArray &bytes, const Result<ProposalFile::Contents> &contents)
{
    if (!contents) {
        FuzzCheck::require(blank(bytes) || FuzzCheck::namesALine(contents.error().message), "refusal without a line", contents.error().message);
        return;
    }
    for (const ProposalFile::Problem &problem : contents.value().problems) {
        FuzzCheck::require(problem.line > 0, "problem without a line", problem.message);
    }
    for (const ProposalFile::Row &row : contents.value().rows) {
        FuzzCheck::require(row.line > 0 && !row.title.isEmpty(), "row without a line or title", row.title);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    check(bytes, FUZZ_READER(bytes));
    return 0;
}
