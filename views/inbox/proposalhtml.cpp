// SPDX-License-Identifier: GPL-2.0-or-later
#include "proposalhtml.h"

#include "localeformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Lectern::ProposalHtml {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ProposalHtml", text, disambiguation, n);
}

QString when(const QDateTime &dateTime)
{
    return dateTime.isValid() ? LocaleFormat::shortDateTime(dateTime.toLocalTime()) : QString();
}
} // namespace

QString linkify(const QString &text)
{
    static const QRegularExpression url(QStringLiteral(R"((https?://[^\s<>"]+[^\s<>".,;:!?)\]]))"));
    QString html;
    int last = 0;
    auto it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString link = match.captured(1).toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%1</a>").arg(link);
        last = match.capturedEnd();
    }
    html += text.mid(last).toHtmlEscaped();
    html.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString render(const Proposal &p)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(p.title.toHtmlEscaped());
    QStringList facts;
    QStringList speakers;
    for (const ProposedSpeaker &speaker : p.proposedSpeakers) {
        speakers << speaker.name.toHtmlEscaped();
    }
    if (!speakers.isEmpty()) {
        facts << tr("<b>Speakers:</b> %1").arg(speakers.join(QStringLiteral(", ")));
    }
    if (!p.proposer.isEmpty()) {
        const QString who = p.proposerEmail.isEmpty()
                ? p.proposer.toHtmlEscaped()
                : QStringLiteral("%1 &lt;<a href=\"mailto:%2\">%2</a>&gt;").arg(p.proposer.toHtmlEscaped(), p.proposerEmail.toHtmlEscaped());
        facts << tr("<b>Proposed by:</b> %1").arg(who);
    }
    if (p.received.isValid()) {
        facts << tr("<b>Received:</b> %1").arg(when(p.received));
    }
    QString source = displayName(p.source).toHtmlEscaped();
    if (!p.externalId.isEmpty() && p.source == ProposalSource::Phabricator) {
        source += QLatin1Char(' ') + p.externalId.toHtmlEscaped();
    }
    if (!p.url.isEmpty()) {
        source = QStringLiteral("<a href=\"%1\">%2</a>").arg(p.url.toHtmlEscaped(), source);
    }
    facts << tr("<b>Source:</b> %1").arg(source);
    QString status = displayName(p.status).toHtmlEscaped();
    if (!p.statusReason.isEmpty()) {
        status += QStringLiteral(" — ") + p.statusReason.toHtmlEscaped();
    }
    facts << tr("<b>Status:</b> %1").arg(status);
    if (!p.upstreamStatus.isEmpty()) {
        facts << tr("<b>In the tracker:</b> %1%2").arg(p.upstreamStatus.toHtmlEscaped(), p.upstreamClosed ? tr(" (closed there)") : QString());
    }
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    if (p.changedUpstream) {
        html += tr("<p><b>Changed upstream</b> since you reviewed or decided on it: read it again.</p>");
    }
    html += p.text.trimmed().isEmpty() ? tr("<p><i>No text.</i></p>") : linkify(p.text.trimmed());
    if (!p.reviews.isEmpty()) {
        const auto score = p.score();
        html += QStringLiteral("<h3>%1</h3>").arg(score ? tr("Reviews (mean score %1)").arg(QLocale().toString(*score, 'f', 1)) : tr("Reviews"));
        for (const Review &review : p.reviews) {
            QString line = QStringLiteral("<b>%1</b>, %2").arg(review.reviewer.toHtmlEscaped(), when(review.reviewedAt));
            if (review.score) {
                line += QStringLiteral(" — ") + tr("score %1 of 5").arg(*review.score);
            }
            html += QStringLiteral("<p>%1%2</p>")
                            .arg(line, review.note.isEmpty() ? QString() : QStringLiteral("<br>") + linkify(review.note).mid(3).chopped(4));
        }
    }
    return html;
}

} // namespace Lectern::ProposalHtml
