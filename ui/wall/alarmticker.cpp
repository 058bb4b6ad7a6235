#include "ui/wall/alarmticker.h"

#include "core/alerts/alarmwatch.h"
#include "core/common/clock.h"
#include "core/live/livedata.h"
#include "ui/alarms/alarmtext.h"
#include "ui/widgets/elidinglabel.h"
#include "ui/widgets/viewcontext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

constexpr int kBlinkMs = 500; // as the alarm list and the map blink

void restyle(QWidget* widget, const char* name, const QString& value)
{
    if (widget->property(name).toString() == value)
        return;
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

AlarmTicker::AlarmTicker(const ViewContext& context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
{
    setObjectName(u"alarmTicker"_s);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(16, 6, 16, 6);
    row->setSpacing(14);
    m_count = new QLabel(this);
    m_count->setObjectName(u"tickerCount"_s);
    m_mark = new QLabel(this);
    m_mark->setObjectName(u"tickerMark"_s);
    m_text = new ElidingLabel(QString(), this);
    m_text->setObjectName(u"tickerText"_s);
    row->addWidget(m_count);
    row->addWidget(m_mark);
    row->addWidget(m_text, 1);

    m_page = new QTimer(this);
    m_page->setInterval(kPageMs);
    connect(m_page, &QTimer::timeout, this, &AlarmTicker::next);
    m_blink = new QTimer(this);
    m_blink->setInterval(kBlinkMs);
    connect(m_blink, &QTimer::timeout, this, [this] {
        m_blinkOn = !m_blinkOn;
        restyle(m_mark, "blink", m_blinkOn ? u"on"_s : u"off"_s);
    });
    if (context.alarms)
        connect(context.alarms, &alerts::AlarmWatch::changed, this, &AlarmTicker::refresh);
    refresh();
}

void AlarmTicker::refresh()
{
    const QString shown = currentId();
    m_alarms.clear();
    if (m_context.alarms) {
        for (const alerts::Alarm& a : m_context.alarms->alarms()) {
            if (a.needsAttention() && a.state != alerts::State::Shelved)
                m_alarms.append(a);
        }
    }
    std::sort(m_alarms.begin(), m_alarms.end(), readsBefore);
    // News first: the first alarm (in reading order) not known yet is shown at once and for a
    // full period; otherwise the alarm shown stays where it is.
    int news = -1;
    for (int i = 0; i < m_alarms.size(); ++i) {
        if (!m_seen.contains(m_alarms[i].id) && news < 0 && blinks(m_alarms[i]))
            news = i;
    }
    // Known: what is on the ticker now (an alarm that left it and comes back is news again).
    m_seen.clear();
    for (const alerts::Alarm& a : m_alarms)
        m_seen.insert(a.id);
    const bool firstRead = !m_primed;
    m_primed = m_context.alarms && m_context.alarms->hasRead();
    const auto same =
        std::find_if(m_alarms.begin(), m_alarms.end(), [&](const alerts::Alarm& a) { return a.id == shown; });
    if (news >= 0 && !firstRead) {
        m_index = news;
        m_page->start();
    } else {
        m_index = same != m_alarms.end() ? int(same - m_alarms.begin()) : 0;
    }
    if (m_alarms.size() > 1 && !m_page->isActive())
        m_page->start();
    if (m_alarms.size() <= 1)
        m_page->stop();
    render();
}

void AlarmTicker::next()
{
    if (!m_alarms.isEmpty())
        m_index = (m_index + 1) % int(m_alarms.size());
    render();
}

QString AlarmTicker::currentId() const
{
    return m_index < m_alarms.size() ? m_alarms[m_index].id : QString();
}

QString AlarmTicker::text() const
{
    QStringList parts;
    for (const QLabel* label : std::initializer_list<const QLabel*>{m_count, m_mark, m_text}) {
        if (!label->isHidden() && !label->text().isEmpty())
            parts << label->text();
    }
    return parts.join(u' ');
}

bool AlarmTicker::isBlinking() const
{
    return m_blink->isActive();
}

void AlarmTicker::render()
{
    const QString error = m_context.alarms ? m_context.alarms->lastError() : QString();
    bool blinking = false;
    if (!error.isEmpty()) {
        m_count->hide();
        m_mark->show();
        m_mark->setText(u"!"_s);
        restyle(m_mark, "state", u"stale"_s);
        m_text->setText(tr("ALARMS NOT READ — %1").arg(error));
        restyle(m_text, "muted", u"false"_s);
    } else if (m_alarms.isEmpty()) {
        m_count->hide();
        m_mark->hide();
        m_text->setText(m_context.alarms && m_context.alarms->hasRead() ? tr("No alarm needs attention.")
                                                                        : tr("Reading the alarms…"));
        restyle(m_text, "muted", u"true"_s);
    } else {
        const alerts::Alarm& a = m_alarms[std::min<qsizetype>(m_index, m_alarms.size() - 1)];
        const std::int64_t now = m_context.data->clock().nowMs();
        m_count->setVisible(m_alarms.size() > 1);
        m_count->setText(tr("%1/%2").arg(m_index + 1).arg(m_alarms.size()));
        m_mark->show();
        m_mark->setText(severityShape(a.severity) + u' ' + severityName(a.severity));
        restyle(m_mark, "state", a.severity);
        m_text->setText(
            tr("%1 · %2 · %3")
                .arg(alarmMessage(a, m_context.language), alarmAge(now - a.firedAt), stateText(a)));
        const bool muted = a.state == alerts::State::Acknowledged;
        restyle(m_text, "muted", muted ? u"true"_s : u"false"_s);
        blinking = blinks(a);
    }
    if (blinking && !m_blink->isActive())
        m_blink->start();
    if (!blinking) {
        m_blink->stop();
        m_blinkOn = true;
        restyle(m_mark, "blink", u"on"_s);
    }
}

} // namespace cityops::ui
