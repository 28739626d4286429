// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/series.h"
#include "domain/speaker.h"
#include "domain/talk.h"

#include <QHash>

// The listing of talks as MediaWiki wikitext, in the shape of the series' public page: a
// heading per season and per talk ("Season 2. Episode 1: Title"), the date and time in UTC
// with the length, stream and slides links (or TBA), speakers with their roles, topic
// areas and the description. Text from the database never becomes markup.
namespace Lectern::WikiTextExport {
QString write(const Series &series, const QList<Talk> &talks, const QHash<qint64, Speaker> &speakers);
// Text as it should read on the page, markup characters made harmless.
QString escaped(const QString &text);
} // namespace Lectern::WikiTextExport
