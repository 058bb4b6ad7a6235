#pragma once

#include "core/common/language.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace cityops {
class Catalog;
struct Indicator;
} // namespace cityops

namespace cityops::ui {

// A KPI card: the indicator's name, its value with unit and date, and the value in
// context — the trend, the national comparison and the targets with whether they are met.
// It starts with the latest published figure; setLive() replaces it with the live value
// from the store. Neutral colours: missing a target is a fact to read, not an alarm; only
// the trend arrow takes a colour, and only when the value moves the bad way.
class KpiCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)

public:
    KpiCard(const Catalog& catalog, const Indicator& indicator, Language language, QWidget* parent = nullptr);

    // The live value, the value one comparison period earlier (for the trend) and when.
    void setLive(double value, std::optional<double> previous, const QString& when, bool stale);

    // The lines shown on the card, top to bottom (for tests and accessibility).
    QStringList lines() const;
    const Indicator& indicator() const { return m_indicator; }
    // "↑", "↓", "→" or empty; and whether it is coloured as a move in the bad direction.
    QString trendArrow() const;
    bool trendIsBad() const { return m_trendBad; }

private:
    void render(std::optional<double> value, bool approximate, const QString& when,
                std::optional<double> previous, bool stale);

    const Catalog& m_catalog;
    const Indicator& m_indicator;
    Language m_language;
    QLabel* m_name = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_trend = nullptr;
    QLabel* m_asOf = nullptr;
    QLabel* m_national = nullptr;
    QList<QLabel*> m_targets;
    QLabel* m_extra = nullptr; // the published figure beside a counted one
    bool m_own = false;        // the value is the catalog's own count (Catalog::ownCount)
    QString m_valueText;       // "20.69%": the value as one line
    bool m_trendBad = false;
};

} // namespace cityops::ui
