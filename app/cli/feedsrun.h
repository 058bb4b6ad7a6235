#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli feeds run --config FILE --db DB [--once]: the headless collector.
int runFeedsRun(const QStringList& arguments, Io io);

} // namespace cityops::cli
