#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli alerts evaluate --db DB [--from T] [--to T] [--dry-run] --format json
int runAlertsCommand(const QStringList& arguments, Io io);

} // namespace cityops::cli
