#pragma once

// What a live view needs in a test: the built-in catalog, a clock stopped at a known
// instant, LiveData and the view context (schematic map). Optionally the demo city.

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/common/clock.h"
#include "core/live/livedata.h"
#include "core/sim/democity.h"
#include "core/sim/demohistory.h"
#include "ui/widgets/viewcontext.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>

#include <gtest/gtest.h>

namespace cityops::uitest {

inline constexpr qint64 kMorningMs = 1728867600000; // 2024-10-14T01:00:00Z = 08:00 in Da Nang

inline std::shared_ptr<const Catalog> loadBuiltInCatalog()
{
    auto loaded = CatalogLoader::load(CatalogLoader::embeddedDirectory());
    EXPECT_TRUE(loaded.ok());
    return std::make_shared<const Catalog>(std::move(loaded).value());
}

struct LiveFixture
{
    explicit LiveFixture(Language language = Language::English, qint64 now = kMorningMs)
        : catalog(loadBuiltInCatalog())
        , clock(now)
        , data(*catalog, clock)
    {
        context.data = &data;
        context.language = language;
        context.mapLayer = ui::ViewContext::schematicMap();
        context.theme = std::make_shared<const ui::Theme>(ui::Theme::wall());
    }
    // The demo city's last `days` days up to now.
    void fillDemo(int days = 2)
    {
        sim::DemoCity city(*catalog, 1);
        data.load(sim::generateHistory(city, clock.nowMs() - days * 86'400'000LL, clock.nowMs() + 1));
        data.setHistorySource(std::make_shared<sim::DemoHistory>(city));
    }

    std::shared_ptr<const Catalog> catalog;
    ManualClock clock;
    live::LiveData data;
    ui::ViewContext context;
};

// The texts of the labels a person can see in `root`.
inline QStringList visibleTexts(const QWidget& root)
{
    QStringList texts;
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&root))
            texts << label->text();
    }
    return texts;
}

// A 256×256 PNG tile of one colour, as a tile server or an MBTiles file holds it.
inline QByteArray pngTile(const QColor& colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace cityops::uitest
