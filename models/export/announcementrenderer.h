// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/emailtemplate.h"
#include "domain/series.h"
#include "domain/speaker.h"
#include "domain/talk.h"

#include <QHash>

#include <optional>

namespace Lectern {

// Something about a rendered template: an unknown placeholder (an error: the email would go
// out with "{tittle}" in it) or a placeholder with nothing to put in (a warning: "TBA").
struct TemplateProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Warning;
    QString placeholder;
    QString message; // names the placeholder and where it is (subject or body, line, column)
};

struct RenderedEmail
{
    QString subject;
    QString body;
    QList<TemplateProblem> problems;
    bool hasErrors() const;
};

struct RenderContext
{
    Series series;
    std::optional<Talk> talk;
    QHash<qint64, Speaker> speakers; // for role titles and affiliations
    QString proposalTitle;
    QStringList worldTimeZones; // IANA ids; empty: defaultWorldTimeZones()
};

namespace AnnouncementRenderer {
// Every placeholder a template may use, without braces.
QStringList placeholders();
RenderedEmail render(const EmailTemplate &emailTemplate, const RenderContext &context);
// "18:00 UTC · 10:00 Los Angeles · … · 03:00 Tokyo (next day)"
QString worldTimes(const QDateTime &startUtc, const QStringList &zoneIds);
QStringList defaultWorldTimeZones();
} // namespace AnnouncementRenderer

} // namespace Lectern
