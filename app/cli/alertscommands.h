#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace cityops::cli {

// cityops-cli alerts evaluate --db DB [--from T] [--to T] [--dry-run] --format json
// cityops-cli alerts list --db DB [--state unacknowledged|acknowledged|rtn-unacknowledged|shelved|all]
//                         --format json|text
// cityops-cli alerts ack --db DB ID --user NAME --comment TEXT
// cityops-cli alerts shelve --db DB ID --user NAME --reason TEXT --for 2h
// cityops-cli alerts history --db DB ID
// cityops-cli alerts health --db DB [--from T] [--to T] --format json
int runAlertsCommand(const QStringList& arguments, Io io);

} // namespace cityops::cli
