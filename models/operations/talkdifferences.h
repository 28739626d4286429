// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/talk.h"

#include <QCoreApplication>
#include <QStringList>

namespace Lectern {

// What another coordinator changed, in the words a conflict report uses: "date Wednesday,
// 10 June 2020", "title “…”". Plain text; a rich-text view escapes each part.
class TalkDifferences
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::TalkDifferences)
public:
    // The fields where `theirs` differs from `mine`, each with theirs' value.
    static QStringList describe(const Talk &mine, const Talk &theirs);
};

} // namespace Lectern
