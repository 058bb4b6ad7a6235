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
