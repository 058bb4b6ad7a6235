#include "core/catalog/catalog.h"

#include <algorithm>

namespace cityops {

QString badDirectionName(BadDirection direction)
{
    switch (direction) {
    case BadDirection::Up:
        return QStringLiteral("up");
    case BadDirection::Down:
        return QStringLiteral("down");
    case BadDirection::Both:
        return QStringLiteral("both");
    case BadDirection::None:
        return QStringLiteral("none");
    }
    return {};
}

QString dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::City:
        return QStringLiteral("city");
    case Dimension::Area:
        return QStringLiteral("area");
    case Dimension::Station:
        return QStringLiteral("station");
    }
    return {};
}

namespace {
template <typename T, typename KeyOf> QHash<QString, qsizetype> indexOf(const QList<T>& items, KeyOf keyOf)
{
    QHash<QString, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(keyOf(items.at(i)), i);
    return index;
}

template <typename T>
const T* lookup(const QHash<QString, qsizetype>& index, const QList<T>& items, const QString& key)
{
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &items.at(*it);
}
} // namespace

void Catalog::buildIndex()
{
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group& a, const Group& b) { return a.order < b.order; });
    m_unitIndex = indexOf(units, [](const Unit& u) { return u.code; });
    m_groupIndex = indexOf(groups, [](const Group& g) { return g.id; });
    m_indicatorIndex = indexOf(indicators, [](const Indicator& i) { return i.id; });
    m_areaIndex = indexOf(areas, [](const Area& a) { return a.id; });
    m_stationKindIndex = indexOf(stationKinds, [](const StationKind& k) { return k.id; });
    m_stationIndex = indexOf(stations, [](const Station& s) { return s.id; });
    m_statServiceIndex = indexOf(statServices, [](const StatService& s) { return s.id; });
    m_warningRuleIndex = indexOf(warningRules, [](const WarningRule& r) { return r.id; });
}

const Unit* Catalog::unit(const QString& code) const
{
    return lookup(m_unitIndex, units, code);
}

const Group* Catalog::group(const QString& id) const
{
    return lookup(m_groupIndex, groups, id);
}

const Indicator* Catalog::indicator(const QString& id) const
{
    return lookup(m_indicatorIndex, indicators, id);
}

std::optional<int> Catalog::ownCount(const QString& indicatorId) const
{
    if (indicatorId == QLatin1String("digital.ioc-statistics-services"))
        return int(statServices.size());
    if (indicatorId == QLatin1String("digital.ioc-warning-services"))
        return int(warningRules.size());
    return std::nullopt;
}

const StatService* Catalog::statService(const QString& id) const
{
    return lookup(m_statServiceIndex, statServices, id);
}

const WarningRule* Catalog::warningRule(const QString& id) const
{
    return lookup(m_warningRuleIndex, warningRules, id);
}

const Area* Catalog::area(const QString& id) const
{
    return lookup(m_areaIndex, areas, id);
}

const StationKind* Catalog::stationKind(const QString& id) const
{
    return lookup(m_stationKindIndex, stationKinds, id);
}

const Station* Catalog::station(const QString& id) const
{
    return lookup(m_stationIndex, stations, id);
}

QList<const Indicator*> Catalog::indicatorsOfGroup(const QString& groupId) const
{
    QList<const Indicator*> result;
    for (const Indicator& indicator : indicators) {
        if (indicator.group == groupId)
            result.append(&indicator);
    }
    return result;
}

QList<const Indicator*> Catalog::kpis() const
{
    QList<const Indicator*> result;
    for (const Indicator& indicator : indicators) {
        if (indicator.isKpi())
            result.append(&indicator);
    }
    return result;
}

QList<const Area*> Catalog::areasValidOn(const QDate& day) const
{
    QList<const Area*> result;
    for (const Area& area : areas) {
        if (area.isValidOn(day))
            result.append(&area);
    }
    return result;
}

} // namespace cityops
