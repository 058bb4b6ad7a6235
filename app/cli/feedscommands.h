#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli feeds check | run | probe (see feeds --help)
int runFeedsCommand(const QStringList& arguments, Io io);

} // namespace cityops::cli
