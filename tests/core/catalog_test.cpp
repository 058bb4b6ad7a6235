#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/catalog/valueformat.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

const Catalog& builtIn()
{
    static const Catalog catalog = [] {
        QList<CatalogProblem> problems;
        auto loaded = CatalogLoader::load(CatalogLoader::embeddedDirectory(), &problems);
        for (const CatalogProblem& p : problems)
            ADD_FAILURE() << p.toString().toStdString();
        return loaded.ok() ? std::move(loaded).value() : Catalog();
    }();
    return catalog;
}

const Indicator& indicator(const char* id)
{
    const Indicator* found = builtIn().indicator(QString::fromUtf8(id));
    if (!found)
        throw std::runtime_error(std::string("indicator missing: ") + id);
    return *found;
}

} // namespace

TEST(Catalog, BuiltInLoadsWithoutProblems)
{
    QList<CatalogProblem> problems;
    const auto catalog = CatalogLoader::load(CatalogLoader::embeddedDirectory(), &problems);
    EXPECT_TRUE(catalog.ok());
    EXPECT_TRUE(problems.isEmpty());
}

TEST(Catalog, HasTheFifteenGroupsInOrderWithBothLanguages)
{
    const Catalog& c = builtIn();
    ASSERT_EQ(c.groups.size(), 15);
    for (int i = 0; i < 15; ++i) {
        EXPECT_EQ(c.groups.at(i).order, i + 1);
        EXPECT_FALSE(c.groups.at(i).name.vi.isEmpty());
        EXPECT_FALSE(c.groups.at(i).name.en.isEmpty());
        EXPECT_GE(c.indicatorsOfGroup(c.groups.at(i).id).size(), 5) << c.groups.at(i).id.toStdString();
    }
    EXPECT_EQ(c.groups.first().name.vi, u"Giao thông"_s);
    EXPECT_EQ(c.groups.at(2).name.vi, u"Mưa – ngập"_s);
    EXPECT_EQ(c.groups.last().name.vi, u"Chuyển đổi số"_s);
}

TEST(Catalog, AtLeastSeventyIndicatorsWhoseReferencesResolve)
{
    const Catalog& c = builtIn();
    EXPECT_GE(c.indicators.size(), 70);
    for (const Indicator& i : c.indicators) {
        SCOPED_TRACE(i.id.toStdString());
        ASSERT_NE(c.group(i.group), nullptr);
        const Unit* unit = c.unit(i.unit);
        ASSERT_NE(unit, nullptr);
        EXPECT_FALSE(unit->display.vi.isEmpty());
        EXPECT_GT(i.periodSeconds, 0);
        EXPECT_LT(i.plausible.low, i.plausible.high);
        if (i.dimension == Dimension::Station) {
            ASSERT_NE(c.stationKind(i.stationKind), nullptr);
            bool anyStation = false;
            for (const Station& s : c.stations)
                anyStation = anyStation || s.kind == i.stationKind;
            EXPECT_TRUE(anyStation) << "no station carries " << i.stationKind.toStdString();
        }
        if (i.badDirection == BadDirection::Both) {
            EXPECT_TRUE(i.normalBand.has_value());
        }
    }
    for (const Station& s : c.stations) {
        EXPECT_NE(c.area(s.area), nullptr) << s.id.toStdString();
        EXPECT_NE(c.stationKind(s.kind), nullptr) << s.id.toStdString();
    }
}

TEST(Catalog, FloodDepthBandsAndPhBand)
{
    EXPECT_EQ(indicator("flood.depth").thresholds, (QList<double>{30, 50, 100}));
    EXPECT_EQ(indicator("flood.depth").badDirection, BadDirection::Up);
    const Indicator& ph = indicator("water.ph");
    EXPECT_EQ(ph.badDirection, BadDirection::Both);
    EXPECT_DOUBLE_EQ(ph.normalBand->low, 6.5);
    EXPECT_DOUBLE_EQ(ph.normalBand->high, 8.5);
    EXPECT_EQ(indicator("air.aqi").thresholds, (QList<double>{50, 100, 150, 200, 300}));
}

