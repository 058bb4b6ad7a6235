#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli simulate --db DB --from T --days N [--seed S] [--json]
int runSimulateCommand(const QStringList& arguments, Io io);
// cityops-cli serve [--http HOST:PORT] [--mqtt HOST:PORT] [--speed X] [--seed S] [--from T]
//                   [--scenario NAME [--scenario-at T]] [--bind-any]
int runServeCommand(const QStringList& arguments, Io io);

} // namespace cityops::cli
