// The wall's alarm list: what the archive's evaluator raised, as the alarm log has it.

#include "core/alerts/alarmwatch.h"
#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/live/livedata.h"
#include "ui/alarms/alarmtext.h"
#include "ui/theme/theme.h"
#include "ui/wall/walltiles.h"
#include "ui/widgets/elidinglabel.h"
#include "ui/widgets/viewcontext.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

constexpr int kShown = 8;
constexpr int kBlinkMs = 500; // about once a second on and off: seen, not frantic

} // namespace

AlertsTile::AlertsTile(const ViewContext& context, QWidget* parent)
    : LiveTile(context, context.alarms ? tr("Alarms") : tr("Abnormal now"), parent)
{
    m_list = new QLabel(this);
    m_list->setObjectName(u"alertList"_s);
    m_list->setTextFormat(Qt::RichText);
    m_list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_list->setWordWrap(true);
    m_layout->addWidget(m_list, 1);
    m_blinkTimer = new QTimer(this);
    m_blinkTimer->setInterval(kBlinkMs);
    connect(m_blinkTimer, &QTimer::timeout, this, [this] {
        m_blinkOn = !m_blinkOn;
        render();
    });
    if (context.alarms)
        connect(context.alarms, &alerts::AlarmWatch::changed, this, &AlertsTile::refresh);
}

bool AlertsTile::isBlinking() const
{
    return m_blinkTimer->isActive();
}

void AlertsTile::refresh()
{
    m_rows.clear();
    m_lines.clear();
    m_more.clear();
    if (m_context.alarms)
        refreshAlarms();
    else
        refreshAbnormal();
    const bool blinking = std::any_of(m_lines.begin(), m_lines.end(), [](const Line& l) { return l.blinks; });
    if (blinking && !m_blinkTimer->isActive())
        m_blinkTimer->start();
    if (!blinking) {
        m_blinkTimer->stop();
        m_blinkOn = true;
    }
    render();
}

void AlertsTile::refreshAlarms()
{
    const alerts::AlarmWatch& watch = *m_context.alarms;
    const Theme& theme = *m_context.theme;
    QList<alerts::Alarm> alarms;
    for (const alerts::Alarm& a : watch.alarms()) {
        if (a.needsAttention())
            alarms.append(a);
    }
    std::sort(alarms.begin(), alarms.end(), readsBefore);
    const std::int64_t now = m_context.data->clock().nowMs();
    const int waiting = watch.unacknowledged();
    m_title->setText(waiting > 0 ? tr("Alarms · %n unacknowledged", nullptr, waiting) : tr("Alarms"));
    if (!watch.lastError().isEmpty())
        m_lines << Line{{}, {}, tr("ALARMS NOT READ — %1").arg(watch.lastError()), theme.stale, false};
    for (qsizetype i = 0; i < alarms.size() && i < kShown; ++i) {
        const alerts::Alarm& a = alarms[i];
        const QString mark = severityShape(a.severity) + u' ' + severityName(a.severity);
        const QString rest =
            tr("%1 · %2 · %3")
                .arg(alarmMessage(a, m_context.language), alarmAge(now - a.firedAt), stateText(a));
        const bool muted = a.state == alerts::State::Shelved || a.state == alerts::State::Acknowledged;
        m_lines << Line{mark, severityColour(theme, a.severity), rest, muted ? theme.textMuted : theme.text,
                        blinks(a)};
        m_rows << mark + u": "_s + rest;
    }
    if (alarms.size() > kShown)
        m_more = tr("+ %n more", nullptr, int(alarms.size() - kShown));
    if (alarms.isEmpty() && watch.lastError().isEmpty())
        m_lines << Line{{},
                        {},
                        watch.hasRead() ? tr("No alarm: nothing needs attention.")
                                        : tr("Reading the alarms…"),
                        theme.text,
                        false};
    // The border: the worst active alarm (acknowledged or not), else normal; unread, stale.
    QString worst = watch.lastError().isEmpty() ? u"normal"_s : u"stale"_s;
    int rank = 0;
    for (const alerts::Alarm& a : alarms) {
        const bool active =
            a.state == alerts::State::Unacknowledged || a.state == alerts::State::Acknowledged;
        if (active && severityRank(a.severity) > rank) {
            rank = severityRank(a.severity);
            worst = a.severity;
        }
    }
    setState(worst);
}

void AlertsTile::render()
{
    QString html;
    for (const Line& line : m_lines) {
        html += u"<div style='color:%1'>"_s.arg(line.textColour.name());
        if (!line.mark.isEmpty()) {
            // A blinking mark keeps its place when it is off (the row does not jump).
            const QColor colour = line.blinks && !m_blinkOn ? m_context.theme->surface : line.colour;
            html += u"<span style='color:%1'>%2</span>: "_s.arg(colour.name(), line.mark.toHtmlEscaped());
        }
        html += line.text.toHtmlEscaped() + u"</div>"_s;
    }
    if (!m_more.isEmpty())
        html += u"<div style='color:%1'>%2</div>"_s.arg(m_context.theme->textMuted.name(),
                                                        m_more.toHtmlEscaped());
    m_list->setText(html);
}

void AlertsTile::refreshAbnormal()
{
    const live::AbnormalNow now = m_context.data->abnormalNow(); // in the order an operator reads it
    for (qsizetype i = 0; i < now.rows.size() && i < kShown; ++i) {
        const live::AbnormalSeries& r = now.rows[i];
        const Indicator& indicator = *r.series.indicator;
        const QString what =
            indicator.name.in(m_context.language) + u" · "_s + m_context.placeName(r.series.place);
        const QString text = r.state.stale ? tr("%1 — stale %2").arg(what, status::ageText(r.state.ageMs))
                                           : tr("%1 — %2 (%3)")
                                                 .arg(what, m_context.valueText(indicator, r.state.latest->v),
                                                      status::levelName(r.state.level));
        const QColor colour =
            r.state.stale ? m_context.theme->stale : m_context.theme->levelColour(r.state.level);
        m_lines << Line{u"●"_s, colour, text, m_context.theme->text, false};
        m_rows << text;
    }
    if (now.rows.size() > kShown)
        m_more = tr("+ %n more", nullptr, int(now.rows.size() - kShown));
    // "Nothing abnormal" is said only when there is data to say it about.
    if (now.rows.isEmpty())
        m_lines << Line{{},
                        {},
                        now.reporting > 0
                            ? tr("Nothing abnormal: every series is within its limits and updating.")
                            : tr("No data received yet."),
                        m_context.theme->text,
                        false};
    const bool anyAlarm = !now.rows.isEmpty() && !now.rows.front().state.stale;
    setState(anyAlarm              ? styleState(now.rows.front().state.level, false)
             : !now.rows.isEmpty() ? u"stale"_s
             : now.reporting > 0   ? u"normal"_s
                                   : u"nodata"_s);
}

} // namespace cityops::ui
