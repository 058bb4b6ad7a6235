// Compiled only by the test core.cannot_include_QWidget, with cityops_core's include
// paths: this must fail with "QWidget: No such file or directory".
#include <QWidget>

int coreWidgetProbe()
{
    return sizeof(QWidget);
}
