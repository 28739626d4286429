// SPDX-License-Identifier: GPL-2.0-or-later
#include "mergedialog.h"

#include "speakers/speakermerger.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Lectern {
namespace {
QString *field(Speaker &s, const QString &name)
{
    if (name == QLatin1String("name")) {
        return &s.name;
    }
    if (name == QLatin1String("affiliation")) {
        return &s.affiliation;
    }
    if (name == QLatin1String("title")) {
        return &s.roleTitle;
    }
    if (name == QLatin1String("pronouns")) {
        return &s.pronouns;
    }
    if (name == QLatin1String("timezone")) {
        return &s.timeZone;
    }
    if (name == QLatin1String("bio")) {
        return &s.bio;
    }
    return &s.notes;
}
} // namespace

MergeDialog::MergeDialog(const Speaker &keep, const Speaker &other, QWidget *parent)
    : QDialog(parent)
    , m_keep(keep)
    , m_other(other)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Speaker Records"));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Keep this</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>or this</b>"), this), 0, 2);
    const std::pair<const char *, const char *> names[] = {{"name", QT_TR_NOOP("Name")},
                                                           {"affiliation", QT_TR_NOOP("Affiliation")},
                                                           {"title", QT_TR_NOOP("Role title")},
                                                           {"pronouns", QT_TR_NOOP("Pronouns")},
                                                           {"timezone", QT_TR_NOOP("Time zone")},
                                                           {"bio", QT_TR_NOOP("Bio")},
                                                           {"notes", QT_TR_NOOP("Notes")}};
    const Speaker proposal = SpeakerMerger::proposedMerge(keep, other);
    int row = 1;
    for (const auto &[key, label] : names) {
        const QString name = QString::fromLatin1(key);
        Speaker a = keep;
        Speaker b = other;
        const QString mine = *field(a, name);
        const QString theirs = *field(b, name);
        if (mine == theirs || theirs.isEmpty() || mine.isEmpty()) {
            continue; // nothing to choose: equal, or one side empty (the other is kept)
        }
        auto *group = new QButtonGroup(this);
        auto *left = new QRadioButton(mine.left(80), this);
        auto *right = new QRadioButton(theirs.left(80), this);
        left->setObjectName(QStringLiteral("keep_%1").arg(name));
        right->setObjectName(QStringLiteral("other_%1").arg(name));
        left->setToolTip(mine);
        right->setToolTip(theirs);
        group->addButton(left, 0);
        group->addButton(right, 1);
        Speaker p = proposal;
        (*field(p, name) == theirs ? right : left)->setChecked(true);
        grid->addWidget(new QLabel(tr(label), this), row, 0);
        grid->addWidget(left, row, 1);
        grid->addWidget(right, row, 2);
        m_choices.append({name, group});
        ++row;
    }
    auto *intro = new QLabel(tr("“%1” and “%2” become one record. Every talk and proposal of both is linked to it, and both email addresses are kept. "
                                "You can undo the merge.")
                                     .arg(keep.name.toHtmlEscaped(), other.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *none = new QLabel(tr("The records do not disagree on any field."), this);
    none->setVisible(m_choices.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(none);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Speaker MergeDialog::merged() const
{
    Speaker result = SpeakerMerger::proposedMerge(m_keep, m_other);
    for (const auto &[name, group] : m_choices) {
        Speaker source = group->checkedId() == 1 ? m_other : m_keep;
        *field(result, name) = *field(source, name);
    }
    return result;
}

} // namespace Lectern
