// SPDX-License-Identifier: GPL-2.0-or-later
#include "proposal.h"

namespace Lectern {

std::optional<double> Proposal::score() const
{
    int count = 0;
    int sum = 0;
    for (const Review &review : reviews) {
        if (review.score) {
            sum += *review.score;
            ++count;
        }
    }
    if (count == 0) {
        return std::nullopt;
    }
    return double(sum) / count;
}

} // namespace Lectern
