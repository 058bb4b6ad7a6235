#pragma once

#include "core/common/language.h"

#include <QFrame>

namespace cityops {
class Catalog;
struct Indicator;
} // namespace cityops

namespace cityops::ui {

// A KPI card: the indicator's name, its latest published value with unit and date, and
// the value in context — the national comparison and the targets with whether they are
// met. Neutral colours: missing a target is a fact to read, not an alarm.
class KpiCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)

public:
    KpiCard(const Catalog& catalog, const Indicator& indicator, Language language, QWidget* parent = nullptr);

    // The lines shown on the card, top to bottom (for tests and accessibility).
    QStringList lines() const;

private:
    QStringList m_lines;
};

} // namespace cityops::ui
