#include "ui/shell/statspage.h"

#include "core/catalog/valueformat.h"
#include "core/common/clock.h"
#include "core/live/livedata.h"
#include "core/stats/statheadline.h"
#include "core/stats/statsrunner.h"
#include "ui/charts/statchart.h"
#include "ui/widgets/comparisonbars.h"
#include "ui/widgets/fitlabel.h"
#include "ui/widgets/reflowgrid.h"
#include "ui/widgets/viewcontext.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

constexpr int kRefreshMs = 5 * 60'000; // statistics move slowly: every five minutes while shown

std::int64_t instant(const QJsonValue& iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate).toMSecsSinceEpoch();
}

// The key of a profile row as its column's index and label.
QStringList profileLabels(const QString& by, const QLocale& locale)
{
    QStringList labels;
    if (by == u"hour"_s) {
        for (int h = 0; h < 24; ++h)
            labels << QString::number(h);
    } else if (by == u"weekday"_s) {
        for (int d = 1; d <= 7; ++d)
            labels << locale.dayName(d, QLocale::ShortFormat);
    } else {
        for (int m = 1; m <= 12; ++m)
            labels << locale.monthName(m, QLocale::ShortFormat);
    }
    return labels;
}

} // namespace

// ---------------------------------------------------------------------------- card

StatCard::StatCard(const ViewContext& context, const StatService& service, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_service(service)
{
    setObjectName(u"statCard"_s);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    m_title = new QLabel(service.name.in(context.language), this);
    m_title->setObjectName(u"cardTitle"_s);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    auto* headline = new QHBoxLayout;
    m_value = new FitLabel(this, 0.6);
    m_value->setObjectName(u"statValue"_s);
    m_value->setText(tr("computing…"));
    headline->addWidget(m_value, 0);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"muted"_s);
    m_detail->setWordWrap(true);
    headline->addWidget(m_detail, 1);
    layout->addLayout(headline);
    m_scope = new QLabel(this);
    m_scope->setObjectName(u"muted"_s);
    m_scope->hide();
    layout->addWidget(m_scope);
    m_chart = new StatChart(*context.theme, this);
    m_chart->hide();
    layout->addWidget(m_chart, 1);
    m_bars = new ComparisonBars(*context.theme, this);
    m_bars->hide();
    layout->addWidget(m_bars, 1);
    layout->addStretch(0); // takes the card's height when there is nothing to draw
    m_spacer = layout->count() - 1;
    m_formula = new QLabel(service.formula.in(context.language), this);
    m_formula->setObjectName(u"muted"_s);
    m_formula->setWordWrap(true);
    layout->addWidget(m_formula);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_provenance = new QPushButton(tr("Provenance"), this);
    m_provenance->setToolTip(tr("Which series, which window, how many readings, how complete"));
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_provenance->setEnabled(false);
    m_csv->setEnabled(false);
    buttons->addWidget(m_provenance);
    buttons->addWidget(m_csv);
    layout->addLayout(buttons);
    connect(m_provenance, &QPushButton::clicked, this, &StatCard::showProvenance);
    connect(m_csv, &QPushButton::clicked, this, &StatCard::chooseCsvFile);
    setMinimumHeight(330);
}

void StatCard::setResult(const stats::StatResult& result)
{
    m_result = result;
    redraw();
}

void StatCard::setFailed(const QString& message)
{
    m_result.reset();
    m_value->setText(u"—"_s);
    m_detail->setText(tr("Could not be computed: %1").arg(message));
    m_chart->hide();
    m_bars->hide();
    m_provenance->setEnabled(false);
    m_csv->setEnabled(false);
}

void StatCard::setArea(const QString& area)
{
    m_area = area;
    if (m_result)
        redraw();
}

QString StatCard::valueText() const
{
    return m_value->text();
}

QString StatCard::detailText() const
{
    return m_detail->text();
}

// The result with only the rows of the district's places.
stats::StatResult StatCard::shown() const
{
    stats::StatResult r = *m_result;
    if (m_area.isEmpty() || !r.hasRows)
        return r;
    r.keepPlaces([&](const QString& place) {
        const Station* station = m_context.data->station(place);
        return place == m_area || (station && station->area == m_area);
    });
    return r;
}

