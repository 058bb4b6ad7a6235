#include "ui/shell/feedhealthview.h"

#include "core/common/timeutil.h"
#include "core/feeds/feedhealth.h"
#include "ui/widgets/viewcontext.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

QString conditionText(feeds::FeedCondition c)
{
    switch (c) {
    case feeds::FeedCondition::Ok:
        return FeedHealthView::tr("● fine");
    case feeds::FeedCondition::Late:
        return FeedHealthView::tr("▲ late");
    case feeds::FeedCondition::Failing:
        return FeedHealthView::tr("✖ failing");
    case feeds::FeedCondition::Waiting:
        break;
    }
    return FeedHealthView::tr("○ waiting");
}

QColor conditionColour(feeds::FeedCondition c, const Theme& theme)
{
    switch (c) {
    case feeds::FeedCondition::Ok:
        return theme.text;
    case feeds::FeedCondition::Late:
        return theme.alarmMedium;
    case feeds::FeedCondition::Failing:
        return theme.alarmHigh;
    case feeds::FeedCondition::Waiting:
        break;
    }
    return theme.textMuted;
}

QString ago(qint64 thenMs, qint64 nowMs)
{
    if (thenMs == 0)
        return FeedHealthView::tr("never");
    const QString at = toZone(thenMs, defaultDisplayZone()).toString(u"HH:mm:ss"_s); // (the city's time)
    const qint64 minutes = (nowMs - thenMs) / 60'000;
    return minutes < 1 ? at : FeedHealthView::tr("%1 (%n min ago)", nullptr, int(minutes)).arg(at);
}

QString quarantineText(const feeds::FeedHealth& h)
{
    const QLocale locale;
    QString text = locale.toString(h.quarantined);
    QStringList reasons;
    for (auto it = h.reasons.begin(); it != h.reasons.end(); ++it)
        reasons << u"%1 %2"_s.arg(it.key(), locale.toString(*it));
    return reasons.isEmpty() ? text : text + u" ("_s + reasons.join(u", "_s) + u')';
}

} // namespace

FeedHealthView::FeedHealthView(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_timer(new QTimer(this))
{
    setObjectName(u"feedHealthView"_s);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"feedHealthTitle"_s);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(u"feedHealthTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Feed"), tr("Condition"), tr("Last success"), tr("Poll takes"),
                                        tr("Records / min"), tr("Quarantined"), tr("Last error")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &FeedHealthView::refresh);
    refresh();
}

void FeedHealthView::refresh()
{
    const std::vector<feeds::FeedHealth> all =
        m_context.feeds ? m_context.feeds->health() : std::vector<feeds::FeedHealth>();
    m_title->setText(m_context.feeds ? tr("Feeds collected by this console — %1").arg(summary(m_context))
                                     : tr("This console collects no feeds (cityops --feeds FILE)."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QLocale locale;
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < int(all.size()); ++row) {
        const feeds::FeedHealth& h = all[std::size_t(row)];
        const feeds::FeedCondition c = feeds::conditionOf(h, now);
        const QStringList cells{
            h.name.isEmpty() ? h.feed
                             : h.name + u"\n"_s + h.feed + u" · "_s + feeds::feedProtocolName(h.protocol),
            conditionText(c),
            ago(h.lastSuccessMs, now),
            h.lastAttemptMs == 0 ? u"—"_s : locale.toString(h.lastSeconds, 'f', 2) + u" s"_s,
            locale.toString(h.perMinute, 'f', 1),
            quarantineText(h),
            h.lastError.isEmpty() ? u"—"_s : h.lastError,
        };
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 1 && m_context.theme)
                item->setForeground(conditionColour(c, *m_context.theme));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeRowsToContents();
}

QStringList FeedHealthView::rows() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int col = 0; col < m_table->columnCount(); ++col)
            cells << (m_table->item(row, col) ? m_table->item(row, col)->text() : QString());
        out << cells.join(u" | "_s);
    }
    return out;
}

QString FeedHealthView::summary(const ViewContext& context)
{
    if (!context.feeds)
        return QString();
    const feeds::FeedsTally t = feeds::tally(context.feeds->health(), QDateTime::currentMSecsSinceEpoch());
    return (t.allFine() ? tr("● feeds %1/%2") : tr("✖ feeds %1/%2")).arg(t.fine).arg(t.total);
}

void FeedHealthView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void FeedHealthView::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

} // namespace cityops::ui
