// SPDX-License-Identifier: GPL-2.0-or-later
#include "icalendarstructure.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Lectern::ICalendarStructure {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ICalendarStructure", text);
}

Error broken(int line, const QString &why)
{
    return Error{Error::Kind::InvalidInput, tr("line %1: %2").arg(QString::number(line), why)};
}

// A content line's name ("BEGIN", "DTSTART") and value, parameters skipped.
struct ContentLine
{
    int number = 0;
    QStringView raw; // the name as written (a view into the line); empty for a blank line
    QString name; // upper case, only for the names the outline reads
    QString value; // only for those too
};

// The properties the outline reads; every other line only needs its name to be known.
bool isNeeded(QStringView name)
{
    for (const char *wanted : {"BEGIN", "END", "UID", "SUMMARY", "RECURRENCE-ID"}) {
        if (name.compare(QLatin1String(wanted), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

ContentLine split(int number, const QString &line)
{
    ContentLine content;
    content.number = number;
    // The name ends at the first ';' or ':'; the value starts at the first ':' outside quotes.
    int nameEnd = -1;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char(';') || c == QLatin1Char(':')) {
            nameEnd = i;
            break;
        }
    }
    const QStringView name = QStringView(line).left(nameEnd < 0 ? line.size() : nameEnd).trimmed();
    content.raw = name;
    if (!isNeeded(name)) {
        return content; // its value is not needed
    }
    bool quoted = false;
    for (int i = nameEnd < 0 ? int(line.size()) : nameEnd; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char(':')) {
            content.value = line.mid(i + 1);
            break;
        }
    }
    content.name = name.toString().toUpper();
    return content;
}

QList<ContentLine> contentLines(const QList<Line> &logical)
{
    QList<ContentLine> lines;
    lines.reserve(logical.size());
    for (const Line &line : logical) {
        lines.append(split(line.number, line.text));
    }
    return lines;
}
} // namespace

// Folded continuations (a line starting with a space or a tab) are joined to the line before.
QList<Line> unfold(const QString &text)
{
    QList<Line> lines;
    lines.reserve(int(text.count(QLatin1Char('\n'))) + 1);
    int start = 0;
    for (int number = 1;; ++number) {
        int end = int(text.indexOf(QLatin1Char('\n'), start));
        const bool last = end < 0;
        if (last) {
            end = int(text.size());
        }
        int length = end - start;
        if (length > 0 && text.at(end - 1) == QLatin1Char('\r')) {
            --length;
        }
        const QChar *line = text.constData() + start;
        if (length > 0 && (line[0] == QLatin1Char(' ') || line[0] == QLatin1Char('\t')) && !lines.isEmpty()) {
            lines.last().text.append(line + 1, length - 1);
        } else {
            lines.append({number, QString(line, length)});
        }
        if (last) {
            break;
        }
        start = end + 1;
    }
    return lines;
}

Result<Outline> outline(const QString &text)
{
    return outline(unfold(text));
}

Result<Outline> outline(const QList<Line> &logical)
{
    const QList<ContentLine> lines = contentLines(logical);
    auto first = std::find_if(lines.cbegin(), lines.cend(), [](const ContentLine &l) { return !l.raw.isEmpty(); });
    if (first == lines.cend()) {
        return broken(1, tr("the file holds no iCalendar text (it should begin with BEGIN:VCALENDAR)."));
    }
    if (first->name != QLatin1String("BEGIN") || first->value.trimmed().toUpper() != QLatin1String("VCALENDAR")) {
        return broken(first->number, tr("an iCalendar file begins with BEGIN:VCALENDAR; this one does not, so it is not an iCalendar file."));
    }

    struct Open
    {
        QString name;
        int line = 0;
    };
    QList<Open> stack;
    Outline result;
    Component component;
    for (auto it = first; it != lines.cend(); ++it) {
        const ContentLine &line = *it;
        if (line.raw.isEmpty()) {
            continue;
        }
        if (result.endLine > 0) {
            result.contentAfterEnd = true;
            break;
        }
        const QString value = line.value.trimmed().toUpper();
        if (line.name == QLatin1String("BEGIN")) {
            if (value.isEmpty()) {
                return broken(line.number, tr("BEGIN without the name of a component."));
            }
            stack.append({value, line.number});
            if (stack.size() == 2) {
                component = Component();
                component.name = value;
                component.beginLine = line.number;
            }
        } else if (line.name == QLatin1String("END")) {
            if (stack.isEmpty()) {
                return broken(line.number, tr("END:%1 without a BEGIN:%1 before it.").arg(value));
            }
            const Open open = stack.takeLast();
            if (open.name != value) {
                return broken(line.number, tr("END:%1 where END:%2 was expected (for BEGIN:%2 at line %3).").arg(value, open.name, QString::number(open.line)));
            }
            if (stack.size() == 1) {
                component.endLine = line.number;
                result.components.append(component);
            } else if (stack.isEmpty()) {
                result.endLine = line.number;
            }
        } else if (stack.size() == 2) {
            // A property of a top-level component (not of its VALARMs).
            if (line.name == QLatin1String("UID")) {
                component.uid = line.value.trimmed();
            } else if (line.name == QLatin1String("SUMMARY")) {
                component.summary = line.value.trimmed();
            } else if (line.name == QLatin1String("RECURRENCE-ID")) {
                component.recurrenceId = line.value.trimmed();
            }
        } else if (stack.isEmpty()) {
            return broken(line.number, tr("“%1” outside BEGIN:VCALENDAR … END:VCALENDAR.").arg(line.raw.toString()));
        }
    }
    if (!stack.isEmpty()) {
        auto lastText = std::find_if(lines.crbegin(), lines.crend(), [](const ContentLine &l) { return !l.raw.isEmpty(); });
        const int last = lastText == lines.crend() ? 1 : lastText->number;
        const Open &open = stack.constLast();
        return broken(
                last,
                tr("the file ends inside %1, begun at line %2 (END:%1 is missing); it may have been cut short.").arg(open.name, QString::number(open.line)));
    }
    return result;
}

} // namespace Lectern::ICalendarStructure
