// SPDX-License-Identifier: GPL-2.0-or-later
#include "duplicatefinder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Lectern::DuplicateFinder {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DuplicateFinder", text);
}

bool hasDigit(const QString &token)
{
    return std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit(); });
}

// The tokens of a normalized name without single-letter initials.
QStringList withoutInitials(const QString &normalized)
{
    QStringList tokens = normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    tokens.erase(std::remove_if(tokens.begin(), tokens.end(), [](const QString &t) { return t.size() == 1; }), tokens.end());
    return tokens;
}
} // namespace

QString normalizedName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing) {
            continue; // the accent of é, the ring of å
        }
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty()) {
                out += QLatin1Char(' ');
            }
            space = false;
            out += c.toCaseFolded();
        } else if (c.isSpace() || c == QLatin1Char('-')) {
            space = true; // "Saez-Trumper" and "Saez Trumper" are one name
        } // other punctuation disappears: "O'Brien" is "obrien", "C. Scott" is "c scott"
    }
    return out;
}

int editDistance(const QString &a, const QString &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit) {
        return limit + 1;
    }
    std::vector<int> previous2(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (int j = 0; j <= m; ++j) {
        previous[size_t(j)] = j;
    }
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1)) {
                value = std::min(value, previous2[size_t(j - 2)] + 1);
            }
            current[size_t(j)] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], limit + 1);
}

QList<Pair> find(const QList<Speaker> &speakers)
{
    QList<Pair> pairs;
    QSet<QPair<qint64, qint64>> seen;
    const auto add = [&](qint64 a, qint64 b, const QString &reason) {
        const QPair<qint64, qint64> key(std::min(a, b), std::max(a, b));
        if (a != b && !seen.contains(key)) {
            seen.insert(key);
            pairs.append({key.first, key.second, reason});
        }
    };

    // The same email address.
    QHash<QString, qint64> byEmail;
    for (const Speaker &s : speakers) {
        for (const QString &email : s.emails) {
            const QString key = email.trimmed().toCaseFolded();
            const auto it = byEmail.constFind(key);
            if (it != byEmail.constEnd()) {
                add(*it, s.meta.id, tr("both have the email address %1").arg(email.trimmed()));
            } else {
                byEmail.insert(key, s.meta.id);
            }
        }
    }

    // The same name once normalized, with or without initials; then, among records with the
    // same given name, family names a small edit apart.
    struct Entry
    {
        qint64 id;
        QString name;
        QStringList tokens;
    };
    QHash<QString, QList<Entry>> byGivenName;
    QHash<QString, Entry> byNormalized;
    for (const Speaker &s : speakers) {
        const QString normalized = normalizedName(s.name);
        const QStringList tokens = withoutInitials(normalized);
        if (tokens.isEmpty()) {
            continue;
        }
        const Entry entry{s.meta.id, s.name, tokens};
        const QString joined = tokens.join(QLatin1Char(' '));
        const auto same = byNormalized.constFind(joined);
        if (same != byNormalized.constEnd()) {
            add(same->id,
                s.meta.id,
                normalized == normalizedName(same->name) ? tr("the names “%1” and “%2” differ only in case, accents or punctuation").arg(same->name, s.name)
                                                         : tr("the names “%1” and “%2” differ only in an initial").arg(same->name, s.name));
        } else {
            byNormalized.insert(joined, entry);
        }
        byGivenName[tokens.constFirst()].append(entry);
    }
    for (auto group = byGivenName.cbegin(); group != byGivenName.cend(); ++group) {
        const QList<Entry> &entries = group.value();
        for (int i = 0; i < entries.size(); ++i) {
            for (int j = i + 1; j < entries.size(); ++j) {
                const QStringList &a = entries.at(i).tokens;
                const QStringList &b = entries.at(j).tokens;
                if (a.size() != b.size() || a.size() < 2) {
                    continue;
                }
                int differing = -1;
                bool tooMany = false;
                for (int t = 1; t < a.size(); ++t) {
                    if (a.at(t) != b.at(t)) {
                        tooMany = differing >= 0;
                        differing = t;
                    }
                }
                if (differing < 0 || tooMany || hasDigit(a.at(differing)) || hasDigit(b.at(differing))) {
                    continue;
                }
                const QString &x = a.at(differing);
                const QString &y = b.at(differing);
                // One edit in shorter names, two in long ones; never on a whole short word.
                const int limit = std::min(x.size(), y.size()) >= 8 ? 2 : 1;
                if (std::min(x.size(), y.size()) >= 4 && editDistance(x, y, limit) <= limit) {
                    add(entries.at(i).id, entries.at(j).id, tr("the names “%1” and “%2” are spelled almost alike").arg(entries.at(i).name, entries.at(j).name));
                }
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return std::make_pair(a.first, a.second) < std::make_pair(b.first, b.second); });
    return pairs;
}

} // namespace Lectern::DuplicateFinder
