#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/common/clock.h"
#include "core/common/translations.h"
#include "ui/shell/mainwindow.h"
#include "ui/theme/theme.h"
#include "ui/widgets/grouptile.h"
#include "ui/widgets/kpicard.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTranslator>

#include <gtest/gtest.h>

#include "tests/ui/livefixture.h"

using namespace cityops;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMorning = 1728867600000; // 2024-10-14T01:00:00Z = 08:00 in Da Nang

std::shared_ptr<const Catalog> builtInCatalog()
{
    auto loaded = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    EXPECT_TRUE(loaded.ok());
    return std::make_shared<const Catalog>(std::move(loaded).value());
}

using uitest::visibleTexts;

QImage render(QWidget& window, QSize size)
{
    window.resize(size);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    QApplication::processEvents();
    return window.grab().toImage();
}

// Installs the translations of `language` for one test and removes them after.
class LanguageScope
{
public:
    explicit LanguageScope(Language language)
    {
        const QString file = u":/i18n/cityops_"_s + languageCode(language) + u".qm"_s;
        m_loaded = m_translator.load(file);
        QCoreApplication::installTranslator(&m_translator);
        m_previousLocale = QLocale();
        QLocale::setDefault(language == Language::English ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                          : QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }
    ~LanguageScope()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previousLocale);
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    QLocale m_previousLocale;
    bool m_loaded = false;
};

} // namespace

TEST(MainWindow, ShowsFifteenGroupTilesAndTheKpiCards)
{
    uitest::LiveFixture live(Language::English);
    const auto& catalog = live.catalog;
    ui::MainWindow window(live.context);
    const auto tiles = window.groupTiles();
    ASSERT_EQ(tiles.size(), 15);
    int indicators = 0;
    for (const ui::GroupTile* tile : tiles)
        indicators += tile->indicatorCount();
    EXPECT_EQ(indicators, catalog->indicators.size()) << "every indicator appears in its group's tile";
    EXPECT_EQ(window.kpiCards().size(), catalog->kpis().size());
    EXPECT_GE(window.kpiCards().size(), 13);
}

TEST(MainWindow, ClockShowsDaNangTimeFromTheInjectedClock)
{
    uitest::LiveFixture live(Language::English);
    ui::MainWindow window(live.context);
    EXPECT_TRUE(window.clockText().startsWith(u"08:00:00"_s)) << window.clockText().toStdString();
    EXPECT_TRUE(window.clockText().contains(u"14/10/2024"_s)) << window.clockText().toStdString();
}

TEST(MainWindow, RendersNonBlankWithText)
{
    uitest::LiveFixture live(Language::English);
    ui::MainWindow window(live.context);
    const QImage image = render(window, QSize(1920, 1080));
    ASSERT_EQ(image.size(), QSize(1920, 1080));

    // Not blank: many distinct colours (anti-aliased text), and a good share of pixels
    // that differ from the background.
    const QRgb background = image.pixel(5, image.height() - 5);
    QSet<QRgb> colours;
    qint64 differing = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            differing += p != background ? 1 : 0;
        }
    }
    EXPECT_GT(colours.size(), 50);
    EXPECT_GT(double(differing) / ((image.height() / 3) * (image.width() / 3)), 0.2);

    const QStringList texts = visibleTexts(window);
    EXPECT_TRUE(texts.contains(u"Traffic"_s));
    EXPECT_TRUE(texts.contains(u"Digital transformation"_s));
    EXPECT_TRUE(texts.contains(u"97"_s));
    EXPECT_TRUE(texts.contains(u"national 48% · ×2.0"_s)) << texts.join(u" | "_s).toStdString();
}

TEST(MainWindow, FitsA1080pScreenWithoutScrolling)
{
    uitest::LiveFixture live(Language::Vietnamese);
    ui::MainWindow window(live.context);
    render(window, QSize(1920, 1080));
    EXPECT_LE(window.minimumSizeHint().height(), 1080);
    for (const ui::GroupTile* tile : window.groupTiles()) {
        EXPECT_TRUE(window.rect().contains(QRect(tile->mapTo(&window, QPoint(0, 0)), tile->size())))
            << tile->groupId().toStdString() << " is cut off";
    }
}

