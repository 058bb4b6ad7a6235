<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    </context>
    <context>
        <name>cityops::VirtualClock</name>
        <message>
            <source>Clock speed must be between %1x and %2x</source>
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
            <source>%1 data groups · %2 indicators — no live feed connected yet</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