void StatCard::redraw()
{
    const stats::StatResult r = shown();
    const stats::Headline h = stats::headline(m_context.catalog(), m_service, r, m_context.language);
    m_value->setText(h.value);
    m_detail->setText(h.detail);
    bool placed = !m_result->series.place.empty();
    for (const QJsonValue& v : m_result->objectRows)
        placed = placed || v.toObject().contains(u"place"_s);
    m_scope->setVisible(!m_area.isEmpty());
    m_scope->setText(placed ? tr("Filtered to %1").arg(m_context.placeName(m_area))
                            : tr("City-wide: the district filter does not apply"));
    m_provenance->setEnabled(true);
    m_csv->setEnabled(true);
    drawRows(r);
    static_cast<QVBoxLayout*>(layout())->setStretch(m_spacer,
                                                    !m_chart->isHidden() || !m_bars->isHidden() ? 0 : 1);
}

void StatCard::drawRows(const stats::StatResult& r)
{
    const Catalog& catalog = m_context.catalog();
    const Indicator* indicator =
        m_service.indicators.isEmpty() ? nullptr : catalog.indicator(m_service.indicators.front());
    const QString unit = indicator ? m_context.unitText(*indicator) : QString();
    const QString& kind = m_service.kind;
    const auto text = [&](double v) {
        return indicator ? m_context.valueText(*indicator, v) : QLocale().toString(v);
    };
    m_chart->hide();
    m_bars->hide();
    QList<QJsonObject> rows;
    for (const QJsonValue& v : r.rows())
        rows << v.toObject();
    if ((kind == u"target"_s || kind == u"benchmark"_s) && r.value) {
        if (const auto row = stats::currentTarget(r)) {
            const double goal = row->value(u"target"_s).toDouble();
            const QJsonValue mark =
                row->contains(u"projected"_s) ? row->value(u"projected"_s) : row->value(u"actual"_s);
            m_chart->setGauge(*r.value, goal, mark.isDouble() ? std::optional(mark.toDouble()) : std::nullopt,
                              text(*r.value),
                              tr("target %1: %2").arg(row->value(u"year"_s).toInt()).arg(text(goal)));
            m_chart->show();
            return;
        }
        if (r.extra.value(u"national"_s).isDouble()) {
            const double national = r.extra.value(u"national"_s).toDouble();
            m_chart->setGauge(*r.value, national, std::nullopt, text(*r.value),
                              tr("national: %1").arg(text(national)));
            m_chart->show();
        }
        return;
    }
    if (rows.isEmpty())
        return;
    const bool timed = rows.front().contains(u"t"_s);
    std::map<QString, QList<QJsonObject>> byPlace; // in place order, rows in time order
    for (const QJsonObject& row : rows)
        byPlace[row.value(u"place"_s).toString()] << row;
    if (kind == u"profile"_s) {
        const QString by = m_service.parameters.value(u"by"_s).toString();
        const int first = by == u"hour"_s ? 0 : 1;
        QList<StatChart::Line> lines;
        for (const auto& [place, list] : byPlace) {
            StatChart::Line line{m_context.placeName(place), {}};
            for (const QJsonObject& row : list)
                if (row.value(u"value"_s).isDouble())
                    line.points << QPointF(row.value(u"key"_s).toInt() - first,
                                           row.value(u"value"_s).toDouble());
            lines << line;
        }
        m_chart->setColumns(lines, profileLabels(by, QLocale()), unit);
        m_chart->show();
        return;
    }
    const bool onePeriodEach = std::all_of(byPlace.begin(), byPlace.end(),
                                           [](const auto& entry) { return entry.second.size() == 1; });
    if (timed && !(kind == u"change"_s && onePeriodEach)) {
        QList<StatChart::Line> lines;
        for (const auto& [place, list] : byPlace) {
            StatChart::Line line{place.isEmpty() ? QString() : m_context.placeName(place), {}};
            for (const QJsonObject& row : list)
                if (row.value(u"value"_s).isDouble())
                    line.points << QPointF(double(instant(row.value(u"t"_s))),
                                           row.value(u"value"_s).toDouble());
            lines << line;
        }
        m_chart->setLines(lines, kind == u"completeness"_s ? u"%"_s : unit);
        m_chart->show();
        return;
    }
    // Places side by side: their value, share or change.
    const QString field = kind == u"share"_s    ? u"sharePct"_s
                          : kind == u"change"_s ? u"changePct"_s
                                                : u"value"_s;
    QList<ComparisonBars::Bar> bars;
    for (const QJsonObject& row : rows) {
        const QJsonValue v = row.value(field);
        if (!v.isDouble())
            continue;
        ComparisonBars::Bar bar;
        bar.key = row.value(u"place"_s).toString();
        bar.label = m_context.placeName(bar.key);
        bar.value = v.toDouble();
        bar.text =
            field == u"value"_s && kind != u"exceedance"_s && kind != u"completeness"_s
                ? text(bar.value)
                : QLocale().toString(bar.value, 'f', field == u"value"_s && kind == u"exceedance"_s ? 0 : 1) +
                      (field == u"value"_s && kind == u"exceedance"_s ? QString() : u"%"_s);
        if (kind == u"rank"_s)
            bar.label = QString::number(row.value(u"rank"_s).toInt()) + u". "_s + bar.label;
        bars << bar;
    }
    m_bars->setBars(bars, m_area);
    m_bars->setVisible(!bars.isEmpty());
}

