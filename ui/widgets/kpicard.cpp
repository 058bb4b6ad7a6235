#include "ui/widgets/kpicard.h"

#include "core/catalog/catalog.h"
#include "core/catalog/valueformat.h"
#include "ui/theme/theme.h"
#include "ui/widgets/fitlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

KpiCard::KpiCard(const Catalog& catalog, const Indicator& indicator, Language language, QWidget* parent)
    : QFrame(parent)
    , m_catalog(catalog)
    , m_indicator(indicator)
    , m_language(language)
{
    setObjectName(u"kpiCard"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);

    // The name and the details may wrap; the figure and its unit are never cut or end in
    // "…": on a narrow card they are drawn smaller (the grid around the cards reflows so
    // that at the desk's sizes they are drawn whole).
    m_name = new QLabel(indicator.name.in(language), this);
    m_name->setWordWrap(true);
    m_name->setObjectName(u"kpiName"_s);
    layout->addWidget(m_name);

    // The figure large, its unit smaller beside it, so "2,3 DN/1.000 dân" stays on one line,
    // and the trend arrow. The figure keeps its size; the unit is drawn smaller when the
    // card is narrow (to 60 % at most: the grid around the cards reflows first).
    auto* valueRow = new QHBoxLayout;
    valueRow->setSpacing(4);
    m_value = new FitLabel(this);
    m_value->setObjectName(u"kpiValue"_s);
    m_value->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_unit = new FitLabel(this, 0.6); // the unit gives way first
    m_unit->setObjectName(u"kpiUnit"_s);
    m_trend = new QLabel(this);
    m_trend->setObjectName(u"kpiTrend"_s);
    valueRow->addWidget(m_value, 0, Qt::AlignBottom);
    valueRow->addWidget(m_unit, 0, Qt::AlignBottom);
    valueRow->addStretch(1);
    valueRow->addWidget(m_trend, 0, Qt::AlignBottom);
    layout->addLayout(valueRow);

    // Details wrap rather than end in "…" on a narrow card.
    const auto detailLine = [this, layout] {
        auto* label = new QLabel(this);
        label->setObjectName(u"kpiDetail"_s);
        label->setWordWrap(true);
        layout->addWidget(label);
        return label;
    };
    if (indicator.national)
        m_national = detailLine();
    for (qsizetype i = 0; i < indicator.targets.size(); ++i)
        m_targets << detailLine();
    // When the figure is from, at the bottom right.
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(u"kpiAsOf"_s);
    m_asOf->setAlignment(Qt::AlignRight);
    layout->addStretch(1);
    layout->addWidget(m_asOf);

    if (indicator.reported) {
        render(indicator.reported->value, indicator.reported->approximate, indicator.reported->asOf,
               std::nullopt, false);
        QStringList tip;
        const QString note = indicator.reported->note.in(language);
        if (!note.isEmpty())
            tip << note;
        tip << tr("Published figure as of %1").arg(indicator.reported->asOf)
            << tr("Source: %1").arg(indicator.reported->source);
        setToolTip(tip.join(u'\n'));
    } else {
        render(std::nullopt, false, QString(), std::nullopt, false);
    }
    // The IOC's own services are counted, not quoted: what this catalog runs, beside the
    // figure the city published.
    if (const auto own = catalog.ownCount(indicator.id)) {
        m_own = true;
        render(double(*own), false, tr("in this CityOps catalog"), std::nullopt, false);
        if (indicator.reported) {
            auto* published =
                new QLabel(tr("published: %1 (%2)")
                               .arg(formatValue(indicator.reported->value, indicator,
                                                catalog.unit(indicator.unit), language == Language::English))
                               .arg(indicator.reported->asOf),
                           this);
            published->setObjectName(u"kpiDetail"_s);
            published->setWordWrap(true);
            layout->insertWidget(layout->count() - 2, published);
            m_extra = published;
        }
    }
}

void KpiCard::setLive(double value, std::optional<double> previous, const QString& when, bool stale)
{
    if (m_own)
        return; // counted from the catalog, not read from a feed
    render(value, false, when, previous, stale);
}

void KpiCard::render(std::optional<double> value, bool approximate, const QString& when,
                     std::optional<double> previous, bool stale)
{
    const bool en = m_language == Language::English;
    const Unit* unit = m_catalog.unit(m_indicator.unit);
    const auto full = [&](double v) {
        return formatValue(v, m_indicator, unit, en);
    };

    if (value) {
        const QString text = full(*value);
        const QString number = formatNumber(*value, std::max(m_indicator.decimals, 2));
        const QString prefix = approximate ? u"≈ "_s : QString();
        m_value->setText(prefix + number);
        m_unit->setText(text.mid(number.size()).trimmed());
        m_valueText = prefix + text;
    } else {
        m_value->setText(u"—"_s);
        m_unit->setText(tr("no figure yet"));
        m_valueText = m_unit->text();
    }
    m_asOf->setText(stale ? tr("stale · %1").arg(when) : when);
    m_asOf->setProperty("stale", stale);

    // The trend: an arrow for the direction; coloured only when it moves the bad way.
    m_trendBad = false;
    QString arrow;
    if (value && previous) {
        const double change = *value - *previous;
        const double scale = std::max(std::abs(*previous), 1e-9);
        if (std::abs(change) / scale < 0.002) {
            arrow = u"→"_s;
        } else {
            arrow = change > 0 ? u"↑"_s : u"↓"_s;
            m_trendBad = (m_indicator.badDirection == BadDirection::Up && change > 0) ||
                         (m_indicator.badDirection == BadDirection::Down && change < 0);
        }
        m_trend->setToolTip(tr("change: %1").arg(full(change)));
    }
    m_trend->setText(arrow);
    // Coloured by the style sheet (the theme's advisory yellow) when it moves the bad way.
    m_trend->setProperty("bad", m_trendBad);
    m_trend->style()->unpolish(m_trend);
    m_trend->style()->polish(m_trend);

    if (m_national) {
        QString national;
        if (m_indicator.national->value) {
            national = tr("national %1").arg(full(*m_indicator.national->value));
            if (value && *m_indicator.national->value > 0)
                national += u" · "_s + tr("×%1").arg(formatNumber(*value / *m_indicator.national->value, 1));
        } else if (m_indicator.national->ratio) {
            national = tr("%1× the national average").arg(formatNumber(*m_indicator.national->ratio, 1));
        }
        m_national->setText(national);
    }
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const Target& target = m_indicator.targets[i];
        QString mark;
        if (value && (target.value || target.band)) {
            const double goal = target.value ? *target.value : target.band->low;
            const bool met = m_indicator.badDirection == BadDirection::Up ? *value <= goal : *value >= goal;
            mark = met ? u"✓ "_s : u"○ "_s;
        }
        m_targets[i]->setText(
            mark + tr("target %1: %2").arg(target.year).arg(formatTarget(target, m_indicator, unit, en)));
    }
}

QString KpiCard::trendArrow() const
{
    return m_trend->text();
}

QStringList KpiCard::lines() const
{
    QStringList lines{m_name->text(), m_valueText};
    if (m_national)
        lines << m_national->text();
    for (const QLabel* target : m_targets)
        lines << target->text();
    if (m_extra)
        lines << m_extra->text();
    if (!m_asOf->text().isEmpty())
        lines << m_asOf->text();
    return lines;
}

} // namespace cityops::ui
