// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

#include <cstdio>
#include <cstdlib>

// A fuzz target's finding that is not a crash: a refusal that does not say where. libFuzzer
// saves the input that made it abort, like any crash.
namespace FuzzCheck {
// Whether a message says where: "line 12", "lines 1 to 40".
inline bool namesALine(const QString &message)
{
    static const QRegularExpression place(QStringLiteral("\\blines? \\d+"));
    return place.match(message).hasMatch();
}

inline void require(bool condition, const char *what, const QString &message)
{
    if (!condition) {
        std::fprintf(stderr, "FINDING: %s: %s\n", what, qPrintable(message));
        std::abort();
    }
}
} // namespace FuzzCheck