QString StatCard::provenanceText() const
{
    if (!m_result)
        return QString();
    const stats::Provenance& p = m_result->provenance;
    const QLocale locale;
    const auto when = [&](std::int64_t ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(7 * 3600)),
                               u"HH:mm dd/MM/yyyy"_s);
    };
    QStringList series = p.series.mid(0, 12);
    if (p.series.size() > 12)
        series << tr("… and %1 more").arg(p.series.size() - 12);
    QStringList lines;
    lines << tr("Service: %1 (%2)").arg(m_service.name.in(m_context.language), m_service.id)
          << tr("How: %1").arg(m_service.formula.in(m_context.language))
          << tr("Done: %1").arg(m_context.language == Language::English ? p.explanationEn : p.explanationVi)
          << tr("Series: %1").arg(series.join(u", "_s)) << tr("Window: %1 → %2").arg(when(p.from), when(p.to))
          << tr("Readings used: %1").arg(locale.toString(qint64(p.points)))
          << tr("Completeness: %1")
                 .arg(p.completenessPct ? formatNumber(*p.completenessPct, 1, locale) + u" %"_s
                                        : tr("unknown"))
          << tr("Update periods without a reading: %1").arg(locale.toString(qint64(p.missingPeriods)));
    if (!p.gaps.isEmpty())
        lines << tr("Longest gaps: %1").arg(p.gaps.join(u"; "_s));
    if (!m_result->reason.isEmpty())
        lines << tr("No figure: %1").arg(m_result->reason);
    lines << tr("Computed at %1").arg(when(p.computedAt));
    return lines.join(u'\n');
}

void StatCard::showProvenance()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("Provenance"), provenanceText(),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool StatCard::exportCsv(const QString& path) const
{
    if (!m_result)
        return false;
    QFile file(path);
    const QByteArray bytes = shown().toCsv().toUtf8();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void StatCard::chooseCsvFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), m_service.id + u".csv"_s, tr("CSV (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Export CSV"), tr("Cannot write %1").arg(path));
}

// ---------------------------------------------------------------------------- page

StatsPage::StatsPage(const ViewContext& context, const QString& groupId, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_group(groupId)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(u"muted"_s);
    layout->addWidget(m_status);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* grid = new ReflowGrid(3, 420, scroll);
    for (const StatService& service : context.catalog().statServices) {
        if (service.group != groupId)
            continue;
        auto* card = new StatCard(context, service, grid);
        grid->addItem(card);
        m_cards << card;
    }
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);
    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
    if (!context.stats) {
        m_status->setText(tr("Statistics are not available here: no archive or store to compute them on."));
        return;
    }
    connect(context.stats, &stats::StatsRunner::resultReady, this,
            [this](quint64 request, const QString& id, const stats::StatResult& result) {
                if (request != m_request)
                    return;
                for (StatCard* card : m_cards)
                    if (card->serviceId() == id)
                        card->setResult(result);
            });
    connect(context.stats, &stats::StatsRunner::failed, this,
            [this](quint64 request, const QString& id, const QString& message) {
                if (request != m_request)
                    return;
                for (StatCard* card : m_cards)
                    if (card->serviceId() == id)
                        card->setFailed(message);
            });
    connect(context.stats, &stats::StatsRunner::finished, this, [this](quint64 request) {
        if (request != m_request)
            return;
        m_request = 0;
        m_status->setText(tr("%n service(s) of this group · computed at %1 · every five minutes", nullptr,
                             int(m_cards.size()))
                              .arg(QLocale().toString(QDateTime::currentDateTime(), u"HH:mm"_s)));
        emit finished();
    });
}

void StatsPage::refresh()
{
    if (!m_context.stats)
        return;
    QStringList ids;
    for (const StatCard* card : m_cards)
        ids << card->serviceId();
    m_ran = true;
    m_status->setText(tr("Computing %n service(s)…", nullptr, int(ids.size())));
    m_request = m_context.stats->run(u"desk:"_s + m_group, ids, m_context.data->clock().nowMs());
}

void StatsPage::setArea(const QString& area)
{
    for (StatCard* card : m_cards)
        card->setArea(area);
}

void StatsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_ran)
        refresh();
}

} // namespace cityops::ui
