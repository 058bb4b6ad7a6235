#!/usr/bin/env python3
"""Fills resources/i18n/*.ts from the tables below, after `update_translations` (lupdate)
has added new source texts. Keeps translations already present; prints what is missing.

    cmake --build build --target update_translations
    python3 packaging/tools/fill_translations.py
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

VI = {
    "unknown key %1": "khóa không xác định %1",
    "%1 must be a string": "%1 phải là chuỗi",
    "%1 must not be empty": "%1 không được để trống",
    "%1 must be a number": "%1 phải là số",
    "%1 must be a whole number": "%1 phải là số nguyên",
    "%1 must be between %2 and %3, not %4": "%1 phải nằm trong khoảng %2 đến %3, không phải %4",
    "%1 must be true or false": "%1 phải là true hoặc false",
    "%1 must be an array": "%1 phải là mảng",
    "%1 must be an object": "%1 phải là đối tượng",
    "%1 must be one of %2, not %3": "%1 phải là một trong %2, không phải %3",
    "%1 %2 may only hold lower-case letters, digits, '.', '_' and '-'": "%1 %2 chỉ được chứa chữ thường, chữ số, '.', '_' và '-'",
    "%1 is not a date of the form YYYY-MM-DD: %2": "%1 không phải ngày dạng YYYY-MM-DD: %2",
    "missing required key %1": "thiếu khóa bắt buộc %1",
    "duplicate id %1 (first defined at %2)": "trùng mã %1 (đã khai báo tại %2)",
    "file is missing": "thiếu tệp",
    "file is larger than %1 bytes": "tệp lớn hơn %1 byte",
    "cannot read file: %1": "không đọc được tệp: %1",
    "not valid JSON: %1 at line %2, column %3": "JSON không hợp lệ: %1 tại dòng %2, cột %3",
    "the top level must be a JSON object": "cấp ngoài cùng phải là một đối tượng JSON",
    "schema version %1 is not supported (this build reads %2)": "không hỗ trợ phiên bản lược đồ %1 (bản dựng này đọc %2)",
    "each element must be an object": "mỗi phần tử phải là một đối tượng",
    "%1 (%2) must be less than %3 (%4)": "%1 (%2) phải nhỏ hơn %3 (%4)",
    "%1 is outside the plausible range %2 to %3": "%1 nằm ngoài khoảng hợp lý %2 đến %3",
    "unit %1 has no display form ('display')": "đơn vị %1 không có dạng hiển thị ('display')",
    "order %1 is already used by group %2": "thứ tự %1 đã được nhóm %2 sử dụng",
    "GSO code %1 must be 2 to 5 digits": "mã TCTK %1 phải gồm 2 đến 5 chữ số",
    "'validTo' is before 'validFrom'": "'validTo' sớm hơn 'validFrom'",
    "'bbox' must be [west, south, east, north] in degrees": "'bbox' phải là [tây, nam, đông, bắc] tính bằng độ",
    "longitude %1 is not between -180 and 180": "kinh độ %1 không nằm trong khoảng -180 đến 180",
    "latitude %1 is not between -90 and 90": "vĩ độ %1 không nằm trong khoảng -90 đến 90",
    "'stationKind' is required when 'dimension' is 'station'": "cần 'stationKind' khi 'dimension' là 'station'",
    "'stationKind' is only allowed when 'dimension' is 'station'": "chỉ dùng 'stationKind' khi 'dimension' là 'station'",
    "'badDirection' 'both' needs a 'normalBand'": "'badDirection' 'both' cần có 'normalBand'",
    "a threshold must be a number": "ngưỡng phải là số",
    "thresholds must be in ascending order": "các ngưỡng phải theo thứ tự tăng dần",
    "a target has either 'value' or 'band', not both": "mục tiêu chỉ có 'value' hoặc 'band', không có cả hai",
    "a target needs 'value', 'band' or a note": "mục tiêu cần 'value', 'band' hoặc ghi chú",
    "'ratio' must be greater than 0": "'ratio' phải lớn hơn 0",
    "a national benchmark needs 'value' or 'ratio'": "số liệu cả nước cần 'value' hoặc 'ratio'",
    "'asOf' must be YYYY, YYYY-MM or YYYY-MM-DD": "'asOf' phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD",
    "an indicator id must be a string": "mã chỉ số phải là chuỗi",
    "unknown group %1 (indicator %2)": "nhóm không tồn tại %1 (chỉ số %2)",
    "unknown unit %1 (indicator %2)": "đơn vị không tồn tại %1 (chỉ số %2)",
    "unknown station kind %1 (indicator %2)": "loại trạm không tồn tại %1 (chỉ số %2)",
    "unknown parent area %1 (area %2)": "địa bàn cấp trên không tồn tại %1 (địa bàn %2)",
    "the parent chain of area %1 loops": "chuỗi địa bàn cấp trên của %1 bị lặp vòng",
    "GSO code %1 is also used by area %2 over an overlapping period": "mã TCTK %1 cũng được địa bàn %2 dùng trong khoảng thời gian chồng lấn",
    "unknown station kind %1 (station %2)": "loại trạm không tồn tại %1 (trạm %2)",
    "unknown area %1 (station %2)": "địa bàn không tồn tại %1 (trạm %2)",
    "station %1 at (%2, %3) lies outside the bounding box of area %4": "trạm %1 tại (%2, %3) nằm ngoài khung bao của địa bàn %4",
    "unknown indicator %1": "chỉ số không tồn tại %1",
    "catalog directory does not exist": "thư mục danh mục không tồn tại",
    "unexpected file: a catalog consists of %1": "tệp không thuộc danh mục: danh mục gồm %1",
    "The catalog in %1 has %n problem(s)": ["Danh mục tại %1 có %n lỗi"],
    "Clock speed must be between %1x and %2x": "Tốc độ đồng hồ phải từ %1x đến %2x",
    "cannot write the screenshot to %1": "không ghi được ảnh chụp màn hình vào %1",
    "screenshot written: %1 (%2x%3)": "đã ghi ảnh chụp màn hình: %1 (%2x%3)",
    "CityOps: the desktop client of Da Nang's Intelligent Operations Center.": "CityOps: ứng dụng máy tính của Trung tâm Giám sát, điều hành đô thị thông minh Đà Nẵng.",
    "Language: vi (default) or en.": "Ngôn ngữ: vi (mặc định) hoặc en.",
    "Use the catalog in DIR instead of the built-in one.": "Dùng danh mục trong thư mục DIR thay cho danh mục có sẵn.",
    "Render the window offscreen to the PNG file FILE and exit.": "Vẽ cửa sổ ngoài màn hình ra tệp PNG FILE rồi thoát.",
    "Size of the screenshot, WxH (default 1920x1080).": "Kích thước ảnh chụp, RxC (mặc định 1920x1080).",
    "--lang must be vi or en": "--lang phải là vi hoặc en",
    "--size must be WIDTHxHEIGHT between 320x240 and 16384x16384": "--size phải có dạng RỘNGxCAO, từ 320x240 đến 16384x16384",
    "Unexpected argument": "Tham số không mong đợi",
    "Show or check the catalog of data groups and indicators": "Xem hoặc kiểm tra danh mục nhóm dữ liệu và chỉ số",
    "Usage: %1 [--lang vi|en] COMMAND [options]": "Cách dùng: %1 [--lang vi|en] LỆNH [tùy chọn]",
    "CityOps, the operations-center client, without a window.": "CityOps, ứng dụng trung tâm điều hành, chạy không cần cửa sổ.",
    "Commands:": "Lệnh:",
    "Options:": "Tùy chọn:",
    "Language of messages (default: vi)": "Ngôn ngữ thông báo (mặc định: vi)",
    "Print the version and exit": "In phiên bản rồi thoát",
    "Print this help and exit": "In trợ giúp này rồi thoát",
    "'%1 COMMAND --help' describes a command.": "'%1 LỆNH --help' mô tả từng lệnh.",
    "Unknown option: %1": "Tùy chọn không hợp lệ: %1",
    "Unknown command: %1": "Lệnh không hợp lệ: %1",
    "CityOps catalog: %1": "Danh mục CityOps: %1",
    "%1 data groups, %2 indicators (%3 KPIs), %4 areas, %5 stations, %6 statistics services, %7 warning rules":
        "%1 nhóm dữ liệu, %2 chỉ số (%3 KPI), %4 địa bàn, %5 trạm, %6 dịch vụ thống kê, %7 quy tắc cảnh báo",
    "Data groups": "Nhóm dữ liệu",
    "%n indicator(s)": ["%n chỉ số"],
    "KPIs": "Chỉ số chính (KPI)",
    "%1 (%2)": "%1 (%2)",
    "national %1": "cả nước %1",
    "%1x the national average": "gấp %1 lần bình quân cả nước",
    "target %1: %2": "mục tiêu %1: %2",
    "Shows the catalog of data groups, indicators, areas and stations, or checks a catalog directory.":
        "Hiển thị danh mục nhóm dữ liệu, chỉ số, địa bàn và trạm, hoặc kiểm tra một thư mục danh mục.",
    "Print the whole catalog as one JSON object.": "In toàn bộ danh mục thành một đối tượng JSON.",
    "Validate the catalog directory PATH: exit 0 when valid, 2 with one line per problem otherwise.":
        "Kiểm tra thư mục danh mục PATH: thoát 0 nếu hợp lệ, ngược lại thoát 2 và in mỗi lỗi một dòng.",
    "Language of the output: vi or en.": "Ngôn ngữ đầu ra: vi hoặc en.",
    "Unexpected argument: %1": "Tham số không mong đợi: %1",
    "%1: valid (%2 groups, %3 indicators, %4 areas, %5 stations)": "%1: hợp lệ (%2 nhóm, %3 chỉ số, %4 địa bàn, %5 trạm)",
    "built-in": "có sẵn",
    "Not a date and time in ISO 8601 form": "Không phải ngày giờ theo ISO 8601",
    "This local time does not exist in the time zone": "Giờ địa phương này không tồn tại trong múi giờ",
    "Not a calendar date in the form YYYY-MM-DD": "Không phải ngày dạng YYYY-MM-DD",
    "weekly": "hằng tuần",
    "monthly": "hằng tháng",
    "quarterly": "hằng quý",
    "yearly": "hằng năm",
    "%n day(s)": ["%n ngày"],
    "%n h": ["%n giờ"],
    "%n min": ["%n phút"],
    "%n s": ["%n giây"],
    "no figure yet": "chưa có số liệu",
    "×%1": "×%1",
    "%1× the national average": "gấp %1 lần bình quân cả nước",
    "Published figure as of %1": "Số liệu công bố tính đến %1",
    "Source: %1": "Nguồn: %1",
    "CityOps — Da Nang Intelligent Operations Center": "CityOps — Trung tâm Giám sát, điều hành đô thị thông minh Đà Nẵng",
    "CityOps · Da Nang Intelligent Operations Center": "CityOps · Trung tâm điều hành thông minh Đà Nẵng",
    "Key indicators — published figures, targets and the national average": "Chỉ số chính — số liệu công bố, mục tiêu và bình quân cả nước",
    "%1 data groups · %2 indicators — no live feed connected yet": "%1 nhóm dữ liệu · %2 chỉ số — chưa kết nối nguồn dữ liệu trực tiếp",
}

EN_PLURALS = {
    "The catalog in %1 has %n problem(s)": ["The catalog in %1 has %n problem", "The catalog in %1 has %n problems"],
    "%n indicator(s)": ["%n indicator", "%n indicators"],
    "%n day(s)": ["%n day", "%n days"],
    "%n h": ["%n h", "%n h"],
    "%n min": ["%n min", "%n min"],
    "%n s": ["%n s", "%n s"],
    "%1 to %2 can no longer be read: the server keeps the last %n hour(s), and what it had in between is lost": [
        "%1 to %2 can no longer be read: the server keeps the last hour, and what it had in between is lost",
        "%1 to %2 can no longer be read: the server keeps the last %n hours, and what it had in between is lost"],
}

# Store, archive, file ingest and their CLI commands.
VI.update({
    "Read CSV or NDJSON files into the archive through a mapping": "Nạp tệp CSV hoặc NDJSON vào kho lưu trữ theo một tệp ánh xạ",
    "Print a series from the archive, as points or buckets": "In một chuỗi số liệu từ kho lưu trữ, dạng điểm hoặc theo khoảng thời gian",
    "List the series in the archive": "Liệt kê các chuỗi số liệu trong kho lưu trữ",
    "List quarantined input with file, line and reason": "Liệt kê dữ liệu bị cách ly kèm tệp, dòng và lý do",
    "The archive: a SQLite file, or postgresql://user@host:port/database (default: %1).": "Kho lưu trữ: một tệp SQLite, hoặc postgresql://người_dùng@máy:cổng/cơ_sở_dữ_liệu (mặc định: %1).",
    "Reads CSV or NDJSON files into the archive through a mapping file. Every value is accepted, folded as a duplicate, quarantined with its reason, or counted as missing. Running the same files again adds nothing.": "Nạp tệp CSV hoặc NDJSON vào kho lưu trữ theo một tệp ánh xạ. Mỗi giá trị được nhận, gộp vì trùng lặp, cách ly kèm lý do, hoặc tính là thiếu. Nạp lại cùng các tệp không thêm gì.",
    "The mapping file (JSON).": "Tệp ánh xạ (JSON).",
    "Print one JSON object with the counts.": "In một đối tượng JSON chứa các số đếm.",
    "Print a line on standard error as each batch is committed.": "In một dòng ra standard error mỗi khi một lô được ghi xong.",
    "Observations per transaction (default: 200000 for SQLite, 1000000 for PostgreSQL).": "Số quan trắc mỗi giao dịch (mặc định: 200000 với SQLite, 1000000 với PostgreSQL).",
    "CSV or NDJSON files.": "Các tệp CSV hoặc NDJSON.",
    "ingest needs --mapping MAP.json and at least one FILE": "ingest cần --mapping MAP.json và ít nhất một TỆP",
    "--batch must be a number from 1 to 10000000": "--batch phải là số từ 1 đến 10000000",
    "%1: %2 % · %3 rows · %4 rows/s": "%1: %2 % · %3 dòng · %4 dòng/giây",
    "%1: %2 rows, %3 observations": "%1: %2 dòng, %3 quan trắc",
    "accepted %1 (new %2, already stored %3, replaced %4, kept stored %5)": "nhận %1 (mới %2, đã có sẵn %3, thay thế %4, giữ giá trị đã lưu %5)",
    "duplicates %1 (policy: %2) · missing %3 · quarantined %4": "trùng lặp %1 (quy tắc: %2) · thiếu %3 · cách ly %4",
    "quarantined: %1 × %2": "cách ly: %1 × %2",
    "converted: %1 × %2": "đã đổi đơn vị: %1 × %2",
    "repeated local times resolved to the earlier/later instant by the mapping: %1": "giờ địa phương lặp lại, đã quy về thời điểm sớm/muộn hơn theo ánh xạ: %1",
    "and %1 more": "và %1 nơi khác",
    "places not in the catalog (kept as names): %1": "địa điểm không có trong danh mục (giữ nguyên tên): %1",
    "%1 s, %2 rows/s": "%1 giây, %2 dòng/giây",
    "Prints one series from the archive: its points, or buckets of them (hours, days and longer buckets come from the rollups). Times are shown in Asia/Ho_Chi_Minh; buckets follow local days, weeks from Monday, and calendar months.": "In một chuỗi số liệu từ kho lưu trữ: các điểm, hoặc gộp theo khoảng (giờ, ngày và dài hơn lấy từ bảng tổng hợp). Thời gian hiển thị theo Asia/Ho_Chi_Minh; các khoảng theo ngày địa phương, tuần bắt đầu thứ Hai và tháng dương lịch.",
    "The series, as INDICATOR@PLACE.": "Chuỗi số liệu, dạng CHỈ_SỐ@ĐỊA_ĐIỂM.",
    "First instant (ISO 8601; local time if no offset).": "Thời điểm đầu (ISO 8601; giờ địa phương nếu không có độ lệch múi giờ).",
    "End instant, excluded.": "Thời điểm cuối, không tính.",
    "Bucket: 15min, 1h, 1d, 1w, 1mo…": "Khoảng gộp: 15min, 1h, 1d, 1w, 1mo…",
    "Aggregate per bucket: mean (default), min, max, sum, count.": "Phép gộp mỗi khoảng: mean (mặc định), min, max, sum, count.",
    "Output: csv (default) or json.": "Định dạng đầu ra: csv (mặc định) hoặc json.",
    "query needs --series INDICATOR@PLACE": "query cần --series CHỈ_SỐ@ĐỊA_ĐIỂM",
    "--format must be csv or json": "--format phải là csv hoặc json",
    "--agg must be mean, min, max, sum or count": "--agg phải là mean, min, max, sum hoặc count",
    "--bucket must look like 15min, 1h, 6h, 1d, 1w or 1mo": "--bucket phải có dạng 15min, 1h, 6h, 1d, 1w hoặc 1mo",
    "No such series in the archive: %1 ('cityops-cli series' lists them)": "Không có chuỗi số liệu này trong kho lưu trữ: %1 ('cityops-cli series' liệt kê các chuỗi)",
    "Lists the series in the archive with their point counts and time ranges.": "Liệt kê các chuỗi số liệu trong kho lưu trữ cùng số điểm và khoảng thời gian.",
    "Print JSON.": "In dạng JSON.",
    "Lists quarantined input: file, line, column, reason and the row as read.": "Liệt kê dữ liệu bị cách ly: tệp, dòng, cột, lý do và dòng như đã đọc.",
    "At most N entries (default 1000).": "Tối đa N mục (mặc định 1000).",
    "--limit must be a positive number": "--limit phải là số dương",
    "%n series": ["%n chuỗi số liệu"],
    "Cannot read the file": "Không đọc được tệp",
    "The file is empty": "Tệp rỗng",
    "This is a binary file, not CSV or NDJSON text": "Đây là tệp nhị phân, không phải văn bản CSV hoặc NDJSON",
    "The first line is longer than %1 bytes: this is not a CSV file with a header": "Dòng đầu dài hơn %1 byte: đây không phải tệp CSV có dòng tiêu đề",
    "The header line is not valid CSV": "Dòng tiêu đề không phải CSV hợp lệ",
    "The mapping names columns the file does not have": "Ánh xạ nêu những cột mà tệp không có",
    "The file has no data rows": "Tệp không có dòng dữ liệu nào",
    "%1 values for one series and time: %2 (lines %3)": "%1 giá trị cho cùng một chuỗi và thời điểm: %2 (dòng %3)",
    "%1 bytes; the limit is %2": "%1 byte; giới hạn là %2",
    "unbalanced quotes": "dấu ngoặc kép không khớp",
    "%1 fields; the header has %2": "%1 trường; dòng tiêu đề có %2",
    "not a JSON object": "không phải đối tượng JSON",
    "\"%1\" does not match %2": "\"%1\" không khớp định dạng %2",
    "%1 does not exist in %2 (clocks jumped forward)": "%1 không tồn tại ở múi giờ %2 (đồng hồ nhảy tới)",
    "%1 happens twice in %2 (clocks went back)": "%1 xảy ra hai lần ở múi giờ %2 (đồng hồ lùi lại)",
    "%1 is in the future": "%1 nằm ở tương lai",
    "\"%1\" is not a number": "\"%1\" không phải là số",
    "value %1 flagged \"%2\" by the source": "giá trị %1 bị nguồn đánh dấu \"%2\"",
    "%1 %2 is outside the plausible range %3–%4 %2 of %5": "%1 %2 nằm ngoài khoảng hợp lý %3–%4 %2 của %5",
    "no place named on this row": "dòng này không nêu địa điểm",
    "Cannot read the mapping file": "Không đọc được tệp ánh xạ",
    "The mapping file is too large to be a mapping": "Tệp quá lớn để là một tệp ánh xạ",
    "The mapping is not valid JSON": "Tệp ánh xạ không phải JSON hợp lệ",
    "The mapping must be a JSON object": "Tệp ánh xạ phải là một đối tượng JSON",
    "must be \"csv\" or \"ndjson\", not \"%1\"": "phải là \"csv\" hoặc \"ndjson\", không phải \"%1\"",
    "must be one ASCII character other than a quote": "phải là một ký tự ASCII khác dấu ngoặc kép",
    "required: an object with column, format and timeZone": "bắt buộc: một đối tượng có column, format và timeZone",
    "unknown time zone \"%1\" (an IANA name such as Asia/Ho_Chi_Minh, UTC, or +07:00)": "múi giờ không xác định \"%1\" (tên IANA như Asia/Ho_Chi_Minh, UTC, hoặc +07:00)",
    "must be earlier, later or reject": "phải là earlier, later hoặc reject",
    "must be respect or ignore": "phải là respect hoặc ignore",
    "must be an array of strings": "phải là mảng các chuỗi",
    "must be first, last, mean or reject, not \"%1\"": "phải là first, last, mean hoặc reject, không phải \"%1\"",
    "required: source flag → good, suspect, estimated or bad": "bắt buộc: cờ của nguồn → good, suspect, estimated hoặc bad",
    "must be good, suspect, estimated or bad": "phải là good, suspect, estimated hoặc bad",
    "required: a non-empty array": "bắt buộc: một mảng không rỗng",
    "needs exactly one of station, area, place or placeColumn": "cần đúng một trong station, area, place hoặc placeColumn",
    "unknown indicator \"%1\"": "chỉ số không tồn tại \"%1\"",
    "indicator %1 is kept in %2, not %3": "chỉ số %1 được lưu theo %2, không phải %3",
    "no conversion from %1 to %2, the unit of %3": "không có phép đổi từ %1 sang %2, đơn vị của %3",
    "repeats an earlier series": "lặp lại một chuỗi đã khai báo",
    "The mapping is not valid": "Tệp ánh xạ không hợp lệ",
    "unknown key (known: %1)": "khóa không xác định (các khóa hợp lệ: %1)",
    "required": "bắt buộc",
    "must be a non-empty string": "phải là chuỗi không rỗng",
    "The archive refused a query": "Kho lưu trữ từ chối một truy vấn",
    "The archive is damaged": "Kho lưu trữ bị hỏng",
    "Displays version information.": "Hiển thị thông tin phiên bản.",
    "Displays help on commandline options.": "Hiển thị trợ giúp về các tùy chọn dòng lệnh.",
    "Displays help including Qt specific options.": "Hiển thị trợ giúp, kể cả các tùy chọn riêng của Qt.",
    "Usage: %1": "Cách dùng: %1",
    "Options:": "Tùy chọn:",
    "Arguments:": "Tham số:",
    "[options]": "[tùy chọn]",
    "Unknown option '%1'.": "Tùy chọn không xác định '%1'.",
    "Unknown options: %1.": "Các tùy chọn không xác định: %1.",
    "Missing value after '%1'.": "Thiếu giá trị sau '%1'.",
    "Unexpected value after '%1'.": "Giá trị không mong đợi sau '%1'.",
    "--page %1: screen %2 of the wall has %3 page(s)": "--page %1: màn hình %2 của tường chỉ có %3 trang",
    "time not understood": "thời gian không đọc được",
    "local time that does not exist": "giờ địa phương không tồn tại",
    "local time that happened twice": "giờ địa phương xảy ra hai lần",
    "time in the future": "thời điểm ở tương lai",
    "value not a number": "giá trị không phải là số",
    "outside the plausible range": "ngoài khoảng hợp lý",
    "flagged bad by the source": "bị nguồn đánh dấu là xấu",
    "disagreeing duplicates": "giá trị trùng lặp không khớp nhau",
    "wrong number of columns": "sai số cột",
    "malformed CSV": "CSV sai định dạng",
    "malformed JSON": "JSON sai định dạng",
    "no place named": "không ghi địa điểm",
    "line too long": "dòng quá dài",
    "%1: %2 (the file has: %3)": "%1: %2 (tệp có các cột: %3)",
    "DATA LOST — the archive cannot be read: %1": "MẤT DỮ LIỆU — không đọc được kho dữ liệu: %1",
    "DATA LOST — no data from the city has arrived": "MẤT DỮ LIỆU — chưa nhận được số liệu nào của thành phố",
    "DATA LOST — nothing new for %1 (the newest reading: %2)": "MẤT DỮ LIỆU — không có số liệu mới trong %1 (số liệu mới nhất: %2)",
    "The archive's folder does not exist (create it first, or check the path)": "Thư mục của kho dữ liệu không tồn tại (hãy tạo trước, hoặc kiểm tra lại đường dẫn)",
    "%1 data groups · %2 indicators": "%1 nhóm dữ liệu · %2 chỉ số",
    "no live feed connected yet": "chưa kết nối nguồn dữ liệu thật nào",
    "archive %1": "kho dữ liệu %1",
    "no series yet": "chưa có chuỗi số liệu nào",
    "%n series, newest reading %1": "%n chuỗi số liệu, số liệu mới nhất lúc %1",
    "and %n more": "và %n mục khác",
    "Without a location: %1": "Chưa có tọa độ: %1",
    "The archive keeps hourly and daily rollups only": "Kho lưu trữ chỉ giữ số liệu tổng hợp theo giờ và theo ngày",
    "The writer has already finished": "Bộ ghi đã kết thúc",
    "No such series": "Không có chuỗi số liệu này",
    "The Qt SQL driver for this archive is not installed": "Chưa cài trình điều khiển Qt SQL cho kho lưu trữ này",
    "No archive at this path": "Không có kho lưu trữ ở đường dẫn này",
    "Cannot create the archive's folder": "Không tạo được thư mục của kho lưu trữ",
    "Cannot open the archive": "Không mở được kho lưu trữ",
    "This database is not a CityOps archive": "Cơ sở dữ liệu này không phải kho lưu trữ CityOps",
    "This archive was written by a newer CityOps": "Kho lưu trữ này được ghi bởi phiên bản CityOps mới hơn",
    "The archive needs an upgrade; open it for writing first": "Kho lưu trữ cần nâng cấp; hãy mở để ghi trước",
    "This series is archived in another unit": "Chuỗi số liệu này được lưu theo đơn vị khác",
    "The archive refused a bulk copy": "Kho lưu trữ từ chối một lần sao chép hàng loạt",
    "The archive refused a write": "Kho lưu trữ từ chối một lần ghi",
    "A PostgreSQL archive is written postgresql://user@host:port/database": "Kho lưu trữ PostgreSQL được viết dạng postgresql://người_dùng@máy:cổng/cơ_sở_dữ_liệu",
    "Unknown archive URL: use a file path (SQLite) or postgresql://…": "Địa chỉ kho lưu trữ không xác định: dùng đường dẫn tệp (SQLite) hoặc postgresql://…",
    "No archive given": "Chưa chỉ định kho lưu trữ",
    "+ %n more indicator(s)": ["+ %n chỉ số khác"],
})
EN_PLURALS.update({
    "%n series": ["%n series", "%n series"],
    "+ %n more indicator(s)": ["+ %n more indicator", "+ %n more indicators"],
})

# The demo city.
VI.update({
    "Write the demo city into an archive of its own": "Ghi thành phố mô phỏng vào một kho lưu trữ riêng",
    "Writes the demo city (a deterministic, simulated Da Nang) into an archive of its own, as fast as the archive takes it. The same seed and range give the same data. Never into a live archive.": "Ghi thành phố mô phỏng (một Đà Nẵng mô phỏng, tất định) vào một kho lưu trữ riêng, nhanh nhất mà kho lưu trữ nhận được. Cùng hạt giống và khoảng thời gian cho cùng dữ liệu. Không bao giờ ghi vào kho lưu trữ thật.",
    "The demo archive: a SQLite file or postgresql://… (required).": "Kho lưu trữ mô phỏng: một tệp SQLite hoặc postgresql://… (bắt buộc).",
    "How many days to write (1 to 3660).": "Số ngày cần ghi (1 đến 3660).",
    "The city's seed (default 1).": "Hạt giống của thành phố (mặc định 1).",
    "simulate needs --db DB, --from T and --days N": "simulate cần --db DB, --from T và --days N",
    "--days must be a number from 1 to 3660": "--days phải là số từ 1 đến 3660",
    "--seed must be a whole number": "--seed phải là số nguyên",
    "That is the live archive: demo data never goes there": "Đó là kho lưu trữ thật: dữ liệu mô phỏng không bao giờ được ghi vào đó",
    "Demo city (seed %1): %2 series, %3 points over %4 days (%5 new), %6 quarantined": "Thành phố mô phỏng (hạt giống %1): %2 chuỗi số liệu, %3 điểm trong %4 ngày (%5 mới), %6 bị cách ly",
    "%1 s, %2 points/s": "%1 giây, %2 điểm/giây",
    "This archive holds live data: demo data never goes there": "Kho lưu trữ này chứa dữ liệu thật: dữ liệu mô phỏng không bao giờ được ghi vào đó",
    "This archive holds the demo city: live data does not go there": "Kho lưu trữ này chứa thành phố mô phỏng: dữ liệu thật không được ghi vào đó",
})

# Scenarios.
VI.update({
    "Play a scenario: a built-in name (%1) or a JSON file.": "Chạy một kịch bản: tên kịch bản có sẵn (%1) hoặc một tệp JSON.",
    "When the scenario starts (default: --from).": "Thời điểm kịch bản bắt đầu (mặc định: --from).",
    "Scenario %1 from %2": "Kịch bản %1 từ %2",
    "No such scenario (built in: %1)": "Không có kịch bản này (có sẵn: %1)",
    "The scenario is not a JSON object": "Kịch bản không phải là một đối tượng JSON",
    "must be 1": "phải là 1",
    "needs vi and en": "cần có vi và en",
    "must be more than 0 and at most 744": "phải lớn hơn 0 và không quá 744",
    "required: at least one event": "bắt buộc: ít nhất một sự kiện",
    "unknown kind (known: %1)": "loại không xác định (các loại hợp lệ: %1)",
    "needs \"at\" and a later \"until\", as +90min, +6h or +2d": "cần \"at\" và \"until\" muộn hơn, dạng +90min, +6h hoặc +2d",
    "ends after the scenario": "kết thúc sau khi kịch bản đã hết",
    "needs \"value\" or \"profile\"": "cần \"value\" hoặc \"profile\"",
    "required: what a trainee should see, where and by when": "bắt buộc: học viên cần thấy gì, ở đâu và trước khi nào",
    "needs indicator, above or below, and by": "cần indicator, above hoặc below, và by",
    "The scenario is not valid": "Kịch bản không hợp lệ",
})

# serve.
VI.update({
    "Serve the demo city live: NGSI-v2, SensorThings and MQTT on loopback": "Phát thành phố mô phỏng trực tiếp: NGSI-v2, SensorThings và MQTT trên địa chỉ nội bộ",
    "Runs the demo city live and serves it the way a city does: an NGSI-v2 API compatible with FIWARE Orion (/v2/entities), an OGC SensorThings API (/v1.1), and MQTT messages when --mqtt is given. Binds to loopback only, unless --bind-any. Stops cleanly on SIGTERM or Ctrl+C.": "Chạy thành phố mô phỏng trực tiếp và cung cấp dữ liệu như một thành phố thật: API NGSI-v2 tương thích FIWARE Orion (/v2/entities), API OGC SensorThings (/v1.1), và bản tin MQTT khi có --mqtt. Chỉ lắng nghe trên địa chỉ nội bộ, trừ khi có --bind-any. Dừng gọn gàng khi nhận SIGTERM hoặc Ctrl+C.",
    "Where to serve HTTP (default 127.0.0.1:1026; port 0: any free port).": "Địa chỉ phục vụ HTTP (mặc định 127.0.0.1:1026; cổng 0: một cổng trống bất kỳ).",
    "Publish every reading to this MQTT broker.": "Gửi mọi số đo tới máy chủ MQTT này.",
    "How fast the city's clock runs (1 to 3600, default 1).": "Tốc độ đồng hồ của thành phố (1 đến 3600, mặc định 1).",
    "Where the city's clock starts (default: now).": "Thời điểm bắt đầu của đồng hồ thành phố (mặc định: bây giờ).",
    "Allow addresses other than loopback.": "Cho phép các địa chỉ khác địa chỉ nội bộ.",
    "--http must be HOST:PORT, e.g. 127.0.0.1:1026": "--http phải có dạng MÁY:CỔNG, ví dụ 127.0.0.1:1026",
    "--mqtt must be HOST:PORT, e.g. 127.0.0.1:1883": "--mqtt phải có dạng MÁY:CỔNG, ví dụ 127.0.0.1:1883",
    "%1 is not a loopback address: the demo city stays on this machine unless --bind-any is given": "%1 không phải địa chỉ nội bộ: thành phố mô phỏng chỉ ở trên máy này, trừ khi có --bind-any",
    "--speed must be from 1 to 3600": "--speed phải từ 1 đến 3600",
    "Cannot listen on %1": "Không lắng nghe được trên %1",
    "Cannot reach the MQTT broker: %1": "Không kết nối được máy chủ MQTT: %1",
    "Demo city (seed %1) from %2 at %3×: NGSI-v2 %4/v2/entities (%5 entities), SensorThings %4/v1.1": "Thành phố mô phỏng (hạt giống %1) từ %2, tốc độ %3×: NGSI-v2 %4/v2/entities (%5 thực thể), SensorThings %4/v1.1",
    "MQTT: publishing to %1:%2 under cityops/demo/…": "MQTT: đang gửi tới %1:%2 với chủ đề cityops/demo/…",
    "Stopped.": "Đã dừng.",
})

# cityops --demo.
VI.update({
    "Run on the demo city (a simulated Da Nang in an archive of its own).": "Chạy trên thành phố mô phỏng (một Đà Nẵng mô phỏng, trong kho lưu trữ riêng).",
    "With --demo: the demo archive (default: %1).": "Dùng với --demo: kho lưu trữ mô phỏng (mặc định: %1).",
    "DEMO — simulated data": "DEMO — dữ liệu mô phỏng",
    "The demo city: simulated data in an archive of its own, never the live one.": "Thành phố mô phỏng: dữ liệu mô phỏng trong kho lưu trữ riêng, không bao giờ ghi vào kho dữ liệu thật.",
    "%1 data groups · %2 indicators — demo city starting…": "%1 nhóm dữ liệu · %2 chỉ số — đang khởi động thành phố mô phỏng…",
    "%1 data groups · %2 indicators — demo city: %3 series, %4 readings, latest %5": "%1 nhóm dữ liệu · %2 chỉ số — thành phố mô phỏng: %3 chuỗi số liệu, %4 số đo, mới nhất lúc %5",
    "The demo city stopped: %1": "Thành phố mô phỏng đã dừng: %1",
})

# Map.
VI.update({
    "Cannot read the map layer": "Không đọc được lớp bản đồ",
    "Not a GeoJSON FeatureCollection": "Không phải GeoJSON FeatureCollection",
    "The map layer has no areas (Polygon or MultiPolygon)": "Lớp bản đồ không có vùng nào (Polygon hoặc MultiPolygon)",
    "no data": "không có số liệu",
})

# Issue 5: the wall, the desk, the map, live status.
VI.update({
    "The map layer has no areas or lines (Polygon, MultiPolygon, LineString)": "Lớp bản đồ không có vùng hay đường nào (Polygon, MultiPolygon, LineString)",
    "Without --demo: the archive to show (default: the live archive).": "Khi không có --demo: kho lưu trữ cần hiển thị (mặc định: kho dữ liệu thật).",
    "With --demo: show the demo city at this instant (2024-10-14T08:00, Da Nang time unless a zone is given), with the clock stopped there.": "Dùng với --demo: hiển thị thành phố mô phỏng tại thời điểm này (2024-10-14T08:00, giờ Đà Nẵng nếu không ghi múi giờ), đồng hồ dừng tại đó.",
    "The video wall: full-screen kiosk pages that rotate.": "Màn hình tường: các trang toàn màn hình, chế độ kiosk, tự luân phiên.",
    "With --wall: only screen N of the wall (0-based).": "Dùng với --wall: chỉ màn hình số N của tường (đếm từ 0).",
    "With --wall: the wall's pages from FILE (JSON).": "Dùng với --wall: các trang của tường lấy từ FILE (JSON).",
    "With --wall --screenshot: which page to render (0-based).": "Dùng với --wall --screenshot: trang cần chụp (đếm từ 0).",
    "Open the desk on this data group (an id, e.g. rain-flood).": "Mở màn hình làm việc ở nhóm dữ liệu này (mã nhóm, ví dụ rain-flood).",
    "Draw the map from this GeoJSON file instead of the built-in schematic.": "Vẽ bản đồ từ tệp GeoJSON này thay cho bản đồ sơ đồ có sẵn.",
    "A raster basemap under the map: an .mbtiles file or an https://…/{z}/{x}/{y}.png URL (off by default).": "Bản đồ nền dạng ảnh dưới bản đồ: tệp .mbtiles hoặc URL https://…/{z}/{x}/{y}.png (mặc định tắt).",
    "--screen must be a screen number from 0": "--screen phải là số thứ tự màn hình, từ 0",
    "--page must be a page number from 0": "--page phải là số thứ tự trang, từ 0",
    "--at needs --demo: only the demo city can be shown at any instant": "--at cần --demo: chỉ thành phố mô phỏng mới hiển thị được tại thời điểm bất kỳ",
    "--at must be a date and time like 2024-10-14T08:00": "--at phải là ngày giờ dạng 2024-10-14T08:00",
    "--db names a live archive; the demo city uses --demo-db": "--db chỉ kho dữ liệu thật; thành phố mô phỏng dùng --demo-db",
    "--screen %1: the wall file has %2 screen(s)": "--screen %1: tệp cấu hình tường chỉ có %2 màn hình",
    "wall screen %1 is configured but this machine has %2 screen(s); start it elsewhere with --screen %1": "màn hình tường %1 có trong cấu hình nhưng máy này chỉ có %2 màn hình; hãy chạy nó ở máy khác với --screen %1",
    "The archive cannot be read: %1": "Không đọc được kho lưu trữ: %1",
    "unknown group '%1'": "không có nhóm '%1'",
    "under a minute": "chưa tới một phút",
    "%1 h %2 min": "%1 giờ %2 phút",
    "%n days": "%n ngày",
    "Abnormal now": "Đang bất thường",
    "%1 — stale %2": "%1 — mất tín hiệu %2",
    "%1 — %2 (%3)": "%1 — %2 (%3)",
    "+ %n more": "+ %n mục khác",
    "Nothing abnormal: every series is within its limits and updating.": "Không có gì bất thường: mọi chuỗi số liệu đều trong ngưỡng và đang cập nhật.",
    "a tile URL needs {z}, {x} and {y}": "URL ô bản đồ cần có {z}, {x} và {y}",
    "the MBTiles file does not exist": "tệp MBTiles không tồn tại",
    "cannot open the MBTiles file": "không mở được tệp MBTiles",
    "not an MBTiles file (no tiles table)": "không phải tệp MBTiles (không có bảng tiles)",
    "thresholds %1 %2": "ngưỡng %1 %2",
    "normal %1–%2 %3": "bình thường %1–%2 %3",
    "last %n h": "%n giờ qua",
    "STALE %1": "MẤT TÍN HIỆU %1",
    "Da Nang time (UTC+7)": "giờ Đà Nẵng (UTC+7)",
    "Whole city": "Toàn thành phố",
    "District: %1": "Quận/huyện: %1",
    "stale": "mất tín hiệu",
    "%n abnormal": "%n bất thường",
    "%n stale": "%n mất tín hiệu",
    "The 15 data groups now": "15 nhóm dữ liệu lúc này",
    "normal · %n series": "bình thường · %n chuỗi",
    "6 h": "6 giờ",
    "24 h": "24 giờ",
    "7 days": "7 ngày",
    "30 days": "30 ngày",
    "1 year": "1 năm",
    "5 years": "5 năm",
    "wheel: zoom · drag: move through time": "cuộn chuột: phóng to · kéo: di chuyển theo thời gian",
    "no series here": "không có chuỗi số liệu ở đây",
    "updated every %1": "cập nhật mỗi %1",
    "Districts compared (latest values; click a district to filter)": "So sánh các quận/huyện (giá trị mới nhất; bấm vào một quận để lọc)",
    "%1: no data": "%1: không có số liệu",
    "Stations compared (latest values)": "So sánh các trạm (giá trị mới nhất)",
    "Stations in %1 (latest values)": "Các trạm ở %1 (giá trị mới nhất)",
    "Da Nang against the national figure and the targets": "Đà Nẵng so với cả nước và các mục tiêu",
    "national": "cả nước",
    "target %1": "mục tiêu %1",
    "One city-wide value: nothing to compare": "Một giá trị chung cho toàn thành phố: không có gì để so sánh",
    "stale · %1": "mất tín hiệu · %1",
    "change: %1": "thay đổi: %1",
    "Alarm": "Báo động",
    "Warning": "Cảnh báo",
    "Advisory": "Chú ý",
    "Normal": "Bình thường",
    "No data": "Chưa có số liệu",
    "Overview": "Tổng quan",
    "&File": "&Tệp",
    "Open a map layer (GeoJSON)…": "Mở lớp bản đồ (GeoJSON)…",
    "Open a map layer": "Mở lớp bản đồ",
    "GeoJSON (*.geojson *.json)": "GeoJSON (*.geojson *.json)",
    "Map layer": "Lớp bản đồ",
    "Use the built-in schematic map": "Dùng bản đồ sơ đồ có sẵn",
    "&Quit": "&Thoát",
    "&Language": "&Ngôn ngữ",
    "markers: %1": "điểm đo: %1",
    "stale %1": "mất tín hiệu %1",
    "%n stations": "%n trạm",
    "unknown key": "khóa không hợp lệ",
    "expected a whole number from %1 to %2": "cần một số nguyên từ %1 đến %2",
    "expected a string": "cần một chuỗi ký tự",
    "an indicator is required": "cần chỉ rõ một chỉ số",
    "unknown indicator '%1'": "không có chỉ số '%1'",
    "unknown tile type '%1' (groups, alerts, chart, kpi, map, clock)": "loại ô không hợp lệ '%1' (groups, alerts, chart, kpi, map, clock)",
    "a map colours districts: '%1' is not an area indicator": "bản đồ tô màu theo quận: '%1' không phải chỉ số theo khu vực",
    "markers need a station indicator: '%1' is not one": "điểm đo cần một chỉ số theo trạm: '%1' không phải",
    "unknown place '%1'": "không có địa điểm '%1'",
    "a page needs a title {\"vi\": …, \"en\": …}": "trang cần có tiêu đề {\"vi\": …, \"en\": …}",
    "a page needs at least one tile": "trang cần ít nhất một ô",
    "expected an object": "cần một đối tượng JSON",
    "overlaps tile %1": "chồng lên ô %1",
    "expected \"cityops-wall/1\"": "cần \"cityops-wall/1\"",
    "at least one screen is required": "cần ít nhất một màn hình",
    "rotating faster than every 5 s cannot be read": "luân phiên nhanh hơn 5 giây thì không kịp đọc",
    "a screen needs at least one page": "màn hình cần ít nhất một trang",
    "the wall file is not valid JSON": "tệp cấu hình tường không phải JSON hợp lệ",
    "the wall file has %n problem(s)": "tệp cấu hình tường có %n lỗi",
    "cannot read the wall file": "không đọc được tệp cấu hình tường",
    "CityOps wall — screen %1": "Tường CityOps — màn hình %1",
    "page %1 of %2": "trang %1/%2",
    "DATA NOT UPDATING: %1": "DỮ LIỆU KHÔNG CẬP NHẬT: %1",
    "No data received yet.": "Chưa nhận được số liệu nào.",
    "update period: %1": "chu kỳ cập nhật: %1",
    " (%1, lowest)": " (%1, thấp nhất)",
    " (%1, highest)": " (%1, cao nhất)",
    "Schematic map — not official boundaries": "Bản đồ sơ đồ minh họa — không phải ranh giới chính thức",
    "With --demo: play a scenario (storm-flood, traffic-accident, air-pollution, …) or a JSON file.": "Dùng với --demo: chạy một kịch bản (storm-flood, traffic-accident, air-pollution, …) hoặc một tệp JSON.",
    "When the scenario starts (default: 6 hours before --at, or now).": "Thời điểm kịch bản bắt đầu (mặc định: 6 giờ trước --at, hoặc bây giờ).",
    "--%1 must be a date and time like 2024-10-14T08:00": "--%1 phải là ngày giờ dạng 2024-10-14T08:00",
    "a scenario plays on the demo city: add --demo": "kịch bản chỉ chạy trên thành phố mô phỏng: thêm --demo",
    "%1 data groups · %2 indicators — the demo city at %3, clock stopped": "%1 nhóm dữ liệu · %2 chỉ số — thành phố mô phỏng lúc %3, đồng hồ đứng yên",
})
EN_PLURALS.update({
    "%n days": ["%n day", "%n days"],
    "+ %n more": ["+ %n more", "+ %n more"],
    "last %n h": ["last %n h", "last %n h"],
    "%n abnormal": ["%n abnormal", "%n abnormal"],
    "%n series, newest reading %1": ["%n series, newest reading %1", "%n series, newest reading %1"],
    "and %n more": ["and %n more", "and %n more"],
    "%n stale": ["%n stale", "%n stale"],
    "normal · %n series": ["normal · %n series", "normal · %n series"],
    "%n stations": ["%n station", "%n stations"],
    "the wall file has %n problem(s)": ["the wall file has %n problem", "the wall file has %n problems"],
})


# Issue 12: the statistics services.
VI.update({
    "%1 must be a number from 0 to 1": "%1 phải là số từ 0 đến 1",
    "%1 must be a whole number of at least 1": "%1 phải là số nguyên từ 1 trở lên",
    "%1 must be a duration like 30min, 24h or 7d": "%1 phải là khoảng thời gian dạng 30min, 24h hoặc 7d",
    "%1 quantile needs %2": "%1 quantile cần %2",
    "%1 compares months, quarters or years only": "%1 chỉ so sánh tháng, quý hoặc năm",
    "%1 must be one of %2, or a list of place ids": "%1 phải là một trong %2, hoặc danh sách mã địa điểm",
    "a place id must be a string": "mã địa điểm phải là chuỗi ký tự",
    "%1 must be \"last 24h\", \"today\", \"this month\", \"last full year\", \"all\" or {\"from\": …, \"to\": …}, not %2": "%1 phải là \"last 24h\", \"today\", \"this month\", \"last full year\", \"all\" hoặc {\"from\": …, \"to\": …}, không phải %2",
    "%1 must be after %2": "%1 phải sau %2",
    "unknown kind %1": "loại thống kê không xác định %1",
    "a %1 service names %n indicator(s)": ["dịch vụ %1 có đúng %n chỉ số"],
    "a %1 service compares places: %2 is city-wide": "dịch vụ %1 so sánh các địa điểm: %2 là số liệu toàn thành phố",
    "%1 has no targets to compare with": "%1 không có mục tiêu để so sánh",
    "%1 has no national figure to compare with": "%1 không có số liệu cả nước để so sánh",
    "places %1 does not fit %2: its series are per %3": "phạm vi địa điểm %1 không phù hợp với %2: chuỗi số liệu của nó theo %3",
    "unknown group %1": "nhóm dữ liệu không xác định %1",
    "unknown place %1": "địa điểm không xác định %1",
    "Run the statistics and comparison services, or any kind ad hoc": "Chạy các dịch vụ thống kê, so sánh, hoặc một loại thống kê bất kỳ theo yêu cầu",
    "%n statistics service(s)": ["%n dịch vụ thống kê"],
    "Run the catalog's service ID.": "Chạy dịch vụ có mã ID trong danh mục.",
    "Run every service of the catalog (JSON only).": "Chạy mọi dịch vụ của danh mục (chỉ JSON).",
    "Run a kind ad hoc: aggregate, change, rolling, …": "Chạy một loại thống kê theo yêu cầu: aggregate, change, rolling, …",
    "A series of the ad hoc run, as INDICATOR@PLACE (twice for a correlation).": "Một chuỗi số liệu cho lần chạy theo yêu cầu, dạng CHỈ_SỐ@ĐỊA_ĐIỂM (hai lần cho tương quan).",
    "First instant, included (ISO 8601; local time if no offset).": "Thời điểm đầu, tính cả thời điểm này (ISO 8601; giờ địa phương nếu không ghi độ lệch).",
    "The kind's parameters, as a JSON object.": "Các tham số của loại thống kê, dạng đối tượng JSON.",
    "The instant the windows are counted from (default: now).": "Thời điểm dùng để tính các khoảng thời gian (mặc định: bây giờ).",
    "Output: json (default) or csv.": "Đầu ra: json (mặc định) hoặc csv.",
    "stats list: print JSON.": "stats list: in ra JSON.",
    "%n service(s) failed; see \"error\" in the results": ["%n dịch vụ bị lỗi; xem \"error\" trong kết quả"],
    "--series must be INDICATOR@PLACE": "--series phải có dạng CHỈ_SỐ@ĐỊA_ĐIỂM",
    "--params must be a JSON object": "--params phải là một đối tượng JSON",
    "stats run needs exactly one of --service ID, --all, --kind KIND": "stats run cần đúng một trong --service ID, --all, --kind KIND",
    "--format must be json or csv": "--format phải là json hoặc csv",
    "stats run --all prints JSON only": "stats run --all chỉ in JSON",
    "--series, --from, --to and --params go with --kind": "--series, --from, --to và --params đi cùng --kind",
    "no such service (stats list names them)": "không có dịch vụ này (stats list liệt kê các dịch vụ)",
    "The IOC's statistics and comparison services, computed on the archive.\n  stats list [--json]                      the services of the catalog\n  stats run --db DB --service ID [--at T]  one service\n  stats run --db DB --all [--at T]         every service, as JSON\n  stats run --db DB --kind KIND --series INDICATOR@PLACE [--from T] [--to T] [--params JSON]\n                                           any kind on any series, over [from, to)\nTimes are ISO 8601 (local Asia/Ho_Chi_Minh time if no offset); buckets follow local days, weeks from Monday and calendar months, quarters and years.": "Các dịch vụ thống kê, so sánh của IOC, tính trên kho lưu trữ.\n  stats list [--json]                      các dịch vụ trong danh mục\n  stats run --db DB --service ID [--at T]  một dịch vụ\n  stats run --db DB --all [--at T]         mọi dịch vụ, dạng JSON\n  stats run --db DB --kind KIND --series CHỈ_SỐ@ĐỊA_ĐIỂM [--from T] [--to T] [--params JSON]\n                                           một loại thống kê bất kỳ trên chuỗi bất kỳ, trong [from, to)\nThời gian theo ISO 8601 (giờ địa phương Asia/Ho_Chi_Minh nếu không ghi độ lệch); các khoảng theo ngày địa phương, tuần bắt đầu thứ Hai và tháng, quý, năm dương lịch.",
    "list or run": "list hoặc run",
    "stats needs one action: list or run ('stats --help')": "stats cần một thao tác: list hoặc run ('stats --help')",
    "fewer than two instants where both series have a reading": "ít hơn hai thời điểm mà cả hai chuỗi đều có số đo",
    "one of the series does not vary": "một trong hai chuỗi không thay đổi",
    "no readings in the window": "không có số đo trong khoảng thời gian",
    "one reading: a sample deviation needs two": "chỉ có một số đo: độ lệch chuẩn mẫu cần ít nhất hai",
    "unknown period %1": "chu kỳ không xác định %1",
    "a rolling window must be a positive duration like 24h or 7d": "cửa sổ trượt phải là khoảng thời gian dương dạng 24h hoặc 7d",
    "unknown bucket or reset period": "khoảng gộp hoặc chu kỳ đặt lại không xác định",
    "fewer than two readings": "ít hơn hai số đo",
    "no change in time": "thời gian không thay đổi",
    "%1 has no targets": "%1 không có mục tiêu",
    "%1 has no national figure": "%1 không có số liệu cả nước",
    "No such series: %1": "Không có chuỗi số liệu này: %1",
    "a statistic needs at least one --series": "một phép thống kê cần ít nhất một --series",
    "a correlation needs two --series": "tương quan cần hai --series",
    "--from must be before --to": "--from phải trước --to",
    "no series of this indicator in the archive": "kho lưu trữ không có chuỗi số liệu nào của chỉ số này",
    "a correlation needs two series": "tương quan cần hai chuỗi số liệu",
    "a %1 has no parameter %2": "loại %1 không có tham số %2",
    "parameter %1 of %2 is out of range or of the wrong type": "tham số %1 của %2 nằm ngoài phạm vi hoặc sai kiểu",
    "a %1 needs the parameter %2": "loại %1 cần tham số %2",
    "fn quantile needs q": "fn quantile cần q",
})
EN_PLURALS.update({
    "a %1 service names %n indicator(s)": ["a %1 service names %n indicator", "a %1 service names %n indicators"],
    "%n statistics service(s)": ["%n statistics service", "%n statistics services"],
    "%n service(s) failed; see \"error\" in the results": ["%n service failed; see \"error\" in the results", "%n services failed; see \"error\" in the results"],
})

# Issue 12: the statistics on the desk and the wall.
VI.update({
    "With --group: open the group's statistics services (\"Thống kê\").": "Dùng với --group: mở các dịch vụ thống kê của nhóm (\"Thống kê\").",
    "--stats needs --group ID": "--stats cần --group ID",
    "Q%1 %2": "Quý %1/%2",
    "no data in the window": "không có số liệu trong khoảng thời gian",
    "highest: %1": "cao nhất: %1",
    "lowest: %1": "thấp nhất: %1",
    "%n reading(s)": ["%n lần đo"],
    "most: %1": "nhiều nhất: %1",
    "none at any place (%1)": "không nơi nào (%1)",
    "nothing to compare with": "chưa có kỳ để so sánh",
    "%1 vs %2": "%1 so với %2",
    "%1:00": "%1 giờ",
    "peak: %1": "cao điểm: %1",
    "first: %1": "đứng đầu: %1",
    "%1: %2 of the total": "%1: %2 trong tổng số",
    "/day": "/ngày",
    "/year": "/năm",
    "Mann-Kendall τ = %1, p = %2": "Mann-Kendall τ = %1, p = %2",
    "%n pair(s) of readings": ["%n cặp số đo"],
    "×%1 the national %2 (%3)": "gấp %1 lần cả nước %2 (%3)",
    "×%1 the national figure": "gấp %1 lần cả nước",
    "%1 achieved": "đạt %1",
    "on track": "dự báo đạt",
    "off track": "dự báo không đạt",
    "met at the end of %1": "đã đạt vào cuối năm %1",
    "not met at the end of %1": "chưa đạt vào cuối năm %1",
    "no target with a figure": "không có mục tiêu bằng số",
    "%1 points": "%1 điểm %",
    "no such service %1": "không có dịch vụ %1",
    "Indicators": "Chỉ số",
    "Statistics (%1)": "Thống kê (%1)",
    "in this CityOps catalog": "trong danh mục CityOps này",
    "published: %1 (%2)": "số công bố: %1 (%2)",
    "computing…": "đang tính…",
    "Provenance": "Nguồn gốc",
    "Which series, which window, how many readings, how complete": "Chuỗi số liệu nào, khoảng thời gian nào, bao nhiêu số đo, đầy đủ đến đâu",
    "Export CSV…": "Xuất CSV…",
    "Could not be computed: %1": "Không tính được: %1",
    "Filtered to %1": "Lọc theo %1",
    "City-wide: the district filter does not apply": "Toàn thành phố: bộ lọc quận, huyện không áp dụng",
    "national: %1": "cả nước: %1",
    "… and %1 more": "… và %1 chuỗi khác",
    "Service: %1 (%2)": "Dịch vụ: %1 (%2)",
    "How: %1": "Cách tính: %1",
    "Done: %1": "Đã thực hiện: %1",
    "Series: %1": "Chuỗi số liệu: %1",
    "Window: %1 → %2": "Khoảng thời gian: %1 → %2",
    "Readings used: %1": "Số đo đã dùng: %1",
    "Completeness: %1": "Độ đầy đủ: %1",
    "unknown": "không rõ",
    "Update periods without a reading: %1": "Chu kỳ cập nhật không có số đo: %1",
    "Longest gaps: %1": "Khoảng trống dài nhất: %1",
    "No figure: %1": "Không có số liệu: %1",
    "Computed at %1": "Tính lúc %1",
    "Export CSV": "Xuất CSV",
    "CSV (*.csv)": "CSV (*.csv)",
    "Cannot write %1": "Không ghi được %1",
    "no rows to draw": "không có dòng nào để vẽ",
    "+%1": "+%1",
    "Statistics are not available here": "Không có thống kê ở đây",
    "Statistics are not available here: no archive or store to compute them on.": "Không có thống kê ở đây: không có kho lưu trữ hay bộ nhớ số liệu để tính.",
    "%n service(s) of this group · computed at %1 · every five minutes": ["%n dịch vụ của nhóm · tính lúc %1 · năm phút một lần"],
    "Computing %n service(s)…": ["Đang tính %n dịch vụ…"],
    "unknown tile type '%1' (groups, alerts, chart, kpi, map, clock, stat)": "loại ô không xác định '%1' (groups, alerts, chart, kpi, map, clock, stat)",
    "a stat tile needs \"service\": an id of services.json": "ô stat cần \"service\": một mã trong services.json",
    "unknown statistics service '%1'": "dịch vụ thống kê không xác định '%1'",
})
EN_PLURALS.update({
    "%n reading(s)": ["%n reading", "%n readings"],
    "%n pair(s) of readings": ["%n pair of readings", "%n pairs of readings"],
    "%n service(s) of this group · computed at %1 · every five minutes": ["%n service of this group · computed at %1 · every five minutes", "%n services of this group · computed at %1 · every five minutes"],
    "Computing %n service(s)…": ["Computing %n service…", "Computing %n services…"],
})

# Issue 13: the early-warning rules.
VI.update({
    "%1 must be a number above 0": "%1 phải là số lớn hơn 0",
    "%1 must be a list or an object": "%1 phải là một danh sách hoặc một đối tượng",
    "each level must be an object": "mỗi mức phải là một đối tượng",
    "a level has %1 or %2, one of them": "mỗi mức có %1 hoặc %2, chỉ một trong hai",
    "every level of a rule goes the same way (all above or all below)": "mọi mức của một quy tắc cùng một chiều (đều above hoặc đều below)",
    "%1 must be on the normal side of %2 (%3)": "%1 phải nằm phía bình thường của %2 (%3)",
    "levels go from the mildest to the worst: %1 after %2": "các mức đi từ nhẹ nhất đến nặng nhất: %1 sau %2",
    "a worse level cannot have a lower severity": "mức nặng hơn không thể có độ nghiêm trọng thấp hơn",
    "levels must be a list of one or more levels": "levels phải là danh sách có ít nhất một mức",
    "%1 is not filled by a %2 rule (it fills %3)": "%1 không được quy tắc %2 điền (quy tắc này điền %3)",
    "%1 must not be above %2": "%1 không được lớn hơn %2",
    "a %1 rule watches one indicator": "quy tắc %1 theo dõi một chỉ số",
    "Replay the archive through the early-warning rules": "Chạy lại kho lưu trữ qua các quy tắc cảnh báo sớm",
    "The early-warning rules of the catalog, on the archive.\n  alerts evaluate --db DB [--from T] [--to T] --dry-run --format json\n      replays the archive through every rule and prints the alarms it raises\n      (recording them in the archive is not built yet: --dry-run is required)\nTimes are ISO 8601 (local Asia/Ho_Chi_Minh time if no offset); without --from and --to,\nthe whole archive.": "Các quy tắc cảnh báo sớm của danh mục, trên kho lưu trữ.\n  alerts evaluate --db DB [--from T] [--to T] --dry-run --format json\n      chạy lại kho lưu trữ qua mọi quy tắc và in các cảnh báo phát sinh\n      (chưa ghi cảnh báo vào kho lưu trữ: bắt buộc có --dry-run)\nThời gian theo ISO 8601 (giờ Asia/Ho_Chi_Minh nếu không có độ lệch); không có --from và --to\nthì là toàn bộ kho lưu trữ.",
    "evaluate": "evaluate (đánh giá)",
    "First instant, included.": "Thời điểm đầu, có tính.",
    "Print the alarms without recording them.": "In các cảnh báo mà không ghi lại.",
    "Output: json.": "Đầu ra: json.",
    "alerts needs an action: evaluate ('alerts --help')": "alerts cần một thao tác: evaluate ('alerts --help')",
    "--format must be json": "--format phải là json",
    "recording alarms in the archive is not built yet: add --dry-run": "chưa có chức năng ghi cảnh báo vào kho lưu trữ: thêm --dry-run",
    "a rolling window takes fn mean, sum, count, min or max": "cửa sổ trượt nhận fn mean, sum, count, min hoặc max",
    "rule %1: unknown indicator %2": "quy tắc %1: chỉ số không xác định %2",
    "rule %1: unknown kind %2": "quy tắc %1: loại không xác định %2",
    "rule %1 has no levels": "quy tắc %1 không có mức nào",
    "--from must be before --to": "--from phải trước --to",
    "parts must be a list of two or more conditions": "parts phải là danh sách có ít nhất hai điều kiện",
    "each part must be an object": "mỗi điều kiện phải là một đối tượng",
    "%1 is not among the rule's indicators": "%1 không nằm trong các chỉ số của quy tắc",
    "a composite rule names the place its alarm is for": "quy tắc kết hợp phải nêu nơi mà cảnh báo thuộc về",
})

VI.update({
    "An alarm just recorded is not there": "Cảnh báo vừa ghi không có trong kho lưu trữ",
    "shelf time over": "hết thời gian tạm ẩn",
    "No such alarm (alerts list names them)": "Không có cảnh báo này (alerts list liệt kê các cảnh báo)",
    "An acknowledgement names who makes it (--user)": "Xác nhận phải ghi rõ người xác nhận (--user)",
    "An acknowledgement needs a comment (--comment)": "Xác nhận cần có ghi chú (--comment)",
    "This alarm does not wait for an acknowledgement: it is %1": "Cảnh báo này không chờ xác nhận: trạng thái là %1",
    "Shelving names who does it (--user)": "Tạm ẩn phải ghi rõ người thực hiện (--user)",
    "Shelving needs a reason (--reason)": "Tạm ẩn cần có lý do (--reason)",
    "An alarm is shelved for up to 24 h": "Một cảnh báo chỉ được tạm ẩn tối đa 24 giờ",
    "This alarm cannot be shelved: it is %1": "Không thể tạm ẩn cảnh báo này: trạng thái là %1",
    "Replay the archive through the early-warning rules; list, acknowledge and shelve alarms": "Chạy lại kho lưu trữ qua các quy tắc cảnh báo sớm; liệt kê, xác nhận và tạm ẩn cảnh báo",
    "Output: json (list: or text).": "Đầu ra: json (list: hoặc text).",
    "list: unacknowledged, acknowledged, rtn-unacknowledged, shelved or all.": "list: unacknowledged, acknowledged, rtn-unacknowledged, shelved hoặc all.",
    "Who acknowledges or shelves.": "Người xác nhận hoặc tạm ẩn.",
    "The acknowledgement's comment.": "Ghi chú của xác nhận.",
    "Why the alarm is shelved.": "Lý do tạm ẩn cảnh báo.",
    "How long it stays shelved (up to 24h).": "Thời gian tạm ẩn (tối đa 24h).",
    "%1 new alarm(s) recorded, %2 brought up to date": "%1 cảnh báo mới được ghi, %2 được cập nhật",
    "alerts %1 takes one alarm id": "alerts %1 nhận một mã cảnh báo",
    "--for must be a duration like 2h": "--for phải là một khoảng thời gian như 2h",
    "The early-warning rules of the catalog and the alarms of an archive.\n  alerts evaluate --db DB [--from T] [--to T] [--dry-run] --format json\n      replays the archive through every rule, prints the alarms and records them\n  alerts list --db DB [--state STATE|all] [--format json|text]\n  alerts ack --db DB ID --user NAME --comment TEXT\n  alerts shelve --db DB ID --user NAME --reason TEXT --for 2h\n  alerts history --db DB ID\n  alerts health --db DB [--from T] [--to T] --format json\n      the alarm system against the ISA-18.2 targets (rate, floods, chattering, …)\nTimes are ISO 8601 (local Asia/Ho_Chi_Minh time if no offset); without --from and --to,\nthe whole archive.": "Các quy tắc cảnh báo sớm của danh mục và các cảnh báo của một kho lưu trữ.\n  alerts evaluate --db DB [--from T] [--to T] [--dry-run] --format json\n      chạy lại kho lưu trữ qua mọi quy tắc, in các cảnh báo và ghi lại chúng\n  alerts list --db DB [--state TRẠNG_THÁI|all] [--format json|text]\n  alerts ack --db DB ID --user TÊN --comment NỘI_DUNG\n  alerts shelve --db DB ID --user TÊN --reason LÝ_DO --for 2h\n  alerts history --db DB ID\n  alerts health --db DB [--from T] [--to T] --format json\n      hệ thống cảnh báo so với các mục tiêu ISA-18.2 (tần suất, ngập cảnh báo, cảnh báo lặp, …)\nThời gian theo ISO 8601 (giờ Asia/Ho_Chi_Minh nếu không có độ lệch); không có --from và --to\nthì là toàn bộ kho lưu trữ.",
    "evaluate, list, ack, shelve, history or health": "evaluate, list, ack, shelve, history hoặc health",
    "alerts needs an action: evaluate, list, ack, shelve, history or health ('alerts --help')": "alerts cần một thao tác: evaluate, list, ack, shelve, history hoặc health ('alerts --help')",
    "--format must be json (list: or text)": "--format phải là json (list: hoặc text)",
    "alerts evaluate takes no alarm id": "alerts evaluate không nhận mã cảnh báo",
    "--state must be unacknowledged, acknowledged, rtn-unacknowledged, shelved or all": "--state phải là unacknowledged, acknowledged, rtn-unacknowledged, shelved hoặc all",
    "%n alarm(s)": ["%n cảnh báo"],
})
EN_PLURALS.update({
    "%n alarm(s)": ["%n alarm", "%n alarms"],
})

# Issue 13: the alarm panel, the wall's alarm list, the header's alarm button, the kpi kind.
VI.update({
    "%1 %2 %3 (clears %4 %5)": "%1 %2 %3 (hết khi %4 %5)",
    "%1 until %2": "%1 đến %2",
    "%1 · %2 · %3": "%1 · %2 · %3",
    "%n unacknowledged": ["%n chưa xác nhận"],
    "--alarms opens the desk's alarm panel: not with --wall or --group": "--alarms mở bảng cảnh báo của màn hình làm việc: không dùng cùng --wall hay --group",
    "ALARMS NOT READ — %1": "KHÔNG ĐỌC ĐƯỢC CẢNH BÁO — %1",
    "Acknowledge": "Xác nhận",
    "Acknowledge the alarm": "Xác nhận cảnh báo",
    "Acknowledged": "Đã xác nhận",
    "Acknowledged by": "Người xác nhận",
    "Acknowledged by %1: %2": "%1 đã xác nhận: %2",
    "Acknowledge…": "Xác nhận…",
    "Alarms": "Cảnh báo",
    "Alarms · %n unacknowledged": ["Cảnh báo · %n chưa xác nhận"],
    "Alarms: %n unacknowledged": ["Cảnh báo: %n chưa xác nhận"],
    "Alarms: NOT READ": "Cảnh báo: KHÔNG ĐỌC ĐƯỢC",
    "Alarms: none waiting": "Cảnh báo: không có mục chờ",
    "All": "Tất cả",
    "Cancel": "Hủy",
    "Cleared, unacknowledged": "Đã hết, chưa xác nhận",
    "Comment (required)": "Ghi chú (bắt buộc)",
    "Done.": "Đã xong.",
    "Every priority": "Mọi mức",
    "Fired": "Phát lúc",
    "Fired %1 · %2 · worst %3": "Phát lúc %1 · %2 · mức nặng nhất %3",
    "For": "Trong",
    "High": "Cao",
    "High only": "Chỉ mức cao",
    "Low": "Thấp",
    "Medium": "Trung bình",
    "Medium and high": "Trung bình và cao",
    "Message": "Nội dung",
    "Needs attention": "Cần xử lý",
    "No alarm log": "Không có nhật ký cảnh báo",
    "No alarm: nothing needs attention.": "Không có cảnh báo: không có gì cần xử lý.",
    "No archive is followed.": "Chưa theo dõi kho lưu trữ nào.",
    "Open the desk on its alarm panel.": "Mở màn hình làm việc ở bảng cảnh báo.",
    "Operator": "Người trực",
    "Over": "Đã kết thúc",
    "Place": "Địa điểm",
    "Priority": "Mức",
    "Reading the alarms…": "Đang đọc các cảnh báo…",
    "Reason (required)": "Lý do (bắt buộc)",
    "Refused: %1": "Bị từ chối: %1",
    "Rule: %1": "Quy tắc: %1",
    "Search place, message, operator…": "Tìm địa điểm, nội dung, người trực…",
    "Select an alarm to see why it fired.": "Chọn một cảnh báo để xem vì sao nó phát ra.",
    "Shelve": "Tạm ẩn",
    "Shelve the alarm": "Tạm ẩn cảnh báo",
    "Shelved": "Tạm ẩn",
    "Shelved by %1 until %2: %3": "%1 tạm ẩn đến %2: %3",
    "Shelve…": "Tạm ẩn…",
    "Show": "Hiển thị",
    "State": "Trạng thái",
    "Unacknowledged": "Chưa xác nhận",
    "What was done, or why no action is needed": "Đã làm gì, hoặc vì sao không cần xử lý",
    "Why it has not cleared: %1": "Vì sao chưa hết: %1",
    "Why it may be hidden for a while (a station in maintenance…)": "Vì sao có thể ẩn một thời gian (trạm đang bảo trì…)",
    "a target has %1 or %2, one of them": "một mục tiêu có %1 hoặc %2, chỉ một trong hai",
    "cleared %1": "hết lúc %1",
    "still active": "vẫn đang diễn ra",
})
EN_PLURALS.update({
    "%n unacknowledged": ["%n unacknowledged", "%n unacknowledged"],
    "Alarms · %n unacknowledged": ["Alarms · %n unacknowledged", "Alarms · %n unacknowledged"],
    "Alarms: %n unacknowledged": ["Alarms: %n unacknowledged", "Alarms: %n unacknowledged"],
})

VI.update({
    "a rule id must be a string": "mã quy tắc phải là chuỗi",
    "a rule cannot supersede itself": "một quy tắc không thể bao trùm chính nó",
    "unknown rule %1": "không có quy tắc %1",
    "ended while superseded by %1": "đã hết trong khi được gộp vào %1",
    "superseded by %1": "được gộp vào %1",
    "%1 is over": "%1 đã hết",
    "--state must be unacknowledged, acknowledged, rtn-unacknowledged, shelved, suppressed or all":
        "--state phải là unacknowledged, acknowledged, rtn-unacknowledged, shelved, suppressed hoặc all",
    "Suppressed": "Đã gộp",
    "Suppressed since %1: part of %2": "Đã gộp từ %1: thuộc cảnh báo %2",
    "Was suppressed from %1 as part of %2": "Đã được gộp từ %1 vào cảnh báo %2",
    "Suppressed: part of a larger alarm": "Đã gộp vào cảnh báo chính",
})

VI.update({
    "Northern male voice": "Giọng nam miền Bắc",
    "Northern female voice": "Giọng nữ miền Bắc",
    "Southern female voice": "Giọng nữ miền Nam",
    "Southern male voice": "Giọng nam miền Nam",
    "espeak-ng is not installed: alarms cannot be spoken": "chưa cài espeak-ng: không đọc được cảnh báo",
    "espeak-ng did not start": "espeak-ng không khởi động được",
    "espeak-ng did not finish in time": "espeak-ng không xong kịp",
    "espeak-ng failed": "espeak-ng bị lỗi",
    "espeak-ng wrote no sound": "espeak-ng không tạo ra âm thanh",
    "Cannot write the alarm tone": "Không ghi được tiếng chuông cảnh báo",
    "%1 did not start: %2": "%1 không khởi động được: %2",
    "%1 did not finish": "%1 không kết thúc",
    "%1 failed: %2": "%1 bị lỗi: %2",
    "exit code %1": "mã thoát %1",
    "No place to make the alarm sound in": "Không có chỗ để tạo âm thanh cảnh báo",
    "The alarm sound could not be played: %1": "Không phát được âm thanh cảnh báo: %1",
    "&Sound": "Â&m thanh",
    "Mute alarms on this console": "Tắt tiếng cảnh báo trên máy này",
    "Sound: working": "Âm thanh: đang hoạt động",
    "Sound not heard: %1": "Không phát được âm thanh: %1",
})

VI.update({
    "not acknowledged within %n minute(s): escalated to the shift supervisor":
        "không được xác nhận trong %n phút: đã báo trưởng ca",
    "Escalated to the shift supervisor at %1: not acknowledged within %n minute(s)":
        "Đã báo trưởng ca lúc %1: không được xác nhận trong %n phút",
    "%1 · escalated": "%1 · đã báo trưởng ca",
})
EN_PLURALS.update({
    "not acknowledged within %n minute(s): escalated to the shift supervisor": [
        "not acknowledged within %n minute: escalated to the shift supervisor",
        "not acknowledged within %n minutes: escalated to the shift supervisor"],
    "Escalated to the shift supervisor at %1: not acknowledged within %n minute(s)": [
        "Escalated to the shift supervisor at %1: not acknowledged within %n minute",
        "Escalated to the shift supervisor at %1: not acknowledged within %n minutes"],
})

VI.update({
    "Open the desk on the alarm system's health (the supervisor's view).":
        "Mở bàn điều hành ở trang sức khỏe hệ thống cảnh báo (dành cho trưởng ca).",
    "--alarm-health opens the desk's supervisor view: not with --wall, --group or --alarms":
        "--alarm-health mở trang của trưởng ca: không dùng cùng --wall, --group hay --alarms",
    "Alarm system health": "Sức khỏe hệ thống cảnh báo",
    "✓ meets the target": "✓ đạt mục tiêu",
    "✗ misses the target": "✗ chưa đạt mục tiêu",
    "The alarm system, last 24 hours": "Hệ thống cảnh báo trong 24 giờ qua",
    "No alarm log is followed.": "Không theo dõi nhật ký cảnh báo nào.",
    "Alarms in 24 h": "Số cảnh báo trong 24 giờ",
    "Alarms per 10 minutes": "Cảnh báo mỗi 10 phút",
    "≤ 1": "≤ 1",
    "Busiest 10 minutes": "10 phút dày nhất",
    "≤ 10": "≤ 10",
    "Time in flood (> 10 in 10 min)": "Thời gian bị dồn dập (> 10 trong 10 phút)",
    "< 1 %": "< 1 %",
    "Chattering alarms": "Cảnh báo bật tắt liên tục",
    "none": "không có",
    "Stale alarms (active > 24 h)": "Cảnh báo kéo dài (> 24 giờ)",
    "< 5": "< 5",
    "%1 % (target ~%2 %)": "%1 % (mục tiêu ~%2 %)",
    "High priority": "Mức cao",
    "Medium priority": "Mức trung bình",
    "Low priority": "Mức thấp",
    "Shelved now": "Đang tạm ẩn",
    "Suppressed (part of a larger alarm)": "Đã gộp (thuộc cảnh báo chính)",
    "Escalated (not acknowledged in time)": "Đã báo trưởng ca (không xác nhận kịp)",
    "The rules that raise the most": "Các quy tắc cảnh báo nhiều nhất",
    "%1: %2 (%3 %)": "%1: %2 (%3 %)",
})

VI.update({
    "recorded after it had ended: history, no acknowledgement asked":
        "ghi nhận khi đã kết thúc: lưu vào lịch sử, không cần xác nhận",
    "the data is stored, but the early-warning rules could not run: ":
        "dữ liệu đã được lưu, nhưng không chạy được các quy tắc cảnh báo sớm: ",
    "%n new alarm(s) recorded": ["đã ghi %n cảnh báo mới"],
    "%n brought up to date": ["cập nhật %n cảnh báo"],
    "Do not run the early-warning rules over the archive afterwards.":
        "Không chạy các quy tắc cảnh báo sớm trên kho dữ liệu sau khi nhập.",
    "No alarm needs attention.": "Không có cảnh báo nào cần xử lý.",
    "%1/%2": "%1/%2",
})
EN_PLURALS.update({
    "%n new alarm(s) recorded": ["%n new alarm recorded", "%n new alarms recorded"],
    "%n brought up to date": ["%n brought up to date", "%n brought up to date"],
})

# The feed collector evaluates the rules (core/alerts/liverules.h).
VI.update({
    "alarms: %n new": ["cảnh báo: %n mới"],
    "the early-warning rules could not run: %1": "không chạy được các quy tắc cảnh báo sớm: %1",
})
EN_PLURALS.update({
    "alarms: %n new": ["alarms: %n new", "alarms: %n new"],
})


VI.update({
    "out of service: %1": "ngừng giám sát: %1",
    "Out of service needs a place (--place)": "Ngừng giám sát cần nêu địa điểm (--place)",
    "Out of service names who does it (--user)": "Ngừng giám sát cần nêu người thực hiện (--user)",
    "Out of service needs a reason (--reason)": "Ngừng giám sát cần có lý do (--reason)",
    "%1 is already out of service": "%1 đang ngừng giám sát rồi",
    "Back in service names who does it (--user)": "Giám sát lại cần nêu người thực hiện (--user)",
    "%1 is not out of service": "%1 không ở trạng thái ngừng giám sát",
    "back in service": "giám sát lại",
    "back in service: %1": "giám sát lại: %1",
    "out-of-service, in-service: the place (a station).": "out-of-service, in-service: địa điểm (một trạm).",
    "out-of-service, in-service: only this rule at the place.":
        "out-of-service, in-service: chỉ quy tắc này tại địa điểm.",
    "No such rule (catalog --json lists them)": "Không có quy tắc này (catalog --json liệt kê các quy tắc)",
    "No such place in the catalog or the archive": "Không có địa điểm này trong danh mục hay kho dữ liệu",
    "--place names the place": "--place nêu địa điểm",
    "evaluate, list, ack, shelve, history, health, out-of-service or in-service":
        "evaluate, list, ack, shelve, history, health, out-of-service hoặc in-service",
    "alerts needs an action: evaluate, list, ack, shelve, history, health, out-of-service or in-service ('alerts --help')":
        "alerts cần một thao tác: evaluate, list, ack, shelve, history, health, out-of-service hoặc in-service ('alerts --help')",
    "alerts %1 takes --place, not an alarm id": "alerts %1 nhận --place, không nhận mã cảnh báo",
    "--state must be unacknowledged, acknowledged, rtn-unacknowledged, shelved, suppressed, out-of-service or all":
        "--state phải là unacknowledged, acknowledged, rtn-unacknowledged, shelved, suppressed, out-of-service hoặc all",
    "Out of service": "Ngừng giám sát",
    "Out of service since %1: its place is in maintenance": "Ngừng giám sát từ %1: địa điểm đang bảo trì",
})


VI.update({
    "%1 is listed twice": "%1 có hai lần trong danh sách",
    "a day of the week in English, such as \"saturday\"": "một ngày trong tuần bằng tiếng Anh, ví dụ \"saturday\"",
    "a week needs a working day": "một tuần phải có ngày làm việc",
    "a day worked in exchange is a weekend day that is not a holiday":
        "ngày làm bù phải là ngày cuối tuần và không phải ngày lễ",
})


VI.update({
    "a deadline rule watches the reports received and their replies (and may name the count it is charted with)":
        "quy tắc thời hạn theo dõi phản ánh tiếp nhận và câu trả lời (và có thể nêu số đếm để vẽ biểu đồ kèm theo)",
})


VI.update({
    "holds for": "giữ trong",
    "clears after": "hết sau",
    "at least": "từ",
    "at most": "tối đa",
    "clears below": "hết khi dưới",
    "within": "trong",
    "per hour from": "mỗi giờ từ",
    "clears per hour below": "hết khi mỗi giờ dưới",
    "over": "so với trước",
    "above": "trên",
    "below": "dưới",
    "clears at": "hết ở",
    "looking ahead": "dự báo trước",
    "trend over": "xu hướng trong",
    "baseline": "nền",
    "weeks": "số tuần",
    "deviations from": "độ lệch chuẩn từ",
    "clears below deviations": "hết khi độ lệch dưới",
    "periods of silence": "số chu kỳ im lặng",
    "readings no older than": "số liệu không cũ hơn",
    "margin": "biên",
    "by": "hạn",
})


VI.update({
    "a factor must be more than 0": "hệ số phải lớn hơn 0",
    "a value must be 0 or more": "giá trị phải từ 0 trở lên",
})


VI.update({
    "not an entity (an object with id and type)": "không phải một thực thể (đối tượng có id và type)",
    "an entity needs an id and a type": "thực thể cần có id và type",
    "typed a number but is not one: %1": "khai báo là số nhưng không phải số: %1",
    "not a finite number": "không phải một số hữu hạn",
    "no time: neither dateObserved, TimeInstant nor a timestamp": "không có thời điểm: không có dateObserved, TimeInstant hay timestamp",
    "unreadable time %1: %2": "không đọc được thời điểm %1: %2",
    "not JSON: %1": "không phải JSON: %1",
    "not NGSI-v2 entities: neither an array nor an object": "không phải thực thể NGSI-v2: không phải mảng cũng không phải đối tượng",
    "the broker says %1: %2": "máy chủ ngữ cảnh báo lỗi %1: %2",
})


VI.update({
    "Try a live feed: read an NGSI-v2 broker to the end, writing nothing":
        "Thử một nguồn dữ liệu trực tiếp: đọc hết một máy chủ NGSI-v2, không ghi gì",
    "Reads a feed to the end (following its paging) and prints, writing nothing, one NDJSON line per observation it would ingest ({\"entity\", \"type\", \"attribute\", \"series\", \"time\", \"value\", \"unit\"}) and one per item it would quarantine, with the reason. How an operator tries a new feed before configuring it. Protocols: ngsi-v2 (ngsi-ld and sensorthings are not built yet).":
        "Đọc hết một nguồn dữ liệu (theo từng trang) và in ra, không ghi gì, mỗi số liệu sẽ nạp trên một dòng NDJSON ({\"entity\", \"type\", \"attribute\", \"series\", \"time\", \"value\", \"unit\"}) và mỗi mục sẽ bị cách ly trên một dòng, kèm lý do. Cách người vận hành thử một nguồn mới trước khi cấu hình. Giao thức: ngsi-v2 (ngsi-ld và sensorthings chưa có).",
    "ngsi-v2": "ngsi-v2",
    "The broker, e.g. http://127.0.0.1:1026": "Máy chủ ngữ cảnh, ví dụ http://127.0.0.1:1026",
    "Only entities of this type.": "Chỉ các thực thể thuộc loại này.",
    "The tenant (Fiware-Service).": "Đơn vị thuê (Fiware-Service).",
    "The service path (Fiware-ServicePath).": "Đường dẫn dịch vụ (Fiware-ServicePath).",
    "The time zone of dates sent without one (default UTC+07:00).":
        "Múi giờ của các thời điểm gửi không kèm múi giờ (mặc định UTC+07:00).",
    "Usage: cityops-cli feeds probe ngsi-v2 URL [--type T] [--service S] [--service-path P]":
        "Cách dùng: cityops-cli feeds probe ngsi-v2 URL [--type T] [--service S] [--service-path P]",
    "Protocol %1 is not supported yet (ngsi-v2 is)": "Chưa hỗ trợ giao thức %1 (đã có ngsi-v2)",
    "Not an http(s) URL: %1": "Không phải địa chỉ http(s): %1",
    "Unknown time zone: %1": "Múi giờ không xác định: %1",
    "%n observation(s), %1 quarantined, from %2 page(s)": ["%n số liệu, %1 bị cách ly, từ %2 trang"],
    "Usage: cityops-cli feeds probe ngsi-v2 URL [--type T] [--service S] [--service-path P]\n\nReads a live feed. Built so far: probe (NGSI-v2); check and run come next.":
        "Cách dùng: cityops-cli feeds probe ngsi-v2 URL [--type T] [--service S] [--service-path P]\n\nĐọc một nguồn dữ liệu trực tiếp. Đã có: probe (NGSI-v2); check và run sẽ có sau.",
    "Unknown feeds action %1 (feeds --help)": "Không có thao tác feeds %1 (feeds --help)",
    "no answer within %n second(s)": ["không có trả lời trong %n giây"],
    "the answer is larger than %1 MB: refused": "câu trả lời lớn hơn %1 MB: từ chối",
    "cannot reach the broker: %1": "không kết nối được máy chủ: %1",
    "HTTP %1: %2": "HTTP %1: %2",
    "not JSON: the content type is %1": "không phải JSON: kiểu nội dung là %1",
})
EN_PLURALS.update({
    "%n observation(s), %1 quarantined, from %2 page(s)":
        ["%n observation, %1 quarantined, from %2 page(s)", "%n observations, %1 quarantined, from %2 page(s)"],
    "no answer within %n second(s)": ["no answer within %n second", "no answer within %n seconds"],
})


VI.update({
    "no result": "không có kết quả (result)",
    "the result is not a number": "kết quả không phải là số",
    "no phenomenonTime": "không có thời điểm quan trắc (phenomenonTime)",
    "not a SensorThings entity": "không phải một thực thể SensorThings",
    "not SensorThings: neither a collection nor an entity": "không phải SensorThings: không phải tập hợp cũng không phải thực thể",
})


VI.update({
    "the paging did not end after %1 entities": "việc phân trang không kết thúc sau %1 thực thể",
})


VI.update({
    # Feeds files, feeds check / run / probe (issue 14)
    "%1 has no %2 feed at %3, and not exactly one %2 feed to use instead":
        "%1 không có nguồn %2 tại %3, và không có đúng một nguồn %2 để dùng thay",
    "unknown key (known: %1)": "khóa không xác định (các khóa hợp lệ: %1)",
    "required": "bắt buộc",
    "must be a non-empty string": "phải là một chuỗi không rỗng",
    "must be a whole number from %1 to %2": "phải là một số nguyên từ %1 đến %2",
    "Reads a feed to the end (following its paging) and prints, writing nothing, one NDJSON line per observation it would ingest ({\"entity\", \"type\", \"attribute\", \"series\", \"time\", \"value\", \"unit\"}) and one per item it would quarantine, with the reason. How an operator tries a new feed before configuring it; with --config, \"series\" says where the feeds file maps each one.":
        "Đọc một nguồn dữ liệu đến hết (theo phân trang của nó) và in ra, không ghi gì, mỗi số liệu sẽ nhập một dòng NDJSON ({\"entity\", \"type\", \"attribute\", \"series\", \"time\", \"value\", \"unit\"}) và mỗi mục sẽ bị cách ly một dòng, kèm lý do. Cách người vận hành thử một nguồn mới trước khi cấu hình; với --config, \"series\" cho biết tệp nguồn ánh xạ từng số liệu vào chuỗi nào.",
    "ngsi-v2 or sensorthings": "ngsi-v2 hoặc sensorthings",
    "The broker (http://127.0.0.1:1026) or the SensorThings service root or collection":
        "Máy chủ môi giới (http://127.0.0.1:1026), hoặc gốc dịch vụ hay tập hợp SensorThings",
    "Only entities of this type (NGSI-v2).": "Chỉ các thực thể thuộc kiểu này (NGSI-v2).",
    "A feeds file: its feed at this URL maps what is read to series.":
        "Một tệp nguồn dữ liệu: nguồn tại địa chỉ này ánh xạ những gì đọc được vào các chuỗi.",
    "Usage: cityops-cli feeds probe ngsi-v2|sensorthings URL [--type T] [--service S] [--service-path P] [--config FILE]":
        "Cách dùng: cityops-cli feeds probe ngsi-v2|sensorthings URL [--type T] [--service S] [--service-path P] [--config TỆP]",
    "Validates a feeds file against the catalog: every problem on a line of its own, as FILE: JSON-POINTER: REASON. Exit 0 when it is valid, 2 when it is not.":
        "Kiểm tra một tệp nguồn dữ liệu theo danh mục: mỗi lỗi một dòng, dạng TỆP: CON-TRỎ-JSON: LÝ-DO. Mã thoát 0 khi hợp lệ, 2 khi không.",
    "The feeds file.": "Tệp nguồn dữ liệu.",
    "Usage: cityops-cli feeds check --config FILE": "Cách dùng: cityops-cli feeds check --config TỆP",
    "Usage:\n  cityops-cli feeds check --config FILE\n  cityops-cli feeds run --config FILE --db DB [--once]\n  cityops-cli feeds probe ngsi-v2|sensorthings URL [--type T] [--service S] [--service-path P] [--config FILE]\n\nReads the city's live feeds: check validates a feeds file, run collects (--once: one poll of every feed, then a JSON summary), probe shows what a feed would give.":
        "Cách dùng:\n  cityops-cli feeds check --config TỆP\n  cityops-cli feeds run --config TỆP --db CSDL [--once]\n  cityops-cli feeds probe ngsi-v2|sensorthings URL [--type T] [--service S] [--service-path P] [--config TỆP]\n\nĐọc các nguồn dữ liệu trực tuyến của thành phố: check kiểm tra tệp nguồn, run thu thập (--once: hỏi mỗi nguồn một lần rồi in tóm tắt JSON), probe cho xem một nguồn sẽ cho gì.",
    "%1: feeds %2 (%3) and %4 (%5) cannot share an archive: demo data never reaches a live archive":
        "%1: nguồn %2 (%3) và %4 (%5) không thể dùng chung một kho lưu trữ: dữ liệu mô phỏng không bao giờ vào kho thật",
    "%1: feed %2 reads the CityOps demo city (%3): give it \"purpose\": \"demo\" and a demo archive":
        "%1: nguồn %2 đọc thành phố mô phỏng của CityOps (%3): hãy đặt \"purpose\": \"demo\" và dùng một kho mô phỏng",
    "%1: %2 fetched, %3 accepted (%4 new), %5 quarantined, %6 not mapped, in %7 s":
        "%1: nhận %2, chấp nhận %3 (%4 mới), cách ly %5, %6 không được ánh xạ, trong %7 giây",
    "Collecting %n feed(s); SIGTERM or Ctrl+C stops.": ["Đang thu thập %n nguồn; SIGTERM hoặc Ctrl+C để dừng."],
    "%1: valid, %n feed(s)": ["%1: hợp lệ, %n nguồn"],
    "Stopped.": "Đã dừng.",
    "The headless collector: polls every feed of the feeds file at its interval and ingests what it reads into the archive, one JSON line per poll ({\"feed\", \"fetched\", \"accepted\", \"quarantined\", \"errors\"}). --once: one full poll of every feed, then {\"feeds\": [...]} and exit (1 when a feed failed). Stops cleanly on SIGTERM.":
        "Bộ thu thập chạy nền: hỏi mỗi nguồn trong tệp nguồn theo chu kỳ của nó và nhập những gì đọc được vào kho lưu trữ, mỗi lần hỏi một dòng JSON ({\"feed\", \"fetched\", \"accepted\", \"quarantined\", \"errors\"}). --once: hỏi đầy đủ mỗi nguồn một lần, in {\"feeds\": [...]} rồi thoát (mã 1 khi có nguồn lỗi). Dừng gọn khi nhận SIGTERM.",
    "Poll every feed once, print the summary and exit.": "Hỏi mỗi nguồn một lần, in tóm tắt rồi thoát.",
    "Usage: cityops-cli feeds run --config FILE --db DB [--once]":
        "Cách dùng: cityops-cli feeds run --config TỆP --db CSDL [--once]",
    "not a valid regular expression: %1 at %2": "không phải biểu thức chính quy hợp lệ: %1 tại vị trí %2",
    "{%1} is not a named group of the rule's id or attribute pattern (nor entity, type or attribute)":
        "{%1} không phải nhóm có tên của mẫu id hay mẫu thuộc tính của quy tắc (cũng không phải entity, type hay attribute)",
    "unknown indicator \"%1\"": "chỉ tiêu không xác định \"%1\"",
    "no conversion from %1 to %2, the unit of %3": "không có phép đổi từ %1 sang %2, đơn vị của %3",
    "must be an object: attribute → indicator": "phải là một đối tượng: thuộc tính → chỉ tiêu",
    "must be an indicator id or {\"indicator\", \"unit\"}": "phải là mã chỉ tiêu hoặc {\"indicator\", \"unit\"}",
    "required: a template such as \"{station}\", or {\"nearestStation\": {\"withinMeters\": 500}}":
        "bắt buộc: một mẫu như \"{station}\", hoặc {\"nearestStation\": {\"withinMeters\": 500}}",
    "required: a distance from 1 to 50,000 metres": "bắt buộc: một khoảng cách từ 1 đến 50.000 mét",
    "unknown station kind \"%1\"": "loại trạm không xác định \"%1\"",
    "must be an object": "phải là một đối tượng",
    "needs either \"attributes\" (attribute → indicator) or \"indicator\"":
        "cần \"attributes\" (thuộc tính → chỉ tiêu) hoặc \"indicator\"",
    "\"attribute\" and \"unit\" go with \"indicator\", not with \"attributes\"":
        "\"attribute\" và \"unit\" đi với \"indicator\", không đi với \"attributes\"",
    "a SensorThings feed's items are of type Datastream": "các mục của nguồn SensorThings có kiểu Datastream",
    "%1 is not supported yet (ngsi-v2 and sensorthings are)": "%1 chưa được hỗ trợ (ngsi-v2 và sensorthings đã có)",
    "must be ngsi-v2 or sensorthings, not \"%1\"": "phải là ngsi-v2 hoặc sensorthings, không phải \"%1\"",
    "not an http(s) URL: %1": "không phải địa chỉ http(s): %1",
    "holds a user name or password: credentials never go in the feeds file":
        "chứa tên người dùng hoặc mật khẩu: thông tin đăng nhập không bao giờ được ghi trong tệp nguồn",
    "must start with /": "phải bắt đầu bằng /",
    "only for ngsi-v2 feeds": "chỉ dành cho nguồn ngsi-v2",
    "must be live or demo": "phải là live hoặc demo",
    "unknown time zone \"%1\" (an IANA name such as Asia/Ho_Chi_Minh, UTC, or +07:00)":
        "múi giờ không xác định \"%1\" (một tên IANA như Asia/Ho_Chi_Minh, UTC, hoặc +07:00)",
    "must be first, last, mean or reject": "phải là first, last, mean hoặc reject",
    "must be an array of attribute names": "phải là một mảng tên thuộc tính",
    "must be lower-case letters, digits and hyphens": "phải gồm chữ thường, chữ số và dấu gạch nối",
    "required: a non-empty array of rules": "bắt buộc: một mảng quy tắc không rỗng",
    "not JSON: %1 at byte %2": "không phải JSON: %1 tại byte %2",
    "must be an object with \"feeds\"": "phải là một đối tượng có \"feeds\"",
    "The feeds file is not valid": "Tệp nguồn dữ liệu không hợp lệ",
    "required: a non-empty array of feeds": "bắt buộc: một mảng nguồn không rỗng",
    "\"%1\" names an earlier feed too": "\"%1\" cũng là tên của một nguồn phía trước",
    "Cannot read the feeds file": "Không đọc được tệp nguồn dữ liệu",
    "%1 maps it to %2, which is not in the catalog": "%1 ánh xạ nó vào %2, chỉ tiêu không có trong danh mục",
    "the feed's unit %1 is not one CityOps knows": "đơn vị %1 của nguồn không phải đơn vị CityOps biết",
    "sent in %1; %2 is in %3, and there is no conversion": "gửi theo %1; %2 tính bằng %3, và không có phép đổi",
    "%1 names no place for this entity": "%1 không chỉ ra địa điểm cho thực thể này",
    "the entity has no location, and %1 places it by the nearest station":
        "thực thể không có vị trí, mà %1 xác định địa điểm theo trạm gần nhất",
    "no station within %1 m of %2, %3": "không có trạm nào trong vòng %1 m quanh %2, %3",
    "the server gave no Thing for this Datastream, and %1 names the place by it":
        "máy chủ không cho biết Thing của Datastream này, mà %1 đặt tên địa điểm theo nó",
    "%1 is in the future": "%1 nằm ở tương lai",
    "the server's @iot.nextLink leads back to a page already read":
        "@iot.nextLink của máy chủ dẫn về một trang đã đọc",
    "the paging did not end after %1 pages": "việc phân trang không kết thúc sau %1 trang",
    "not JSON: %1": "không phải JSON: %1",
})

VI.update({
    "Protocol %1 is not supported yet (ngsi-v2 and sensorthings are)":
        "Giao thức %1 chưa được hỗ trợ (ngsi-v2 và sensorthings đã có)",
    "cannot reach the server: %1": "không kết nối được máy chủ: %1",
})
EN_PLURALS.update({
    "%1: valid, %n feed(s)": ["%1: valid, %n feed", "%1: valid, %n feeds"],
    "Collecting %n feed(s); SIGTERM or Ctrl+C stops.":
        ["Collecting %n feed; SIGTERM or Ctrl+C stops.", "Collecting %n feeds; SIGTERM or Ctrl+C stops."],
})

VI.update({
    "an NGSI-v2 feed polls incrementally by dateObserved or dateModified":
        "nguồn NGSI-v2 hỏi tăng dần theo dateObserved hoặc dateModified",
    "a SensorThings feed polls incrementally by phenomenonTime": "nguồn SensorThings hỏi tăng dần theo phenomenonTime",
    "only from the service root (…/v1.1): a collection URL is read as given":
        "chỉ từ gốc dịch vụ (…/v1.1): một địa chỉ tập hợp được đọc đúng như đã cho",
})

VI.update({
    "Stores a feed's secret (an API key, a token, a password) in the system keychain under ENTRY, reading it from standard input; the feeds file names the entry in its \"credential\": {\"keychain\": ENTRY}.":
        "Lưu bí mật của một nguồn (khóa API, mã thông báo, mật khẩu) vào kho khóa của hệ thống dưới tên ENTRY, đọc từ đầu vào chuẩn; tệp nguồn gọi mục này trong \"credential\": {\"keychain\": ENTRY}.",
    "The keychain entry, e.g. orion-danang": "Tên mục trong kho khóa, ví dụ orion-danang",
    "Usage: cityops-cli feeds secret ENTRY < secret-file": "Cách dùng: cityops-cli feeds secret ENTRY < tệp-bí-mật",
    "No secret on standard input": "Không có bí mật nào ở đầu vào chuẩn",
    "Stored in the keychain as %1.": "Đã lưu vào kho khóa với tên %1.",
    "Usage:\n  cityops-cli feeds check --config FILE\n  cityops-cli feeds run --config FILE --db DB [--once]\n  cityops-cli feeds secret ENTRY < secret-file\n  cityops-cli feeds probe ngsi-v2|sensorthings URL [--type T] [--service S] [--service-path P] [--config FILE]\n\nReads the city's live feeds: check validates a feeds file, run collects (--once: one poll of every feed, then a JSON summary), probe shows what a feed would give.":
        "Cách dùng:\n  cityops-cli feeds check --config TỆP\n  cityops-cli feeds run --config TỆP --db CSDL [--once]\n  cityops-cli feeds secret ENTRY < tệp-bí-mật\n  cityops-cli feeds probe ngsi-v2|sensorthings URL [--type T] [--service S] [--service-path P] [--config TỆP]\n\nĐọc các nguồn dữ liệu trực tuyến của thành phố: check kiểm tra tệp nguồn, run thu thập (--once: hỏi mỗi nguồn một lần rồi in tóm tắt JSON), secret lưu bí mật của nguồn vào kho khóa, probe cho xem một nguồn sẽ cho gì.",
    "the keychain did not answer within %n second(s)": ["kho khóa không trả lời trong %n giây"],
    "keychain entry %1: %2": "mục %1 trong kho khóa: %2",
    "no credential file %1": "không có tệp thông tin đăng nhập %1",
    "the credential file %1 can be read by others (mode %2): refused; make it the collector's own with chmod 600":
        "tệp thông tin đăng nhập %1 người khác đọc được (quyền %2): từ chối; hãy để chỉ bộ thu thập đọc được bằng chmod 600",
    "cannot read the credential file %1": "không đọc được tệp thông tin đăng nhập %1",
    "environment variable %1: not set": "biến môi trường %1: chưa đặt",
    "no credential found (%1)": "không tìm thấy thông tin đăng nhập (%1)",
    "cannot store the secret in the keychain: %1": "không lưu được bí mật vào kho khóa: %1",
    "cannot read %1: %2": "không đọc được %1: %2",
    "%1 holds no PEM certificate": "%1 không chứa chứng chỉ PEM nào",
    "must be an HTTP header name": "phải là tên một trường tiêu đề HTTP",
    "names no keychain entry, environment variable or file": "không chỉ ra mục kho khóa, biến môi trường hay tệp nào",
    "a credential is sent only over https (or to this machine)":
        "thông tin đăng nhập chỉ được gửi qua https (hoặc tới chính máy này)",
    "feed %1: %2": "nguồn %1: %2",
    "(asks to be called again in %n second(s))": ["(yêu cầu gọi lại sau %n giây)"],
    "the server's TLS certificate is not trusted: %1 (a private certificate authority goes in the feed's \"caFile\"; verification is never turned off)":
        "chứng chỉ TLS của máy chủ không được tin cậy: %1 (tổ chức cấp chứng chỉ riêng ghi ở \"caFile\" của nguồn; việc kiểm tra không bao giờ bị tắt)",
})
EN_PLURALS.update({
    "the keychain did not answer within %n second(s)":
        ["the keychain did not answer within %n second", "the keychain did not answer within %n seconds"],
    "(asks to be called again in %n second(s))":
        ["(asks to be called again in %n second)", "(asks to be called again in %n seconds)"],
})

VI.update({
    "named numeric but is not a number: %1": "được khai báo là số nhưng không phải số: %1",
    "no time: neither observedAt nor the entity's dateObserved":
        "không có thời điểm: không có observedAt, cũng không có dateObserved của thực thể",
    "not NGSI-LD entities: neither an array nor an object": "không phải thực thể NGSI-LD: không phải mảng cũng không phải đối tượng",
})


VI.update({
    "Usage:\n  cityops-cli feeds check --config FILE\n  cityops-cli feeds run --config FILE --db DB [--once]\n  cityops-cli feeds secret ENTRY < secret-file\n  cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config FILE]\n\nReads the city's live feeds: check validates a feeds file, run collects (--once: one poll of every feed, then a JSON summary), probe shows what a feed would give.":
        "Cách dùng:\n  cityops-cli feeds check --config TỆP\n  cityops-cli feeds run --config TỆP --db CSDL [--once]\n  cityops-cli feeds secret ENTRY < tệp-bí-mật\n  cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config TỆP]\n\nĐọc các nguồn dữ liệu trực tuyến của thành phố: check kiểm tra tệp nguồn, run thu thập (--once: hỏi mỗi nguồn một lần rồi in tóm tắt JSON), secret lưu bí mật của nguồn vào kho khóa, probe cho xem một nguồn sẽ cho gì.",
    "Usage: cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config FILE]":
        "Cách dùng: cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config TỆP]",
    "Unknown protocol %1 (ngsi-v2, ngsi-ld or sensorthings)": "Giao thức không biết: %1 (ngsi-v2, ngsi-ld hoặc sensorthings)",
    "ngsi-v2, ngsi-ld or sensorthings": "ngsi-v2, ngsi-ld hoặc sensorthings",
    "Only entities of this type (NGSI).": "Chỉ các thực thể thuộc kiểu này (NGSI).",
    "The tenant (Fiware-Service; NGSI-LD: NGSILD-Tenant).": "Tenant (Fiware-Service; NGSI-LD: NGSILD-Tenant).",
    "%1 is not supported yet (ngsi-v2, ngsi-ld and sensorthings are)": "%1 chưa được hỗ trợ (đã hỗ trợ ngsi-v2, ngsi-ld và sensorthings)",
    "must be ngsi-v2, ngsi-ld or sensorthings, not \"%1\"": "phải là ngsi-v2, ngsi-ld hoặc sensorthings, không phải \"%1\"",
    "only for NGSI feeds": "chỉ dùng cho nguồn NGSI",
    "NGSI-LD has no service path: a tenant is its \"service\"": "NGSI-LD không có service path: tenant là \"service\" của nó",
    "only for ngsi-ld feeds": "chỉ dùng cho nguồn ngsi-ld",
    "not a URL: %1": "không phải địa chỉ URL: %1",
    "an NGSI-LD feed polls incrementally by observedAt (the temporal API)":
        "nguồn NGSI-LD chỉ đọc phần mới theo observedAt (API thời gian)",
    "the paging leads back to a page already read": "việc phân trang dẫn về một trang đã đọc",
    "a partial answer (206) without a date-time Content-Range": "câu trả lời một phần (206) không có Content-Range kiểu date-time",
})


VI.update({
    "measure group %1 is empty (\"##\")": "nhóm số đo %1 rỗng (\"##\")",
    "measure group %1: %2 is not a time (an odd number of fields begins with one)":
        "nhóm số đo %1: %2 không phải thời điểm (số trường lẻ thì trường đầu là thời điểm)",
    "measure group %1: a measure without a name (\"||\")": "nhóm số đo %1: một số đo không có tên (\"||\")",
    "no value (\"||\")": "không có giá trị (\"||\")",
    "not a number: %1": "không phải số: %1",
    "an empty payload": "nội dung rỗng",
})


VI.update({
    "Cannot make the MQTT client": "Không tạo được trình khách MQTT",
    "a persistent session needs a client id": "phiên lâu dài cần một mã trình khách (client id)",
    "Cannot set the MQTT credentials": "Không đặt được thông tin đăng nhập MQTT",
    "Cannot set up TLS for MQTT": "Không thiết lập được TLS cho MQTT",
    "Cannot connect to the MQTT broker": "Không kết nối được tới broker MQTT",
    "Cannot start the MQTT client": "Không khởi động được trình khách MQTT",
    "the broker refused the connection: %1": "broker từ chối kết nối: %1",
    "the connection to the broker was lost (%1); reconnecting": "mất kết nối tới broker (%1); đang kết nối lại",
})

VI.update({
    "the broker refused a subscription (not allowed to read the topic?)":
        "broker từ chối một đăng ký (không được phép đọc chủ đề này?)",
    "reading %1: %2 = %3 is not a time (ISO 8601)": "bản đọc %1: %2 = %3 không phải thời điểm (ISO 8601)",
    "not a number: \"%1\" (list the attribute in numericText if it is a number sent as text)":
        "không phải số: \"%1\" (ghi thuộc tính vào numericText nếu đó là số gửi dưới dạng chữ)",
    "not a number: \"%1\"": "không phải số: \"%1\"",
    "not a number": "không phải số",
    "not JSON: %1 at byte %2": "không phải JSON: %1 tại byte %2",
    "must be an object of measures, or an array of them": "phải là một đối tượng số đo, hoặc một mảng các đối tượng đó",
    "reading %1 is not an object of measures": "bản đọc %1 không phải đối tượng số đo",
    "feed %1: %2": "nguồn %1: %2",
    "must be ngsi-v2, ngsi-ld, sensorthings or mqtt, not \"%1\"":
        "phải là ngsi-v2, ngsi-ld, sensorthings hoặc mqtt, không phải \"%1\"",
    "not an mqtt:// or mqtts:// URL: %1": "không phải địa chỉ mqtt:// hoặc mqtts://: %1",
    "an MQTT broker's URL has no path: the topics say what is read (\"topics\")":
        "địa chỉ broker MQTT không có đường dẫn: các chủ đề (\"topics\") cho biết đọc gì",
    "only for mqtt feeds": "chỉ dành cho nguồn mqtt",
    "not for mqtt feeds: the broker sends each message as it comes":
        "không dành cho nguồn mqtt: broker gửi từng tin ngay khi có",
    "%1 is not a topic filter (levels separated by /, + a whole level, # the whole last one)":
        "%1 không phải bộ lọc chủ đề (các cấp ngăn bởi /, + thay cả một cấp, # thay cả cấp cuối)",
    "a non-text": "một giá trị không phải chữ",
    "required: a non-empty array of topic filters": "bắt buộc: một mảng bộ lọc chủ đề không rỗng",
    "must be json or ultralight": "phải là json hoặc ultralight",
    "only for json payloads: an UltraLight group's time is its first field":
        "chỉ dành cho nội dung json: thời điểm của một nhóm UltraLight là trường đầu của nó",
    "an MQTT feed's credential is the password of its \"username\": no header":
        "thông tin xác thực của nguồn MQTT là mật khẩu của \"username\": không có header",
    "an MQTT password goes with a \"username\"": "mật khẩu MQTT phải đi kèm \"username\"",
    "a credential is sent only over TLS (https, mqtts) or to this machine":
        "thông tin xác thực chỉ được gửi qua TLS (https, mqtts) hoặc tới chính máy này",
    "an MQTT message has no location: its place is a template (from the topic)":
        "tin MQTT không có vị trí: nơi của nó là một mẫu (lấy từ chủ đề)",
    "feed %1 is not polled": "nguồn %1 không được hỏi định kỳ",
    "an MQTT feed's messages come as they are published: it is subscribed to":
        "tin của nguồn MQTT đến ngay khi được phát: nguồn được đăng ký nhận",
    "feed %1: the archive cannot be written": "nguồn %1: không ghi được vào kho lưu trữ",
    "%1: an MQTT feed, subscribed to by feeds run without --once":
        "%1: nguồn MQTT, được đăng ký nhận bởi feeds run khi không có --once",
    "%1: subscribed to %2 at %3": "%1: đã đăng ký nhận %2 tại %3",
    "The headless collector: polls every HTTP feed of the feeds file at its interval and subscribes to every MQTT feed, and ingests what it reads into the archive, one JSON line per poll ({\"feed\", \"fetched\", \"accepted\", \"quarantined\", \"errors\"}; an MQTT feed: every pollSeconds, and at once when its connection is lost). --once: one full poll of every HTTP feed, then {\"feeds\": [...]} and exit (1 when a feed failed). Stops cleanly on SIGTERM, writing what it has received.":
        "Bộ thu không giao diện: hỏi mọi nguồn HTTP trong tệp nguồn theo chu kỳ của nó và đăng ký nhận mọi nguồn MQTT, rồi nạp những gì đọc được vào kho lưu trữ, mỗi lần hỏi một dòng JSON ({\"feed\", \"fetched\", \"accepted\", \"quarantined\", \"errors\"}; nguồn MQTT: mỗi pollSeconds, và ngay khi mất kết nối). --once: hỏi trọn một lượt mọi nguồn HTTP, rồi in {\"feeds\": [...]} và thoát (1 khi có nguồn lỗi). Dừng gọn khi nhận SIGTERM, ghi lại những gì đã nhận.",
})

VI.update({
    "The feeds cannot be collected: %1": "Không thu thập được các nguồn dữ liệu: %1",
    "Feed %1: %2": "Nguồn %1: %2",
    "Collect the feeds of this feeds file into the archive shown (--db), in this process, as cityops-cli feeds run does; the wall and the desk follow it. Not with --demo.":
        "Thu thập các nguồn trong tệp nguồn này vào kho lưu trữ đang hiển thị (--db), ngay trong tiến trình này, như cityops-cli feeds run; màn hình tường và bàn điều hành theo dõi nó. Không dùng cùng --demo.",
    "--feeds collects into the archive shown with --db, not into the demo city":
        "--feeds thu thập vào kho lưu trữ hiển thị bằng --db, không vào thành phố mô phỏng",
})

VI.update({
    "With --feeds: open the desk on the feeds' health (one row per feed).":
        "Cùng --feeds: mở bàn điều hành ở bảng tình trạng các nguồn (mỗi nguồn một dòng).",
    "--feed-health opens the desk's feed panel: it needs --feeds, not --wall":
        "--feed-health mở bảng nguồn dữ liệu của bàn điều hành: cần --feeds, không dùng với --wall",
    "● fine": "● tốt",
    "▲ late": "▲ chậm",
    "✖ failing": "✖ lỗi",
    "○ waiting": "○ đang chờ",
    "never": "chưa lần nào",
    "%1 (%n min ago)": ["%1 (%n phút trước)"],
    "Feed": "Nguồn",
    "Condition": "Tình trạng",
    "Last success": "Lần tốt gần nhất",
    "Poll takes": "Thời gian đọc",
    "Records / min": "Bản ghi / phút",
    "Quarantined": "Cách ly",
    "Last error": "Lỗi gần nhất",
    "Feeds collected by this console — %1": "Các nguồn dữ liệu máy này thu thập — %1",
    "This console collects no feeds (cityops --feeds FILE).": "Máy này không thu thập nguồn nào (cityops --feeds TỆP).",
    "● feeds %1/%2": "● nguồn %1/%2",
    "✖ feeds %1/%2": "✖ nguồn %1/%2",
    "Feeds": "Nguồn dữ liệu",
})

EN_PLURALS.update({
    "%1 (%n min ago)": ["%1 (%n min ago)", "%1 (%n min ago)"],
})

VI.update({
    "cannot make %1": "không tạo được %1",
    "cannot move %1 to %2": "không chuyển được %1 sang %2",
    "the drop folder %1 is not there": "không có thư mục nhận tệp %1",
    "%1: %2": "%1: %2",
    "must be ngsi-v2, ngsi-ld, sensorthings, mqtt or folder, not \"%1\"":
        "phải là ngsi-v2, ngsi-ld, sensorthings, mqtt hoặc folder, không phải \"%1\"",
    "not for a folder feed: it reads files through its \"mapping\"":
        "không dành cho nguồn thư mục: nguồn này đọc tệp qua \"mapping\" của nó",
    "%1 is not a folder": "%1 không phải thư mục",
    "%1 must be readable and writable (files read are moved to done/)":
        "%1 phải đọc và ghi được (tệp đã đọc được chuyển vào done/)",
    "must be file name patterns such as \"*.csv\"": "phải là các mẫu tên tệp như \"*.csv\"",
})

VI.update({
    "measure group %1 is a command result (device@command|result), not a measure":
        "nhóm số đo %1 là kết quả lệnh (thiết bị@lệnh|kết quả), không phải số đo",
    "measure group %1: %2 is not a time": "nhóm số đo %1: %2 không phải thời điểm",
    "measure group %1 has an empty field (\"||\")": "nhóm số đo %1 có trường rỗng (\"||\")",
    "not UltraLight 2.0: %1; nothing of it is read": "không phải UltraLight 2.0: %1; không đọc phần nào",
    "%1: the series it writes could not be noted in the archive: %2":
        "%1: không ghi được vào kho lưu trữ các chuỗi số liệu mà nguồn này ghi: %2",
    "%1: where it has read to could not be noted in the archive: %2":
        "%1: không ghi được vào kho lưu trữ mốc thời gian nguồn này đã đọc đến: %2",
    "only for sensorthings feeds (read incrementally from the service root)":
        "chỉ dành cho nguồn sensorthings (đọc dần từ gốc dịch vụ)",
    "only for ngsi-ld feeds (the temporal API, read in steps of so many hours)":
        "chỉ dành cho nguồn ngsi-ld (API thời gian, đọc theo từng bước bấy nhiêu giờ)",
    "only for sensorthings and ngsi-ld feeds (read incrementally)":
        "chỉ dành cho nguồn sensorthings và ngsi-ld (đọc dần)",
    "%1 to %2 can no longer be read: the server keeps the last %n hour(s), and what it had in between is lost":
        ["Không còn đọc được từ %1 đến %2: máy chủ chỉ giữ %n giờ gần nhất, dữ liệu trong khoảng đó đã mất"],
})

VI.update({
    "the stations the feeds described cannot be read: %1":
        "không đọc được các trạm mà nguồn dữ liệu đã mô tả: %1",
    "%1: the stations it describes could not be noted in the archive: %2":
        "%1: không ghi được vào kho lưu trữ các trạm mà nguồn này mô tả: %2",
    "no catalog area is of level \"%1\"": "không có khu vực nào trong danh mục thuộc cấp \"%1\"",
    "required: a template such as \"{station}\", {\"nearestStation\": {\"withinMeters\": 500}} or {\"areaContaining\": {\"level\": \"district\"}}":
        "bắt buộc: một mẫu như \"{station}\", {\"nearestStation\": {\"withinMeters\": 500}} hoặc {\"areaContaining\": {\"level\": \"district\"}}",
    "must be {\"file\": \"….geojson\", \"property\": \"gso_code\"}":
        "phải là {\"file\": \"….geojson\", \"property\": \"gso_code\"}",
    "%1 has no areas (Polygon or MultiPolygon features)": "%1 không có vùng nào (đối tượng Polygon hoặc MultiPolygon)",
    "feature %1 of %2: %3 \"%4\" is no catalog area's id or GSO code":
        "đối tượng %1 của %2: %3 \"%4\" không phải mã hay mã GSO của khu vực nào trong danh mục",
    "places by the area containing the item: the feed needs \"boundaries\"":
        "xác định nơi theo khu vực chứa mục dữ liệu: nguồn cần có \"boundaries\"",
    "%1 is in none of the areas of %2": "%1 không nằm trong khu vực nào của %2",
    "%1 is in %2 \"%3\", which is no catalog area%4 valid on %5":
        "%1 nằm trong %2 \"%3\", không phải khu vực nào trong danh mục%4 còn hiệu lực ngày %5",
    "the entity has no location, and %1 places it by the area containing it":
        "thực thể không có vị trí, mà %1 xác định nơi theo khu vực chứa nó",
})

def fill(path: Path, table: dict, plurals_only: bool) -> int:
    tree = ET.parse(path)
    missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        if plurals_only and not numerus:
            continue
        value = table.get(source)
        if value is None:
            if translation.get("type") == "unfinished" or not (translation.text or list(translation)):
                print(f"{path.name}: no translation for: {source}", file=sys.stderr)
                missing += 1
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if numerus:
            translation.text = None
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing


root = Path(__file__).resolve().parents[2] / "resources" / "i18n"
missing = fill(root / "cityops_vi.ts", VI, plurals_only=False)
fill(root / "cityops_en.ts", EN_PLURALS, plurals_only=True)
sys.exit(1 if missing else 0)