TEST(MainWindow, SpeaksVietnameseWithDiacritics)
{
    LanguageScope vietnamese(Language::Vietnamese);
    ASSERT_TRUE(vietnamese.loaded());
    uitest::LiveFixture live(Language::Vietnamese);
    ui::MainWindow window(live.context);
    const QStringList texts = visibleTexts(window);
    EXPECT_TRUE(texts.contains(u"Giao thông"_s));
    EXPECT_TRUE(texts.contains(u"Mưa – ngập"_s));
    EXPECT_TRUE(texts.contains(u"cả nước 48% · ×2,0"_s)) << texts.join(u" | "_s).toStdString();
    EXPECT_TRUE(texts.contains(u"20,69"_s));
    EXPECT_FALSE(texts.contains(u"national 48% · ×2.0"_s));
    EXPECT_TRUE(window.windowTitle().contains(u"Đà Nẵng"_s)) << window.windowTitle().toStdString();
}

TEST(KpiCard, ShowsValueNationalAndTargets)
{
    const auto catalog = builtInCatalog();
    const ui::KpiCard card(*catalog, *catalog->indicator(u"digital.economy-share"_s), Language::English);
    const QStringList lines = card.lines();
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines.at(1), u"20.69%"_s);
    EXPECT_TRUE(lines.contains(u"✓ target 2025: 20%"_s)) << lines.join(u" | "_s).toStdString();
    EXPECT_TRUE(lines.contains(u"○ target 2030: 35–40%"_s)) << lines.join(u" | "_s).toStdString();

    const ui::KpiCard ratio(*catalog, *catalog->indicator(u"digital.businesses-per-1000"_s),
                            Language::English);
    EXPECT_TRUE(ratio.lines().contains(u"3× the national average"_s))
        << ratio.lines().join(u" | "_s).toStdString();

    const ui::KpiCard noFigure(*catalog, *catalog->indicator(u"digital.open-datasets"_s), Language::English);
    EXPECT_EQ(noFigure.lines().at(1), u"no figure yet"_s);
    EXPECT_TRUE(noFigure.lines().contains(u"target 2024: 30 datasets"_s))
        << noFigure.lines().join(u" | "_s).toStdString();
}

TEST(MainWindow, DemoModeShowsItsBannerAndWhatTheDemoCityWrote)
{
    LanguageScope vietnamese(Language::Vietnamese);
    ASSERT_TRUE(vietnamese.loaded());
    uitest::LiveFixture live(Language::Vietnamese);
    ui::MainWindow window(live.context);
    render(window, QSize(1920, 1080));
    EXPECT_FALSE(visibleTexts(window).contains(u"DEMO — dữ liệu mô phỏng"_s)) << "no banner on live data";
    window.setDemoMode(true);
    window.showDemoProgress(312, 180530, kMorning);
    const QImage image = render(window, QSize(1920, 1080));
    const QStringList texts = visibleTexts(window);
    EXPECT_TRUE(texts.contains(u"DEMO — dữ liệu mô phỏng"_s)) << texts.join(u" | "_s).toStdString();
    EXPECT_TRUE(texts.join(u'\n').contains(
        u"thành phố mô phỏng: 312 chuỗi số liệu, 180.530 số đo, mới nhất lúc 08:00"_s))
        << texts.join(u" | "_s).toStdString();
    // The banner is drawn in its own colour, which appears nowhere else on the screen.
    const auto* banner = window.findChild<QLabel*>(u"demoBanner"_s);
    ASSERT_TRUE(banner);
    const QPoint inside = banner->mapTo(&window, QPoint(4, banner->height() / 2));
    EXPECT_EQ(QColor(image.pixel(inside)), ui::Theme::wall().demoBanner);
}
