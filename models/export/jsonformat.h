// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/proposal.h"
#include "domain/speaker.h"
#include "domain/talk.h"

#include <QJsonObject>

// The JSON shapes of `lectern-cli ... --json`: snake_case keys, UTC times, null for unknown.
namespace Lectern::JsonFormat {
QJsonObject toJson(const Talk &talk);
QJsonObject toJson(const Speaker &speaker);
QJsonObject toJson(const Proposal &proposal);
} // namespace Lectern::JsonFormat
