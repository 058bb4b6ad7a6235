#include "ui/widgets/grouptile.h"

#include "core/catalog/catalog.h"
#include "ui/widgets/elidinglabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

QString periodText(int seconds)
{
    if (seconds % 86400 == 0) {
        const int days = seconds / 86400;
        if (days == 7)
            return GroupTile::tr("weekly");
        if (days >= 28 && days <= 31)
            return GroupTile::tr("monthly");
        if (days >= 90 && days <= 92)
            return GroupTile::tr("quarterly");
        if (days >= 365)
            return GroupTile::tr("yearly");
        return GroupTile::tr("%n day(s)", nullptr, days);
    }
    if (seconds % 3600 == 0)
        return GroupTile::tr("%n h", nullptr, seconds / 3600);
    if (seconds % 60 == 0)
        return GroupTile::tr("%n min", nullptr, seconds / 60);
    return GroupTile::tr("%n s", nullptr, seconds);
}

GroupTile::GroupTile(const Catalog& catalog, const Group& group, Language language, QWidget* parent)
    : QFrame(parent)
    , m_groupId(group.id)
{
    setObjectName(u"groupTile"_s);
    const bool en = language == Language::English;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(3);

    const QList<const Indicator*> indicators = catalog.indicatorsOfGroup(group.id);
    m_indicatorCount = int(indicators.size());

    auto* titleRow = new QHBoxLayout;
    auto* number = new QLabel(QString::number(group.order), this);
    number->setObjectName(u"groupNumber"_s);
    auto* title = new ElidingLabel(group.name.in(language), this);
    title->setObjectName(u"groupTitle"_s);
    auto* count = new QLabel(tr("%n indicator(s)", nullptr, m_indicatorCount), this);
    count->setObjectName(u"groupStatus"_s);
    titleRow->addWidget(number);
    titleRow->addWidget(title, 1);
    titleRow->addWidget(count);
    layout->addLayout(titleRow);
    setToolTip(group.description.in(language));

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(1);
    // At most six lines, so that three rows of tiles fit a 1080p desk: the rest are
    // summarised on the last line (their names in its tooltip).
    constexpr qsizetype kMaxLines = 6;
    const qsizetype shown = indicators.size() > kMaxLines ? kMaxLines - 1 : indicators.size();
    int row = 0;
    for (const Indicator* indicator : indicators.mid(0, shown)) {
        auto* name = new ElidingLabel(indicator->name.in(language), this);
        name->setObjectName(u"indicatorLine"_s);
        const Unit* unit = catalog.unit(indicator->unit);
        const QString unitText =
            unit ? unit->display.in(en ? Language::English : Language::Vietnamese) : indicator->unit;
        auto* detail = new QLabel(unitText + u" · "_s + periodText(indicator->periodSeconds), this);
        detail->setObjectName(u"indicatorUnit"_s);
        detail->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        detail->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
        name->setToolTip(indicator->name.in(language) + u"\n"_s + indicator->id);
        grid->addWidget(name, row, 0);
        grid->addWidget(detail, row, 1);
        ++row;
    }
    if (shown < indicators.size()) {
        QStringList hidden;
        for (const Indicator* indicator : indicators.mid(shown))
            hidden << indicator->name.in(language);
        auto* more = new QLabel(tr("+ %n more indicator(s)", nullptr, int(indicators.size() - shown)), this);
        more->setObjectName(u"indicatorUnit"_s);
        more->setToolTip(hidden.join(u'\n'));
        grid->addWidget(more, row, 0, 1, 2);
    }
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
}

} // namespace cityops::ui
