// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern {

// What a scheduling rule has to say about a talk at a date: information, or a warning the
// user must accept before the change is made. Rules never forbid.
struct Finding
{
    enum class Severity { Info, Warning };
    Severity severity = Severity::Info;
    QString rule; // stable id, e.g. "cadence"
    QString message; // plain words, translated

    bool isWarning() const { return severity == Severity::Warning; }
};

inline bool hasWarnings(const QList<Finding> &findings)
{
    for (const Finding &finding : findings) {
        if (finding.isWarning()) {
            return true;
        }
    }
    return false;
}

} // namespace Lectern
