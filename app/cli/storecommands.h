#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli ingest --db DB --mapping MAP.json FILE...
int runIngestCommand(const QStringList& arguments, Io io);
// cityops-cli query --db DB --series INDICATOR@PLACE [--from T] [--to T] [--bucket B] [--agg A] [--format F]
int runQueryCommand(const QStringList& arguments, Io io);
// cityops-cli series --db DB [--json]
int runSeriesCommand(const QStringList& arguments, Io io);
// cityops-cli quarantine --db DB [--json] [--limit N]
int runQuarantineCommand(const QStringList& arguments, Io io);

} // namespace cityops::cli
