#include "ui/widgets/kpicard.h"

#include "core/catalog/catalog.h"
#include "core/catalog/valueformat.h"
#include "ui/widgets/elidinglabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

// The name may wrap to a second line; every other line stays one line and ends in "…"
// when the card is narrow (the whole text is then its tooltip).
QLabel* addLabel(QVBoxLayout* layout, const QString& text, const char* role, QWidget* parent)
{
    QLabel* label = nullptr;
    if (qstrcmp(role, "kpiName") == 0) {
        label = new QLabel(text, parent);
        label->setWordWrap(true);
    } else {
        label = new ElidingLabel(text, parent);
    }
    label->setObjectName(QLatin1StringView(role));
    layout->addWidget(label);
    return label;
}

} // namespace

KpiCard::KpiCard(const Catalog& catalog, const Indicator& indicator, Language language, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(u"kpiCard"_s);
    const bool en = language == Language::English;
    const Unit* unit = catalog.unit(indicator.unit);
    const auto value = [&](double v) {
        return formatValue(v, indicator, unit, en);
    };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);

    m_lines << indicator.name.in(language);
    addLabel(layout, m_lines.last(), "kpiName", this);

    // The figure large, its unit smaller beside it, so "2,3 DN/1.000 dân" stays on one line.
    auto* valueRow = new QHBoxLayout;
    valueRow->setSpacing(4);
    QString numberText;
    QString unitText;
    if (indicator.reported) {
        const QString full = value(indicator.reported->value);
        const QString number = formatNumber(indicator.reported->value, std::max(indicator.decimals, 2));
        const QString prefix = indicator.reported->approximate ? u"≈ "_s : QString();
        m_lines << prefix + full;
        numberText = prefix + number;
        unitText = full.mid(number.size()).trimmed();
    } else {
        m_lines << tr("no figure yet");
        numberText = u"—"_s;
        unitText = m_lines.last();
    }
    auto* valueLabel = new QLabel(numberText, this);
    valueLabel->setObjectName(u"kpiValue"_s);
    auto* unitLabel = new ElidingLabel(unitText, this);
    unitLabel->setObjectName(u"kpiUnit"_s);
    valueRow->addWidget(valueLabel, 0, Qt::AlignBottom);
    valueRow->addWidget(unitLabel, 1, Qt::AlignBottom);
    layout->addLayout(valueRow);

    if (indicator.national) {
        QString national;
        if (indicator.national->value) {
            national = tr("national %1").arg(value(*indicator.national->value));
            if (indicator.reported && *indicator.national->value > 0) {
                national +=
                    u" · "_s +
                    tr("×%1").arg(formatNumber(indicator.reported->value / *indicator.national->value, 1));
            }
        } else if (indicator.national->ratio) {
            national = tr("%1× the national average").arg(formatNumber(*indicator.national->ratio, 1));
        }
        m_lines << national;
        addLabel(layout, national, "kpiDetail", this);
    }

    for (const Target& target : indicator.targets) {
        const QString goal = formatTarget(target, indicator, unit, en);

        QString mark;
        if (indicator.reported && (target.value || target.band)) {
            const double reached = indicator.reported->value;
            const double goalLow = target.value ? *target.value : target.band->low;
            const bool met =
                indicator.badDirection == BadDirection::Up ? reached <= goalLow : reached >= goalLow;
            mark = met ? u"✓ "_s : u"○ "_s;
        }
        m_lines << mark + tr("target %1: %2").arg(target.year).arg(goal);
        addLabel(layout, m_lines.last(), "kpiDetail", this);
    }

    if (indicator.reported) {
        // The date sits on the value's line; the note and the source are in the tooltip.
        const QString asOf = indicator.reported->asOf;
        auto* asOfLabel = new QLabel(asOf, this);
        asOfLabel->setObjectName(u"kpiAsOf"_s);
        valueRow->addWidget(asOfLabel, 0, Qt::AlignBottom | Qt::AlignRight);
        m_lines << asOf;
        QStringList tip;
        const QString note = indicator.reported->note.in(language);
        if (!note.isEmpty())
            tip << note;
        tip << tr("Published figure as of %1").arg(asOf) << tr("Source: %1").arg(indicator.reported->source);
        setToolTip(tip.join(u'\n'));
    }
    layout->addStretch(1);
}

QStringList KpiCard::lines() const
{
    return m_lines;
}

} // namespace cityops::ui
