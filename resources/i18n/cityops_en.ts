<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>Displays version information.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Displays help on commandline options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arguments:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[options]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown option '%1'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown options: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing value after '%1'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected value after '%1'.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::CatalogLoader</name>
        <message>
            <source>unknown key %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be between %2 and %3, not %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be an array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be one of %2, not %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 may only hold lower-case letters, digits, '.', '_' and '-'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a date of the form YYYY-MM-DD: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing required key %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>duplicate id %1 (first defined at %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file is larger than %1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read file: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: %1 at line %2, column %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the top level must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>schema version %1 is not supported (this build reads %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each element must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) must be less than %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is outside the plausible range %2 to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unit %1 has no display form ('display')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>order %1 is already used by group %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GSO code %1 must be 2 to 5 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'validTo' is before 'validFrom'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'bbox' must be [west, south, east, north] in degrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>longitude %1 is not between -180 and 180</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>latitude %1 is not between -90 and 90</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'stationKind' is required when 'dimension' is 'station'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'stationKind' is only allowed when 'dimension' is 'station'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'badDirection' 'both' needs a 'normalBand'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a threshold must be a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thresholds must be in ascending order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a target has either 'value' or 'band', not both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a target needs 'value', 'band' or a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'ratio' must be greater than 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a national benchmark needs 'value' or 'ratio'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'asOf' must be YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an indicator id must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown group %1 (indicator %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown unit %1 (indicator %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown station kind %1 (indicator %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown parent area %1 (area %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the parent chain of area %1 loops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GSO code %1 is also used by area %2 over an overlapping period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown station kind %1 (station %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown area %1 (station %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>station %1 at (%2, %3) lies outside the bounding box of area %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown indicator %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>catalog directory does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected file: a catalog consists of %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The catalog in %1 has %n problem(s)</source>
            <translation>
                <numerusform>The catalog in %1 has %n problem</numerusform>
                <numerusform>The catalog in %1 has %n problems</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 must be a number from 0 to 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a whole number of at least 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a duration like 30min, 24h or 7d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 quantile needs %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 compares months, quarters or years only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be one of %2, or a list of place ids</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a place id must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be "last 24h", "today", "this month", "last full year", "all" or {"from": …, "to": …}, not %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be after %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown kind %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>a %1 service names %n indicator(s)</source>
            <translation>
                <numerusform>a %1 service names %n indicator</numerusform>
                <numerusform>a %1 service names %n indicators</numerusform>
            </translation>
        </message>
        <message>
            <source>a %1 service compares places: %2 is city-wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no targets to compare with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no national figure to compare with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown group %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown place %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>places %1 does not fit %2: its series are per %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a number above 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a list or an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each level must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a level has %1 or %2, one of them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every level of a rule goes the same way (all above or all below)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be on the normal side of %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>levels go from the mildest to the worst: %1 after %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a worse level cannot have a lower severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>levels must be a list of one or more levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not filled by a %2 rule (it fills %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must not be above %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a %1 rule watches one indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parts must be a list of two or more conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each part must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not among the rule's indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a composite rule names the place its alarm is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a target has %1 or %2, one of them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a rule id must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a rule cannot supersede itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown rule %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is listed twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a day of the week in English, such as "saturday"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a week needs a working day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a day worked in exchange is a weekend day that is not a holiday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a deadline rule watches the reports received and their replies (and may name the count it is charted with)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::JsonProblems</name>
        <message>
            <source>unknown key (known: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a non-empty string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a whole number from %1 to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::VirtualClock</name>
        <message>
            <source>Clock speed must be between %1x and %2x</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::alerts::AlarmLog</name>
        <message>
            <source>An alarm just recorded is not there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shelf time over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such alarm (alerts list names them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An acknowledgement names who makes it (--user)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An acknowledgement needs a comment (--comment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This alarm does not wait for an acknowledgement: it is %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shelving names who does it (--user)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shelving needs a reason (--reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An alarm is shelved for up to 24 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This alarm cannot be shelved: it is %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended while superseded by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>superseded by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is over</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>not acknowledged within %n minute(s): escalated to the shift supervisor</source>
            <translation>
                <numerusform>not acknowledged within %n minute: escalated to the shift supervisor</numerusform>
                <numerusform>not acknowledged within %n minutes: escalated to the shift supervisor</numerusform>
            </translation>
        </message>
        <message>
            <source>recorded after it had ended: history, no acknowledgement asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>out of service: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of service needs a place (--place)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of service names who does it (--user)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of service needs a reason (--reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already out of service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back in service names who does it (--user)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not out of service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back in service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back in service: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::alerts::AlarmWatch</name>
        <message>
            <source>No archive is followed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::alerts::LiveRules</name>
        <message numerus="yes">
            <source>alarms: %n new</source>
            <translation>
                <numerusform>alarms: %n new</numerusform>
                <numerusform>alarms: %n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n brought up to date</source>
            <translation>
                <numerusform>%n brought up to date</numerusform>
                <numerusform>%n brought up to date</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::alerts::Speech</name>
        <message>
            <source>Northern male voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Northern female voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Southern female voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Southern male voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>espeak-ng is not installed: alarms cannot be spoken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>espeak-ng did not start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>espeak-ng did not finish in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>espeak-ng failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>espeak-ng wrote no sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the alarm tone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::app</name>
        <message>
            <source>cannot write the screenshot to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>screenshot written: %1 (%2x%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--screen %1: the wall file has %2 screen(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wall screen %1 is configured but this machine has %2 screen(s); start it elsewhere with --screen %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown group '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 data groups · %2 indicators — the demo city at %3, clock stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--page %1: screen %2 of the wall has %3 page(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The feeds cannot be collected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the stations the feeds described cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::app::GuiOptions</name>
        <message>
            <source>CityOps: the desktop client of Da Nang's Intelligent Operations Center.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language: vi (default) or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the catalog in DIR instead of the built-in one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Render the window offscreen to the PNG file FILE and exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size of the screenshot, WxH (default 1920x1080).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--lang must be vi or en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--size must be WIDTHxHEIGHT between 320x240 and 16384x16384</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run on the demo city (a simulated Da Nang in an archive of its own).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --demo: the demo archive (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without --demo: the archive to show (default: the live archive).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --demo: show the demo city at this instant (2024-10-14T08:00, Da Nang time unless a zone is given), with the clock stopped there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The video wall: full-screen kiosk pages that rotate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --wall: only screen N of the wall (0-based).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --wall: the wall's pages from FILE (JSON).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --wall --screenshot: which page to render (0-based).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the desk on this data group (an id, e.g. rain-flood).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw the map from this GeoJSON file instead of the built-in schematic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A raster basemap under the map: an .mbtiles file or an https://…/{z}/{x}/{y}.png URL (off by default).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --demo: play a scenario (storm-flood, traffic-accident, air-pollution, …) or a JSON file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the scenario starts (default: 6 hours before --at, or now).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--screen must be a screen number from 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--page must be a page number from 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--%1 must be a date and time like 2024-10-14T08:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--at needs --demo: only the demo city can be shown at any instant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a scenario plays on the demo city: add --demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--db names a live archive; the demo city uses --demo-db</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --group: open the group's statistics services ("Thống kê").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--stats needs --group ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the desk on its alarm panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--alarms opens the desk's alarm panel: not with --wall or --group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the desk on the alarm system's health (the supervisor's view).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--alarm-health opens the desk's supervisor view: not with --wall, --group or --alarms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collect the feeds of this feeds file into the archive shown (--db), in this process, as cityops-cli feeds run does; the wall and the desk follow it. Not with --demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--feeds collects into the archive shown with --db, not into the demo city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With --feeds: open the desk on the feeds' health (one row per feed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--feed-health opens the desk's feed panel: it needs --feeds, not --wall</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::cli</name>
        <message>
            <source>Show or check the catalog of data groups and indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: %1 [--lang vi|en] COMMAND [options]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CityOps, the operations-center client, without a window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commands:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of messages (default: vi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the version and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print this help and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'%1 COMMAND --help' describes a command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown option: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown command: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read CSV or NDJSON files into the archive through a mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a series from the archive, as points or buckets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the series in the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List quarantined input with file, line and reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the demo city into an archive of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serve the demo city live: NGSI-v2, SensorThings and MQTT on loopback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the statistics and comparison services, or any kind ad hoc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replay the archive through the early-warning rules; list, acknowledge and shelve alarms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try a live feed: read an NGSI-v2 broker to the end, writing nothing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::cli::alerts</name>
        <message>
            <source>--from must be before --to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First instant, included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End instant, excluded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the alarms without recording them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output: json (list: or text).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list: unacknowledged, acknowledged, rtn-unacknowledged, shelved or all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who acknowledges or shelves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The acknowledgement's comment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the alarm is shelved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long it stays shelved (up to 24h).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 new alarm(s) recorded, %2 brought up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alerts %1 takes one alarm id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--for must be a duration like 2h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--format must be json (list: or text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alerts evaluate takes no alarm id</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n alarm(s)</source>
            <translation>
                <numerusform>%n alarm</numerusform>
                <numerusform>%n alarms</numerusform>
            </translation>
        </message>
        <message>
            <source>The early-warning rules of the catalog and the alarms of an archive.
  alerts evaluate --db DB [--from T] [--to T] [--dry-run] --format json
      replays the archive through every rule, prints the alarms and records them
  alerts list --db DB [--state STATE|all] [--format json|text]
  alerts ack --db DB ID --user NAME --comment TEXT
  alerts shelve --db DB ID --user NAME --reason TEXT --for 2h
  alerts history --db DB ID
  alerts health --db DB [--from T] [--to T] --format json
      the alarm system against the ISA-18.2 targets (rate, floods, chattering, …)
Times are ISO 8601 (local Asia/Ho_Chi_Minh time if no offset); without --from and --to,
the whole archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>out-of-service, in-service: the place (a station).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>out-of-service, in-service: only this rule at the place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such rule (catalog --json lists them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such place in the catalog or the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--place names the place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evaluate, list, ack, shelve, history, health, out-of-service or in-service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alerts needs an action: evaluate, list, ack, shelve, history, health, out-of-service or in-service ('alerts --help')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alerts %1 takes --place, not an alarm id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--state must be unacknowledged, acknowledged, rtn-unacknowledged, shelved, suppressed, out-of-service or all</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::cli::catalog</name>
        <message>
            <source>CityOps catalog: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 data groups, %2 indicators (%3 KPIs), %4 areas, %5 stations, %6 statistics services, %7 warning rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data groups</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>national %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1x the national average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows the catalog of data groups, indicators, areas and stations, or checks a catalog directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the whole catalog as one JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Validate the catalog directory PATH: exit 0 when valid, 2 with one line per problem otherwise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the catalog in DIR instead of the built-in one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the output: vi or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: valid (%2 groups, %3 indicators, %4 areas, %5 stations)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>built-in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::cli::feeds</name>
        <message>
            <source>The service path (Fiware-ServicePath).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time zone of dates sent without one (default UTC+07:00).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not an http(s) URL: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown time zone: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n observation(s), %1 quarantined, from %2 page(s)</source>
            <translation>
                <numerusform>%n observation, %1 quarantined, from %2 page(s)</numerusform>
                <numerusform>%n observations, %1 quarantined, from %2 page(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown feeds action %1 (feeds --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reads a feed to the end (following its paging) and prints, writing nothing, one NDJSON line per observation it would ingest ({"entity", "type", "attribute", "series", "time", "value", "unit"}) and one per item it would quarantine, with the reason. How an operator tries a new feed before configuring it; with --config, "series" says where the feeds file maps each one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The broker (http://127.0.0.1:1026) or the SensorThings service root or collection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A feeds file: its feed at this URL maps what is read to series.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Validates a feeds file against the catalog: every problem on a line of its own, as FILE: JSON-POINTER: REASON. Exit 0 when it is valid, 2 when it is not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The feeds file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: cityops-cli feeds check --config FILE</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1: valid, %n feed(s)</source>
            <translation>
                <numerusform>%1: valid, %n feed</numerusform>
                <numerusform>%1: valid, %n feeds</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 fetched, %3 accepted (%4 new), %5 quarantined, %6 not mapped, in %7 s</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Collecting %n feed(s); SIGTERM or Ctrl+C stops.</source>
            <translation>
                <numerusform>Collecting %n feed; SIGTERM or Ctrl+C stops.</numerusform>
                <numerusform>Collecting %n feeds; SIGTERM or Ctrl+C stops.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poll every feed once, print the summary and exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: cityops-cli feeds run --config FILE --db DB [--once]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no %2 feed at %3, and not exactly one %2 feed to use instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stores a feed's secret (an API key, a token, a password) in the system keychain under ENTRY, reading it from standard input; the feeds file names the entry in its "credential": {"keychain": ENTRY}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keychain entry, e.g. orion-danang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: cityops-cli feeds secret ENTRY &lt; secret-file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No secret on standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored in the keychain as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown protocol %1 (ngsi-v2, ngsi-ld or sensorthings)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ngsi-v2, ngsi-ld or sensorthings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only entities of this type (NGSI).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tenant (Fiware-Service; NGSI-LD: NGSILD-Tenant).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config FILE]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage:
  cityops-cli feeds check --config FILE
  cityops-cli feeds run --config FILE --db DB [--once]
  cityops-cli feeds secret ENTRY &lt; secret-file
  cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config FILE]

Reads the city's live feeds: check validates a feeds file, run collects (--once: one poll of every feed, then a JSON summary), probe shows what a feed would give.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: an MQTT feed, subscribed to by feeds run without --once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The headless collector: polls every HTTP feed of the feeds file at its interval and subscribes to every MQTT feed, and ingests what it reads into the archive, one JSON line per poll ({"feed", "fetched", "accepted", "quarantined", "errors"}; an MQTT feed: every pollSeconds, and at once when its connection is lost). --once: one full poll of every HTTP feed, then {"feeds": [...]} and exit (1 when a feed failed). Stops cleanly on SIGTERM, writing what it has received.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new alarm(s) recorded</source>
            <translation>
                <numerusform>%n new alarm recorded</numerusform>
                <numerusform>%n new alarms recorded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n brought up to date</source>
            <translation>
                <numerusform>%n brought up to date</numerusform>
                <numerusform>%n brought up to date</numerusform>
            </translation>
        </message>
        <message>
            <source>the data is stored, but the early-warning rules could not run: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::cli::simulate</name>
        <message>
            <source>Writes the demo city (a deterministic, simulated Da Nang) into an archive of its own, as fast as the archive takes it. The same seed and range give the same data. Never into a live archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo archive: a SQLite file or postgresql://… (required).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First instant (ISO 8601; local time if no offset).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many days to write (1 to 3660).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The city's seed (default 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print one JSON object with the counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the output: vi or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>simulate needs --db DB, --from T and --days N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--days must be a number from 1 to 3660</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--seed must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is the live archive: demo data never goes there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo city (seed %1): %2 series, %3 points over %4 days (%5 new), %6 quarantined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s, %2 points/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play a scenario: a built-in name (%1) or a JSON file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the scenario starts (default: --from).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scenario %1 from %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs the demo city live and serves it the way a city does: an NGSI-v2 API compatible with FIWARE Orion (/v2/entities), an OGC SensorThings API (/v1.1), and MQTT messages when --mqtt is given. Binds to loopback only, unless --bind-any. Stops cleanly on SIGTERM or Ctrl+C.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to serve HTTP (default 127.0.0.1:1026; port 0: any free port).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish every reading to this MQTT broker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How fast the city's clock runs (1 to 3600, default 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the city's clock starts (default: now).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow addresses other than loopback.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--http must be HOST:PORT, e.g. 127.0.0.1:1026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--mqtt must be HOST:PORT, e.g. 127.0.0.1:1883</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a loopback address: the demo city stays on this machine unless --bind-any is given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--speed must be from 1 to 3600</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot listen on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the MQTT broker: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo city (seed %1) from %2 at %3×: NGSI-v2 %4/v2/entities (%5 entities), SensorThings %4/v1.1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MQTT: publishing to %1:%2 under cityops/demo/…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::cli::stats</name>
        <message numerus="yes">
            <source>%n statistics service(s)</source>
            <translation>
                <numerusform>%n statistics service</numerusform>
                <numerusform>%n statistics services</numerusform>
            </translation>
        </message>
        <message>
            <source>Run the catalog's service ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run every service of the catalog (JSON only).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run a kind ad hoc: aggregate, change, rolling, …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A series of the ad hoc run, as INDICATOR@PLACE (twice for a correlation).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First instant, included (ISO 8601; local time if no offset).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End instant, excluded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kind's parameters, as a JSON object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instant the windows are counted from (default: now).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output: json (default) or csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stats list: print JSON.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n service(s) failed; see "error" in the results</source>
            <translation>
                <numerusform>%n service failed; see "error" in the results</numerusform>
                <numerusform>%n services failed; see "error" in the results</numerusform>
            </translation>
        </message>
        <message>
            <source>--series must be INDICATOR@PLACE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--params must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stats run needs exactly one of --service ID, --all, --kind KIND</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--format must be json or csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stats run --all prints JSON only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--series, --from, --to and --params go with --kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no such service (stats list names them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The IOC's statistics and comparison services, computed on the archive.
  stats list [--json]                      the services of the catalog
  stats run --db DB --service ID [--at T]  one service
  stats run --db DB --all [--at T]         every service, as JSON
  stats run --db DB --kind KIND --series INDICATOR@PLACE [--from T] [--to T] [--params JSON]
                                           any kind on any series, over [from, to)
Times are ISO 8601 (local Asia/Ho_Chi_Minh time if no offset); buckets follow local days, weeks from Monday and calendar months, quarters and years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list or run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stats needs one action: list or run ('stats --help')</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::cli::store</name>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n series</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message>
            <source>The archive: a SQLite file, or postgresql://user@host:port/database (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the output: vi or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reads CSV or NDJSON files into the archive through a mapping file. Every value is accepted, folded as a duplicate, quarantined with its reason, or counted as missing. Running the same files again adds nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping file (JSON).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print one JSON object with the counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a line on standard error as each batch is committed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the catalog in DIR instead of the built-in one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV or NDJSON files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ingest needs --mapping MAP.json and at least one FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--batch must be a number from 1 to 10000000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 % · %3 rows · %4 rows/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 rows, %3 observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>accepted %1 (new %2, already stored %3, replaced %4, kept stored %5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>duplicates %1 (policy: %2) · missing %3 · quarantined %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quarantined: %1 × %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>converted: %1 × %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeated local times resolved to the earlier/later instant by the mapping: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and %1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>places not in the catalog (kept as names): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s, %2 rows/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prints one series from the archive: its points, or buckets of them (hours, days and longer buckets come from the rollups). Times are shown in Asia/Ho_Chi_Minh; buckets follow local days, weeks from Monday, and calendar months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The series, as INDICATOR@PLACE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First instant (ISO 8601; local time if no offset).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End instant, excluded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bucket: 15min, 1h, 1d, 1w, 1mo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aggregate per bucket: mean (default), min, max, sum, count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output: csv (default) or json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>query needs --series INDICATOR@PLACE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--format must be csv or json</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--agg must be mean, min, max, sum or count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--bucket must look like 15min, 1h, 6h, 1d, 1w or 1mo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such series in the archive: %1 ('cityops-cli series' lists them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists the series in the archive with their point counts and time ranges.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists quarantined input: file, line, column, reason and the row as read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most N entries (default 1000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--limit must be a positive number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observations per transaction (default: 200000 for SQLite, 1000000 for PostgreSQL).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the data is stored, but the early-warning rules could not run: </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new alarm(s) recorded</source>
            <translation>
                <numerusform>%n new alarm recorded</numerusform>
                <numerusform>%n new alarms recorded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n brought up to date</source>
            <translation>
                <numerusform>%n brought up to date</numerusform>
                <numerusform>%n brought up to date</numerusform>
            </translation>
        </message>
        <message>
            <source>Do not run the early-warning rules over the archive afterwards.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::Collector</name>
        <message>
            <source>%1: feeds %2 (%3) and %4 (%5) cannot share an archive: demo data never reaches a live archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: feed %2 reads the CityOps demo city (%3): give it "purpose": "demo" and a demo archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: subscribed to %2 at %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the series it writes could not be noted in the archive: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: where it has read to could not be noted in the archive: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the stations it describes could not be noted in the archive: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the early-warning rules could not run: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::Credentials</name>
        <message numerus="yes">
            <source>the keychain did not answer within %n second(s)</source>
            <translation>
                <numerusform>the keychain did not answer within %n second</numerusform>
                <numerusform>the keychain did not answer within %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>keychain entry %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no credential file %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the credential file %1 can be read by others (mode %2): refused; make it the collector's own with chmod 600</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read the credential file %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>environment variable %1: not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no credential found (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot store the secret in the keychain: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::DropFolder</name>
        <message>
            <source>cannot make %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot move %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the drop folder %1 is not there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::FeedConfig</name>
        <message>
            <source>not a valid regular expression: %1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{%1} is not a named group of the rule's id or attribute pattern (nor entity, type or attribute)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown indicator "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no conversion from %1 to %2, the unit of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an object: attribute → indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an indicator id or {"indicator", "unit"}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: a distance from 1 to 50,000 metres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown station kind "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs either "attributes" (attribute → indicator) or "indicator"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"attribute" and "unit" go with "indicator", not with "attributes"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a SensorThings feed's items are of type Datastream</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an http(s) URL: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds a user name or password: credentials never go in the feeds file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must start with /</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be live or demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown time zone "%1" (an IANA name such as Asia/Ho_Chi_Minh, UTC, or +07:00)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be first, last, mean or reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an array of attribute names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be lower-case letters, digits and hyphens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: a non-empty array of rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not JSON: %1 at byte %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an object with "feeds"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The feeds file is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: a non-empty array of feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" names an earlier feed too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the feeds file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an NGSI-v2 feed polls incrementally by dateObserved or dateModified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a SensorThings feed polls incrementally by phenomenonTime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only from the service root (…/v1.1): a collection URL is read as given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds no PEM certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an HTTP header name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names no keychain entry, environment variable or file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only for NGSI feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NGSI-LD has no service path: a tenant is its "service"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only for ngsi-ld feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a URL: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an NGSI-LD feed polls incrementally by observedAt (the temporal API)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an MQTT message has no location: its place is a template (from the topic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an mqtt:// or mqtts:// URL: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an MQTT broker's URL has no path: the topics say what is read ("topics")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only for mqtt feeds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not for mqtt feeds: the broker sends each message as it comes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a topic filter (levels separated by /, + a whole level, # the whole last one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a non-text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: a non-empty array of topic filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be json or ultralight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an MQTT feed's credential is the password of its "username": no header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an MQTT password goes with a "username"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a credential is sent only over TLS (https, mqtts) or to this machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be ngsi-v2, ngsi-ld, sensorthings, mqtt or folder, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not for a folder feed: it reads files through its "mapping"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be readable and writable (files read are moved to done/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be file name patterns such as "*.csv"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only for sensorthings feeds (read incrementally from the service root)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no catalog area is of level "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: a template such as "{station}", {"nearestStation": {"withinMeters": 500}} or {"areaContaining": {"level": "district"}}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be {"file": "….geojson", "property": "gso_code"}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no areas (Polygon or MultiPolygon features)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>feature %1 of %2: %3 "%4" is no catalog area's id or GSO code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>places by the area containing the item: the feed needs "boundaries"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only for ngsi-ld feeds (the temporal API, read in steps of so many hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only for sensorthings and ngsi-ld feeds (read incrementally)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::FeedMapper</name>
        <message>
            <source>%1 maps it to %2, which is not in the catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the feed's unit %1 is not one CityOps knows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent in %1; %2 is in %3, and there is no conversion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 names no place for this entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the entity has no location, and %1 places it by the nearest station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no station within %1 m of %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is in none of the areas of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the entity has no location, and %1 places it by the area containing it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is in %2 "%3", which is no catalog area%4 valid on %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server gave no Thing for this Datastream, and %1 names the place by it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::FeedPoll</name>
        <message>
            <source>%1 is in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>feed %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>feed %1 is not polled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an MQTT feed's messages come as they are published: it is subscribed to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>feed %1: the archive cannot be written</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 to %2 can no longer be read: the server keeps the last %n hour(s), and what it had in between is lost</source>
            <translation>
                <numerusform>%1 to %2 can no longer be read: the server keeps the last hour, and what it had in between is lost</numerusform>
                <numerusform>%1 to %2 can no longer be read: the server keeps the last %n hours, and what it had in between is lost</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::Http</name>
        <message numerus="yes">
            <source>no answer within %n second(s)</source>
            <translation>
                <numerusform>no answer within %n second</numerusform>
                <numerusform>no answer within %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>the answer is larger than %1 MB: refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not JSON: the content type is %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the paging did not end after %1 entities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot reach the server: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server's @iot.nextLink leads back to a page already read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the paging did not end after %1 pages</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(asks to be called again in %n second(s))</source>
            <translation>
                <numerusform>(asks to be called again in %n second)</numerusform>
                <numerusform>(asks to be called again in %n seconds)</numerusform>
            </translation>
        </message>
        <message>
            <source>the server's TLS certificate is not trusted: %1 (a private certificate authority goes in the feed's "caFile"; verification is never turned off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the paging leads back to a page already read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a partial answer (206) without a date-time Content-Range</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::Json</name>
        <message>
            <source>not JSON: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::JsonMeasures</name>
        <message>
            <source>reading %1: %2 = %3 is not a time (ISO 8601)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a number: "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not JSON: %1 at byte %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an object of measures, or an array of them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading %1 is not an object of measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a finite number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::Mqtt</name>
        <message>
            <source>Cannot make the MQTT client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a persistent session needs a client id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot set the MQTT credentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot set up TLS for MQTT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot connect to the MQTT broker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot start the MQTT client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the broker refused the connection: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection to the broker was lost (%1); reconnecting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the broker refused a subscription (not allowed to read the topic?)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::MqttFeed</name>
        <message>
            <source>feed %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::Ngsi</name>
        <message>
            <source>not an entity (an object with id and type)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an entity needs an id and a type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>typed a number but is not one: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a finite number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no time: neither dateObserved, TimeInstant nor a timestamp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable time %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not NGSI-v2 entities: neither an array nor an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the broker says %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::NgsiLd</name>
        <message>
            <source>not an entity (an object with id and type)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an entity needs an id and a type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>named numeric but is not a number: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a finite number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no time: neither observedAt nor the entity's dateObserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable time %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not NGSI-LD entities: neither an array nor an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the broker says %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::SensorThings</name>
        <message>
            <source>no result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the result is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no phenomenonTime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable time %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a SensorThings entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not SensorThings: neither a collection nor an entity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::UltraLight</name>
        <message>
            <source>measure group %1 is empty ("##")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>measure group %1: %2 is not a time (an odd number of fields begins with one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a number: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an empty payload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>measure group %1 is a command result (device@command|result), not a measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>measure group %1: %2 is not a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>measure group %1 has an empty field ("||")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not UltraLight 2.0: %1; nothing of it is read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::files::FileIngest</name>
        <message>
            <source>Cannot read the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a binary file, not CSV or NDJSON text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first line is longer than %1 bytes: this is not a CSV file with a header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The header line is not valid CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping names columns the file does not have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no data rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unbalanced quotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 fields; the header has %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" does not match %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not exist in %2 (clocks jumped forward)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 happens twice in %2 (clocks went back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no place named on this row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value %1 flagged "%2" by the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 bytes; the limit is %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time not understood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>local time that does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>local time that happened twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outside the plausible range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flagged bad by the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>disagreeing duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>malformed CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>malformed JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no place named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 (the file has: %3)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::feeds::files::Mapping</name>
        <message>
            <source>Cannot read the mapping file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping file is too large to be a mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping is not valid JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be "csv" or "ndjson", not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be one ASCII character other than a quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: an object with column, format and timeZone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown time zone "%1" (an IANA name such as Asia/Ho_Chi_Minh, UTC, or +07:00)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be earlier, later or reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be respect or ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an array of strings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be first, last, mean or reject, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: source flag → good, suspect, estimated or bad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be good, suspect, estimated or bad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: a non-empty array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs exactly one of station, area, place or placeColumn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown indicator "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>indicator %1 is kept in %2, not %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no conversion from %1 to %2, the unit of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeats an earlier series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping is not valid</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::geo::Layer</name>
        <message>
            <source>Cannot read the map layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a GeoJSON FeatureCollection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map layer has no areas or lines (Polygon, MultiPolygon, LineString)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::live::LiveData</name>
        <message>
            <source>DATA LOST — the archive cannot be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DATA LOST — no data from the city has arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DATA LOST — nothing new for %1 (the newest reading: %2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::sim::Scenario</name>
        <message>
            <source>No such scenario (built in: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scenario is not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs vi and en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be more than 0 and at most 744</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: at least one event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown kind (known: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs "at" and a later "until", as +90min, +6h or +2d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ends after the scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs "value" or "profile"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: what a trainee should see, where and by when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs indicator, above or below, and by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scenario is not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a factor must be more than 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a value must be 0 or more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::stats::Headline</name>
        <message>
            <source>Q%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no data in the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>highest: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lowest: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reading(s)</source>
            <translation>
                <numerusform>%n reading</numerusform>
                <numerusform>%n readings</numerusform>
            </translation>
        </message>
        <message>
            <source>most: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing to compare with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>peak: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 of the total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>/day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>/year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mann-Kendall τ = %1, p = %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n pair(s) of readings</source>
            <translation>
                <numerusform>%n pair of readings</numerusform>
                <numerusform>%n pairs of readings</numerusform>
            </translation>
        </message>
        <message>
            <source>×%1 the national %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>×%1 the national figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>off track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no target with a figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none at any place (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>met at the end of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not met at the end of %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::stats::StatsEngine</name>
        <message>
            <source>fewer than two instants where both series have a reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of the series does not vary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no readings in the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one reading: a sample deviation needs two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown period %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a rolling window must be a positive duration like 24h or 7d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown bucket or reset period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fewer than two readings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no change in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no national figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown kind %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such series: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a statistic needs at least one --series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a correlation needs two --series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--from must be before --to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no series of this indicator in the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a correlation needs two series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a %1 has no parameter %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parameter %1 of %2 is out of range or of the wrong type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a %1 needs the parameter %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fn quantile needs q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a rolling window takes fn mean, sum, count, min or max</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::stats::StatsRunner</name>
        <message>
            <source>no such service %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::status</name>
        <message>
            <source>under a minute</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advisory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n abnormal</source>
            <translation>
                <numerusform>%n abnormal</numerusform>
                <numerusform>%n abnormal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stale</source>
            <translation>
                <numerusform>%n stale</numerusform>
                <numerusform>%n stale</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::store::Archive</name>
        <message>
            <source>The Qt SQL driver for this archive is not installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No archive at this path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the archive's folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database is not a CityOps archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This archive was written by a newer CityOps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive needs an upgrade; open it for writing first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This series is archived in another unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive refused a query</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PostgreSQL archive is written postgresql://user@host:port/database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown archive URL: use a file path (SQLite) or postgresql://…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No archive given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive refused a bulk copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive refused a write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This archive holds live data: demo data never goes there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This archive holds the demo city: live data does not go there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive keeps hourly and daily rollups only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive's folder does not exist (create it first, or check the path)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive is damaged</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::store::ObservationWriter</name>
        <message>
            <source>%1 %2 is outside the plausible range %3–%4 %2 of %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 values for one series and time: %2 (lines %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The writer has already finished</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::store::SeriesReader</name>
        <message>
            <source>No such series</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::timeutil</name>
        <message>
            <source>Not a date and time in ISO 8601 form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This local time does not exist in the time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a calendar date in the form YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::AcknowledgeDialog</name>
        <message>
            <source>Acknowledge the alarm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done, or why no action is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::AlarmModel</name>
        <message>
            <source>%1 until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::AlarmPanel</name>
        <message>
            <source>%1 %2 %3 (clears %4 %5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unacknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shelved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium and high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search place, message, operator…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shelve…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No alarm log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ALARMS NOT READ — %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unacknowledged</source>
            <translation>
                <numerusform>%n unacknowledged</numerusform>
                <numerusform>%n unacknowledged</numerusform>
            </translation>
        </message>
        <message>
            <source>Select an alarm to see why it fired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fired %1 · %2 · worst %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cleared %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rule: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it has not cleared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged by %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shelved by %1 until %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed since %1: part of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Was suppressed from %1 as part of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Escalated to the shift supervisor at %1: not acknowledged within %n minute(s)</source>
            <translation>
                <numerusform>Escalated to the shift supervisor at %1: not acknowledged within %n minute</numerusform>
                <numerusform>Escalated to the shift supervisor at %1: not acknowledged within %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Out of service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of service since %1: its place is in maintenance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clears after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clears below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per hour from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clears per hour below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clears at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>looking ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trend over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deviations from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clears below deviations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>periods of silence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>readings no older than</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::AlarmSound</name>
        <message>
            <source>%1 did not start: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 did not finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exit code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No place to make the alarm sound in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The alarm sound could not be played: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::AlarmTicker</name>
        <message>
            <source>ALARMS NOT READ — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No alarm needs attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the alarms…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1/%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::Alarms</name>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unacknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleared, unacknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shelved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed: part of a larger alarm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · escalated</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Out of service</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::AlertsTile</name>
        <message>
            <source>Abnormal now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — stale %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>+ %n more</source>
            <translation>
                <numerusform>+ %n more</numerusform>
                <numerusform>+ %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing abnormal: every series is within its limits and updating.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No data received yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alarms</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Alarms · %n unacknowledged</source>
            <translation>
                <numerusform>Alarms · %n unacknowledged</numerusform>
                <numerusform>Alarms · %n unacknowledged</numerusform>
            </translation>
        </message>
        <message>
            <source>ALARMS NOT READ — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No alarm: nothing needs attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the alarms…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::Basemap</name>
        <message>
            <source>a tile URL needs {z}, {x} and {y}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the MBTiles file does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot open the MBTiles file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not an MBTiles file (no tiles table)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::ChartTile</name>
        <message>
            <source>thresholds %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>normal %1–%2 %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>last %n h</source>
            <translation>
                <numerusform>last %n h</numerusform>
                <numerusform>last %n h</numerusform>
            </translation>
        </message>
        <message>
            <source>no data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STALE %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::ClockTile</name>
        <message>
            <source>Da Nang time (UTC+7)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::FeedHealthView</name>
        <message>
            <source>● fine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▲ late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ failing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>○ waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 (%n min ago)</source>
            <translation>
                <numerusform>%1 (%n min ago)</numerusform>
                <numerusform>%1 (%n min ago)</numerusform>
            </translation>
        </message>
        <message>
            <source>Feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last success</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poll takes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records / min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quarantined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feeds collected by this console — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This console collects no feeds (cityops --feeds FILE).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● feeds %1/%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ feeds %1/%2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::GroupPage</name>
        <message>
            <source>Whole city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>District: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (%1, lowest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (%1, highest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statistics (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::GroupTile</name>
        <message>
            <source>weekly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>monthly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quarterly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yearly</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n more indicator(s)</source>
            <translation>
                <numerusform>+ %n more indicator</numerusform>
                <numerusform>+ %n more indicators</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::GroupsTile</name>
        <message>
            <source>The 15 data groups now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n series</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>normal · %n series</source>
            <translation>
                <numerusform>normal · %n series</numerusform>
                <numerusform>normal · %n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s)</source>
            <translation>
                <numerusform>%n alarm</numerusform>
                <numerusform>%n alarms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unacknowledged</source>
            <translation>
                <numerusform>%n unacknowledged</numerusform>
                <numerusform>%n unacknowledged</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::IndicatorPage</name>
        <message>
            <source>6 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>24 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wheel: zoom · drag: move through time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no series here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STALE %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thresholds %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>normal %1–%2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Districts compared (latest values; click a district to filter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stations compared (latest values)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stations in %1 (latest values)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Da Nang against the national figure and the targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>national</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One city-wide value: nothing to compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>update period: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::KpiCard</name>
        <message>
            <source>no figure yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>national %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>×%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1× the national average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published figure as of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stale · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in this CityOps catalog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>published: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::LiveTile</name>
        <message>
            <source>stale %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schematic map — not official boundaries</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n alarm(s)</source>
            <translation>
                <numerusform>%n alarm</numerusform>
                <numerusform>%n alarms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unacknowledged</source>
            <translation>
                <numerusform>%n unacknowledged</numerusform>
                <numerusform>%n unacknowledged</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::MainWindow</name>
        <message>
            <source>CityOps — Da Nang Intelligent Operations Center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CityOps · Da Nang Intelligent Operations Center</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key indicators — published figures, targets and the national average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DEMO — simulated data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo city: simulated data in an archive of its own, never the live one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 data groups · %2 indicators — demo city starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 data groups · %2 indicators — demo city: %3 series, %4 readings, latest %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo city stopped: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a map layer (GeoJSON)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a map layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GeoJSON (*.geojson *.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the built-in schematic map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 data groups · %2 indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no live feed connected yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>archive %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no series yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n series, newest reading %1</source>
            <translation>
                <numerusform>%n series, newest reading %1</numerusform>
                <numerusform>%n series, newest reading %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Alarms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alarms: NOT READ</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Alarms: %n unacknowledged</source>
            <translation>
                <numerusform>Alarms: %n unacknowledged</numerusform>
                <numerusform>Alarms: %n unacknowledged</numerusform>
            </translation>
        </message>
        <message>
            <source>Alarms: none waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mute alarms on this console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound: working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound not heard: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alarm system health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feeds</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::MapTile</name>
        <message>
            <source>markers: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::MapView</name>
        <message>
            <source>no data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n stations</source>
            <translation>
                <numerusform>%n station</numerusform>
                <numerusform>%n stations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Without a location: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::ShelveDialog</name>
        <message>
            <source>Shelve the alarm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it may be hidden for a while (a station in maintenance…)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shelve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::StatCard</name>
        <message>
            <source>computing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provenance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which series, which window, how many readings, how complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not be computed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filtered to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City-wide: the district filter does not apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>national: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and %1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Series: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window: %1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readings used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completeness: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update periods without a reading: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longest gaps: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No figure: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computed at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::StatChart</name>
        <message>
            <source>no rows to draw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::StatTile</name>
        <message>
            <source>Statistics are not available here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not be computed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::StatsPage</name>
        <message>
            <source>Statistics are not available here: no archive or store to compute them on.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n service(s) of this group · computed at %1 · every five minutes</source>
            <translation>
                <numerusform>%n service of this group · computed at %1 · every five minutes</numerusform>
                <numerusform>%n services of this group · computed at %1 · every five minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Computing %n service(s)…</source>
            <translation>
                <numerusform>Computing %n service…</numerusform>
                <numerusform>Computing %n services…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::SupervisorView</name>
        <message>
            <source>✓ meets the target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ misses the target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The alarm system, last 24 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the alarms…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No alarm log is followed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alarms in 24 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alarms per 10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>≤ 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Busiest 10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>≤ 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time in flood (&gt; 10 in 10 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt; 1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chattering alarms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stale alarms (active &gt; 24 h)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt; 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 % (target ~%2 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shelved now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed (part of a larger alarm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalated (not acknowledged in time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rules that raise the most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 (%3 %)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::WallConfig</name>
        <message>
            <source>unknown key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a whole number from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an indicator is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown indicator '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a map colours districts: '%1' is not an area indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>markers need a station indicator: '%1' is not one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown place '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a page needs a title {"vi": …, "en": …}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a page needs at least one tile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overlaps tile %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected "cityops-wall/1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least one screen is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rotating faster than every 5 s cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a screen needs at least one page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the wall file is not valid JSON</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>the wall file has %n problem(s)</source>
            <translation>
                <numerusform>the wall file has %n problem</numerusform>
                <numerusform>the wall file has %n problems</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read the wall file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown tile type '%1' (groups, alerts, chart, kpi, map, clock, stat)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a stat tile needs "service": an id of services.json</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown statistics service '%1'</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::ui::WallWindow</name>
        <message>
            <source>CityOps wall — screen %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DEMO — simulated data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● feeds %1/%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✖ feeds %1/%2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cityops::warnings::Rule</name>
        <message>
            <source>rule %1: unknown indicator %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rule %1: unknown kind %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rule %1 has no levels</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
