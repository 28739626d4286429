// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// A fuzz target's finding that is not a crash: a refusal that does not say where. libFuzzer
// saves the input that made it abort, like any crash.
namespace FuzzCheck {
inline void require(bool condition, const char *what, const QString &message)
{
    if (!condition) {
        std::fprintf(stderr, "FINDING: %s: %s\n", what, qPrintable(message));
        std::abort();
    }
}
} // namespace FuzzCheck
