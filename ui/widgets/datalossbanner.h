#pragma once

// Loss of view is an alarm (ISA-101): when the archive cannot be read, nothing has arrived
// or every series has gone stale, a banner across the window says so in the stale colour,
// in words an operator understands. Shared by the wall and the desk; hidden while data flows.

#include <QLabel>

namespace cityops::live {
class LiveData;
}

namespace cityops::ui {

class DataLossBanner final : public QLabel
{
    Q_OBJECT
public:
    explicit DataLossBanner(QWidget* parent = nullptr);
    // Shows what LiveData says is lost now, or hides.
    void refresh(const live::LiveData& data);
};

} // namespace cityops::ui
