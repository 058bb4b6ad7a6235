#pragma once

#include "core/common/language.h"

#include <QFrame>

namespace cityops {
class Catalog;
struct Group;
} // namespace cityops

namespace cityops::ui {

// One of the data groups on the overview: its number and name, a status line and its
// indicators with unit and update period.
class GroupTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTile)

public:
    GroupTile(const Catalog& catalog, const Group& group, Language language, QWidget* parent = nullptr);

    const QString& groupId() const { return m_groupId; }
    int indicatorCount() const { return m_indicatorCount; }

private:
    QString m_groupId;
    int m_indicatorCount = 0;
};

// "5 phút", "1 giờ", "1 ngày", "30 ngày"…: an update period for people.
QString periodText(int seconds);

} // namespace cityops::ui
