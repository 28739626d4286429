// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/proposal.h"

#include <QString>

namespace Lectern::ProposalHtml {

// The whole proposal as rich text for the inbox's reading pane: title, who and when, where it
// came from (a link), its status and what the tracker says, the text with its links made
// clickable and everything else escaped, and the reviews.
QString render(const Proposal &proposal);

// Plain text with http(s) links made into anchors; everything else HTML-escaped, paragraphs kept.
QString linkify(const QString &text);

} // namespace Lectern::ProposalHtml