// Every KPI of the source article (VietNamNet, 10 Jul 2024), with its exact figure.
TEST(Catalog, EveryArticleKpiIsPresentWithItsFigure)
{
    struct Expected
    {
        const char* id;
        std::optional<double> reported;
        std::optional<double> national;
    };
    const Expected expected[] = {
        {"ps.procedures-fully-online", 97, 48},
        {"ps.online-submission", 90, std::nullopt},
        {"ps.fully-online-dossiers", 66, 17},
        {"ps.procedures-using-data", 21, std::nullopt},
        {"ps.procedures-online-national-report", 98, 80.44},
        {"digital.economy-share", 20.69, std::nullopt},
        {"digital.businesses-per-1000", 2.3, std::nullopt},
        {"digital.workforce-share", 8.5, 3.7},
        {"digital.households-smartphone", 99, std::nullopt},
        {"digital.adults-digital-account", 50, std::nullopt},
        {"digital.ioc-data-groups", 15, std::nullopt},
        {"digital.ioc-statistics-services", 150, std::nullopt},
        {"digital.ioc-warning-services", 50, std::nullopt},
    };
    for (const Expected& e : expected) {
        SCOPED_TRACE(e.id);
        const Indicator& i = indicator(e.id);
        ASSERT_TRUE(i.reported.has_value());
        EXPECT_DOUBLE_EQ(i.reported->value, *e.reported);
        EXPECT_FALSE(i.reported->source.isEmpty());
        EXPECT_TRUE(i.isKpi());
        if (e.national) {
            ASSERT_TRUE(i.national && i.national->value);
            EXPECT_DOUBLE_EQ(*i.national->value, *e.national);
            EXPECT_FALSE(i.national->source.isEmpty());
        }
    }
    EXPECT_DOUBLE_EQ(*indicator("ps.fully-online-dossiers").reported->changePoints, 46);
    EXPECT_TRUE(indicator("digital.adults-digital-account").reported->approximate);
    EXPECT_DOUBLE_EQ(*indicator("digital.businesses-per-1000").national->ratio, 3);

    const Indicator& economy = indicator("digital.economy-share");
    ASSERT_EQ(economy.targets.size(), 2);
    EXPECT_EQ(economy.targets.at(0).year, 2025);
    EXPECT_DOUBLE_EQ(*economy.targets.at(0).value, 20);
    EXPECT_EQ(economy.targets.at(1).year, 2030);
    EXPECT_DOUBLE_EQ(economy.targets.at(1).band->low, 35);
    EXPECT_DOUBLE_EQ(economy.targets.at(1).band->high, 40);
    EXPECT_EQ(economy.reported->asOf, u"2023"_s);

    const auto target = [](const char* id) {
        return *indicator(id).targets.at(0).value;
    };
    EXPECT_DOUBLE_EQ(target("digital.households-smartphone"), 100);
    EXPECT_DOUBLE_EQ(target("digital.adults-digital-account"), 70);
    EXPECT_DOUBLE_EQ(target("digital.open-datasets"), 30);
    EXPECT_DOUBLE_EQ(target("ps.procedures-cut-by-data"), 15);
    EXPECT_FALSE(indicator("ps.procedures-fully-online").targets.at(0).note.vi.isEmpty());
}

TEST(Catalog, AreasAreVersionedWithGsoCodes)
{
    const Catalog& c = builtIn();
    const QList<std::pair<QString, QString>> districts = {
        {u"lien-chieu"_s, u"490"_s}, {u"thanh-khe"_s, u"491"_s},    {u"hai-chau"_s, u"492"_s},
        {u"son-tra"_s, u"493"_s},    {u"ngu-hanh-son"_s, u"494"_s}, {u"cam-le"_s, u"495"_s},
        {u"hoa-vang"_s, u"497"_s},   {u"hoang-sa"_s, u"498"_s},
    };
    for (const auto& [id, code] : districts) {
        const Area* area = c.area(id);
        ASSERT_NE(area, nullptr) << id.toStdString();
        EXPECT_EQ(area->gsoCode, code);
        EXPECT_EQ(area->parent, u"danang"_s);
        EXPECT_EQ(area->validTo, QDate(2025, 6, 30)) << "districts were abolished on 2025-07-01";
    }
    EXPECT_TRUE(c.area(u"hoang-sa"_s)->noData);
    EXPECT_FALSE(c.area(u"hai-chau"_s)->noData);

    const auto names = [](const QList<const Area*>& areas) {
        QSet<QString> ids;
        for (const Area* a : areas)
            ids.insert(a->id);
        return ids;
    };
    const QSet<QString> in2024 = names(c.areasValidOn(QDate(2024, 10, 14)));
    EXPECT_TRUE(in2024.contains(u"danang"_s));
    EXPECT_TRUE(in2024.contains(u"cam-le"_s));
    EXPECT_FALSE(in2024.contains(u"danang-2025"_s));
    const QSet<QString> in2026 = names(c.areasValidOn(QDate(2026, 1, 1)));
    EXPECT_TRUE(in2026.contains(u"danang-2025"_s));
    EXPECT_FALSE(in2026.contains(u"hai-chau"_s));
    EXPECT_FALSE(names(c.areasValidOn(QDate(2000, 1, 1))).contains(u"cam-le"_s)) << "Cẩm Lệ dates from 2005";
}

TEST(Catalog, StationsCoverTheMapWithTensNotHundreds)
{
    const Catalog& c = builtIn();
    EXPECT_GE(c.stations.size(), 30);
    EXPECT_LE(c.stations.size(), 120);
    QHash<QString, int> perKind;
    for (const Station& s : c.stations)
        ++perKind[s.kind];
    EXPECT_GE(perKind.value(u"flood-tower"_s), 8);
    EXPECT_GE(perKind.value(u"rain-gauge"_s), 8);
    EXPECT_EQ(perKind.value(u"air-station"_s), 6) << "6 automatic air stations planned";
    EXPECT_EQ(perKind.value(u"river-water-station"_s), 3);
    EXPECT_EQ(perKind.value(u"sea-water-station"_s), 4);
    EXPECT_GE(perKind.value(u"traffic-intersection"_s), 8);
}

TEST(ValueFormat, FollowsTheLocale)
{
    const Catalog& c = builtIn();
    const Indicator& economy = indicator("digital.economy-share");
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(formatValue(20.69, economy, c.unit(economy.unit), false, vi), u"20,69%"_s);
    EXPECT_EQ(formatValue(20.69, economy, c.unit(economy.unit), true, en), u"20.69%"_s);
    const Indicator& firms = indicator("digital.businesses-per-1000");
    EXPECT_EQ(formatValue(2.3, firms, c.unit(firms.unit), false, vi), u"2,3 DN/1.000 dân"_s);
    EXPECT_EQ(formatValue(2.3, firms, c.unit(firms.unit), true, en), u"2.3 firms/1,000 people"_s);
    EXPECT_EQ(formatNumber(1234.5, 1, vi), u"1.234,5"_s);
    EXPECT_EQ(formatNumber(1234.5, 1, en), u"1,234.5"_s);
    EXPECT_EQ(formatNumber(97, 2, en), u"97"_s);
}
