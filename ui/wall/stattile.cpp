#include "ui/wall/stattile.h"

#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/live/livedata.h"
#include "core/stats/statheadline.h"
#include "core/stats/statsrunner.h"
#include "ui/widgets/fitlabel.h"
#include "ui/widgets/viewcontext.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {
constexpr std::int64_t kEveryMs = 5 * 60'000;
}

StatTile::StatTile(const ViewContext& context, const WallTile& tile, QWidget* parent)
    : LiveTile(context, context.catalog().statService(tile.service)->name.in(context.language), parent)
    , m_service(tile.service)
{
    m_value = new FitLabel(this, 0.6);
    m_value->setObjectName(u"statValue"_s);
    m_value->setText(u"…"_s);
    m_layout->addWidget(m_value);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"statDetail"_s);
    m_detail->setWordWrap(true);
    m_layout->addWidget(m_detail);
    m_layout->addStretch(1);
    if (!context.stats) {
        m_detail->setText(tr("Statistics are not available here"));
        return;
    }
    connect(context.stats, &stats::StatsRunner::resultReady, this,
            [this](quint64 request, const QString&, const stats::StatResult& result) {
                if (request == m_request)
                    show(result);
            });
    connect(context.stats, &stats::StatsRunner::failed, this,
            [this](quint64 request, const QString&, const QString& message) {
                if (request != m_request)
                    return;
                m_value->setText(u"—"_s);
                m_detail->setText(tr("Could not be computed: %1").arg(message));
                emit computed();
            });
}

void StatTile::refresh()
{
    if (!m_context.stats)
        return;
    const std::int64_t now = m_context.data->clock().nowMs();
    if (m_lastRun != 0 && now - m_lastRun < kEveryMs && now >= m_lastRun)
        return;
    m_lastRun = now;
    // A channel of its own: two tiles of one service on two screens do not cancel each other.
    m_request = m_context.stats->run(u"wall:"_s + QString::number(quintptr(this)), {m_service}, now);
}

void StatTile::show(const stats::StatResult& result)
{
    const StatService* service = m_context.catalog().statService(m_service);
    const stats::Headline h = stats::headline(m_context.catalog(), *service, result, m_context.language);
    m_value->setText(h.value);
    m_detail->setText(h.detail);
    setState(h.number ? u"normal"_s : u"nodata"_s);
    emit computed();
}

QString StatTile::valueText() const
{
    return m_value->text();
}

QString StatTile::detailText() const
{
    return m_detail->text();
}

} // namespace cityops::ui
