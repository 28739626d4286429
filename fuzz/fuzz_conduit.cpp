// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer target: what a Phabricator server answers (maniphest.search, user.search). A
// refusal must name the method it was the answer to.
#include "fuzzcheck.h"
#include "sync/conduitanswer.h"

#include <QByteArray>

#include <cstdint>

using namespace Lectern;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    const auto page = Conduit::taskPage(bytes);
    if (!page) {
        FuzzCheck::require(page.error().message.contains(QLatin1String("maniphest.search")), "refusal without the method", page.error().message);
    } else {
        for (const Conduit::Task &task : page.value().tasks) {
            FuzzCheck::require(task.id > 0 && !task.title.trimmed().isEmpty() && task.modified.isValid(), "task without an id, a name or a date", task.title);
        }
    }
    const auto users = Conduit::userNames(bytes);
    if (!users) {
        FuzzCheck::require(users.error().message.contains(QLatin1String("user.search")), "refusal without the method", users.error().message);
    }
    return 0;
}
