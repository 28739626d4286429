// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

#include <QString>

// Where a Phabricator API token comes from. Never the database or the settings file: a file
// only its owner can read, or the environment of the process.
namespace Lectern::ApiToken {

// The environment variable read when no file is named.
inline constexpr const char *environmentVariable = "LECTERN_PHABRICATOR_TOKEN";

// The token in `path` (its first line, trimmed). Refused when others than the owner may read
// the file, when it is empty, or when it does not look like a Conduit token.
Result<QString> fromFile(const QString &path);
// The token in $LECTERN_PHABRICATOR_TOKEN, or an error saying how to give one.
Result<QString> fromEnvironment();
// What a Conduit API token looks like: "api-" and 28 letters or digits.
bool looksValid(const QString &token);

} // namespace Lectern::ApiToken
