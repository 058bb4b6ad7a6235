#pragma once

// A statistics service's headline on the wall: its name, its figure large, and what the
// figure is about ("highest: Hải Châu", "×2.02 the national 48 %"). The service runs on
// the StatsRunner's thread when the tile is made and every five minutes after.

#include "core/stats/statresult.h"
#include "ui/wall/walltiles.h"

class QLabel;

namespace cityops::ui {

class FitLabel;

class StatTile final : public LiveTile
{
    Q_OBJECT
public:
    StatTile(const ViewContext& context, const WallTile& tile, QWidget* parent);
    void refresh() override;
    WallTile::Type type() const override { return WallTile::Type::Stat; }
    QString serviceId() const { return m_service; }
    QString valueText() const;
    QString detailText() const;

signals:
    void computed();

private:
    void show(const stats::StatResult& result);
    QString m_service;
    FitLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    quint64 m_request = 0;
    std::int64_t m_lastRun = 0; // clock ms
};

} // namespace cityops::ui
