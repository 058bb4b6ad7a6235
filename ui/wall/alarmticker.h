#pragma once

// The wall's alarm ticker: along the bottom of every wall screen, whatever page it shows, the
// alarms that need attention one after another (unacknowledged first, then the worst, then the
// newest), each for a few seconds: its priority as a shape, a word and a colour, its message,
// how long ago it fired and its state. A new alarm is shown at once. Paged, not scrolled: text
// that moves cannot be read from across a room. Shelved alarms are not on it (an operator set
// them aside); unacknowledged ones blink like everywhere else.

#include "core/alerts/alarmlog.h"

#include <QFrame>
#include <QList>
#include <QSet>

class QLabel;
class QTimer;

namespace cityops::ui {

struct ViewContext;
class ElidingLabel;

class AlarmTicker final : public QFrame
{
    Q_OBJECT
public:
    // How long each alarm stays before the next.
    static constexpr int kPageMs = 6000;

    AlarmTicker(const ViewContext& context, QWidget* parent);

    // Reads the watch's alarms again (it is connected to the watch's changes).
    void refresh();
    // The next alarm (the page timer calls it).
    void next();

    // What it shows now, as one line (tests and screenshots): "2/7 ▲ Cao: Ngập 52 cm… · 12 phút · …".
    QString text() const;
    QString currentId() const;
    int position() const { return m_index; }
    int count() const { return int(m_alarms.size()); }
    bool isBlinking() const;

private:
    void render();

    const ViewContext& m_context;
    QList<alerts::Alarm> m_alarms;
    QSet<QString> m_seen;  // the ids on the ticker: one not among them is news
    bool m_primed = false; // the watch had read when the ticker last looked (news means news)
    int m_index = 0;
    QLabel* m_count = nullptr;
    QLabel* m_mark = nullptr;
    ElidingLabel* m_text = nullptr;
    QTimer* m_page = nullptr;
    QTimer* m_blink = nullptr;
    bool m_blinkOn = true;
};

} // namespace cityops::ui
