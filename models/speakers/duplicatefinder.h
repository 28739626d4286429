// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/speaker.h"

#include <QList>
#include <QString>

// Which speaker records are likely the same person. Pure functions over the records.
namespace Lectern::DuplicateFinder {
struct Pair
{
    qint64 first = 0; // the lower id
    qint64 second = 0;
    QString reason; // in plain words
};

// Case folded, diacritics and punctuation removed, spaces collapsed: "Zoë  O'Brien" → "zoe obrien".
QString normalizedName(const QString &name);
// Damerau–Levenshtein distance (adjacent transpositions count as one edit); stops counting
// past `limit` and returns limit + 1.
int editDistance(const QString &a, const QString &b, int limit);

// Likely duplicates: the same email address; the same name once normalized (also with a
// middle initial left out); or the same given name with a family name a letter or two
// apart ("Shottlender"/"Schottlender", a transposition). Different numbers in names never
// match. Each pair once, by the records' ids.
QList<Pair> find(const QList<Speaker> &speakers);
} // namespace Lectern::DuplicateFinder
