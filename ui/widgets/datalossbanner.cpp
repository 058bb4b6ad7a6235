#include "ui/widgets/datalossbanner.h"

#include "core/common/clock.h"
#include "core/live/livedata.h"

using namespace Qt::StringLiterals;

namespace cityops::ui {

DataLossBanner::DataLossBanner(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(u"dataLossBanner"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    hide();
}

void DataLossBanner::refresh(const live::LiveData& data)
{
    const auto loss = data.dataLoss();
    if (!loss) {
        hide();
        return;
    }
    const QString text = live::dataLossText(*loss, data.clock().nowMs());
    if (text != this->text())
        setText(text);
    setToolTip(data.sourceName());
    show();
}

} // namespace cityops::ui
