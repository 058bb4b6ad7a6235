<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>cityops::CatalogLoader</name>
        <message>
            <source>unknown key %1</source>
            <translation>khóa không xác định %1</translation>
        </message>
        <message>
            <source>%1 must be a string</source>
            <translation>%1 phải là chuỗi</translation>
        </message>
        <message>
            <source>%1 must not be empty</source>
            <translation>%1 không được để trống</translation>
        </message>
        <message>
            <source>%1 must be a number</source>
            <translation>%1 phải là số</translation>
        </message>
        <message>
            <source>%1 must be a whole number</source>
            <translation>%1 phải là số nguyên</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3, not %4</source>
            <translation>%1 phải nằm trong khoảng %2 đến %3, không phải %4</translation>
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation>%1 phải là true hoặc false</translation>
        </message>
        <message>
            <source>%1 must be an array</source>
            <translation>%1 phải là mảng</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 phải là đối tượng</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not %3</source>
            <translation>%1 phải là một trong %2, không phải %3</translation>
        </message>
        <message>
            <source>%1 %2 may only hold lower-case letters, digits, '.', '_' and '-'</source>
            <translation>%1 %2 chỉ được chứa chữ thường, chữ số, '.', '_' và '-'</translation>
        </message>
        <message>
            <source>%1 is not a date of the form YYYY-MM-DD: %2</source>
            <translation>%1 không phải ngày dạng YYYY-MM-DD: %2</translation>
        </message>
        <message>
            <source>missing required key %1</source>
            <translation>thiếu khóa bắt buộc %1</translation>
        </message>
        <message>
            <source>duplicate id %1 (first defined at %2)</source>
            <translation>trùng mã %1 (đã khai báo tại %2)</translation>
        </message>
        <message>
            <source>file is missing</source>
            <translation>thiếu tệp</translation>
        </message>
        <message>
            <source>file is larger than %1 bytes</source>
            <translation>tệp lớn hơn %1 byte</translation>
        </message>
        <message>
            <source>cannot read file: %1</source>
            <translation>không đọc được tệp: %1</translation>
        </message>
        <message>
            <source>not valid JSON: %1 at line %2, column %3</source>
            <translation>JSON không hợp lệ: %1 tại dòng %2, cột %3</translation>
        </message>
        <message>
            <source>the top level must be a JSON object</source>
            <translation>cấp ngoài cùng phải là một đối tượng JSON</translation>
        </message>
        <message>
            <source>schema version %1 is not supported (this build reads %2)</source>
            <translation>không hỗ trợ phiên bản lược đồ %1 (bản dựng này đọc %2)</translation>
        </message>
        <message>
            <source>each element must be an object</source>
            <translation>mỗi phần tử phải là một đối tượng</translation>
        </message>
        <message>
            <source>%1 (%2) must be less than %3 (%4)</source>
            <translation>%1 (%2) phải nhỏ hơn %3 (%4)</translation>
        </message>
        <message>
            <source>%1 is outside the plausible range %2 to %3</source>
            <translation>%1 nằm ngoài khoảng hợp lý %2 đến %3</translation>
        </message>
        <message>
            <source>unit %1 has no display form ('display')</source>
            <translation>đơn vị %1 không có dạng hiển thị ('display')</translation>
        </message>
        <message>
            <source>order %1 is already used by group %2</source>
            <translation>thứ tự %1 đã được nhóm %2 sử dụng</translation>
        </message>
        <message>
            <source>GSO code %1 must be 2 to 5 digits</source>
            <translation>mã TCTK %1 phải gồm 2 đến 5 chữ số</translation>
        </message>
        <message>
            <source>'validTo' is before 'validFrom'</source>
            <translation>'validTo' sớm hơn 'validFrom'</translation>
        </message>
        <message>
            <source>'bbox' must be [west, south, east, north] in degrees</source>
            <translation>'bbox' phải là [tây, nam, đông, bắc] tính bằng độ</translation>
        </message>
        <message>
            <source>longitude %1 is not between -180 and 180</source>
            <translation>kinh độ %1 không nằm trong khoảng -180 đến 180</translation>
        </message>
        <message>
            <source>latitude %1 is not between -90 and 90</source>
            <translation>vĩ độ %1 không nằm trong khoảng -90 đến 90</translation>
        </message>
        <message>
            <source>'stationKind' is required when 'dimension' is 'station'</source>
            <translation>cần 'stationKind' khi 'dimension' là 'station'</translation>
        </message>
        <message>
            <source>'stationKind' is only allowed when 'dimension' is 'station'</source>
            <translation>chỉ dùng 'stationKind' khi 'dimension' là 'station'</translation>
        </message>
        <message>
            <source>'badDirection' 'both' needs a 'normalBand'</source>
            <translation>'badDirection' 'both' cần có 'normalBand'</translation>
        </message>
        <message>
            <source>a threshold must be a number</source>
            <translation>ngưỡng phải là số</translation>
        </message>
        <message>
            <source>thresholds must be in ascending order</source>
            <translation>các ngưỡng phải theo thứ tự tăng dần</translation>
        </message>
        <message>
            <source>a target has either 'value' or 'band', not both</source>
            <translation>mục tiêu chỉ có 'value' hoặc 'band', không có cả hai</translation>
        </message>
        <message>
            <source>a target needs 'value', 'band' or a note</source>
            <translation>mục tiêu cần 'value', 'band' hoặc ghi chú</translation>
        </message>
        <message>
            <source>'ratio' must be greater than 0</source>
            <translation>'ratio' phải lớn hơn 0</translation>
        </message>
        <message>
            <source>a national benchmark needs 'value' or 'ratio'</source>
            <translation>số liệu cả nước cần 'value' hoặc 'ratio'</translation>
        </message>
        <message>
            <source>'asOf' must be YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>'asOf' phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD</translation>
        </message>
        <message>
            <source>an indicator id must be a string</source>
            <translation>mã chỉ số phải là chuỗi</translation>
        </message>
        <message>
            <source>unknown group %1 (indicator %2)</source>
            <translation>nhóm không tồn tại %1 (chỉ số %2)</translation>
        </message>
        <message>
            <source>unknown unit %1 (indicator %2)</source>
            <translation>đơn vị không tồn tại %1 (chỉ số %2)</translation>
        </message>
        <message>
            <source>unknown station kind %1 (indicator %2)</source>
            <translation>loại trạm không tồn tại %1 (chỉ số %2)</translation>
        </message>
        <message>
            <source>unknown parent area %1 (area %2)</source>
            <translation>địa bàn cấp trên không tồn tại %1 (địa bàn %2)</translation>
        </message>
        <message>
            <source>the parent chain of area %1 loops</source>
            <translation>chuỗi địa bàn cấp trên của %1 bị lặp vòng</translation>
        </message>
        <message>
            <source>GSO code %1 is also used by area %2 over an overlapping period</source>
            <translation>mã TCTK %1 cũng được địa bàn %2 dùng trong khoảng thời gian chồng lấn</translation>
        </message>
        <message>
            <source>unknown station kind %1 (station %2)</source>
            <translation>loại trạm không tồn tại %1 (trạm %2)</translation>
        </message>
        <message>
            <source>unknown area %1 (station %2)</source>
            <translation>địa bàn không tồn tại %1 (trạm %2)</translation>
        </message>
        <message>
            <source>station %1 at (%2, %3) lies outside the bounding box of area %4</source>
            <translation>trạm %1 tại (%2, %3) nằm ngoài khung bao của địa bàn %4</translation>
        </message>
        <message>
            <source>unknown indicator %1</source>
            <translation>chỉ số không tồn tại %1</translation>
        </message>
        <message>
            <source>catalog directory does not exist</source>
            <translation>thư mục danh mục không tồn tại</translation>
        </message>
        <message>
            <source>unexpected file: a catalog consists of %1</source>
            <translation>tệp không thuộc danh mục: danh mục gồm %1</translation>
        </message>
        <message numerus="yes">
            <source>The catalog in %1 has %n problem(s)</source>
            <translation>
                <numerusform>Danh mục tại %1 có %n lỗi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::VirtualClock</name>
        <message>
            <source>Clock speed must be between %1x and %2x</source>
            <translation>Tốc độ đồng hồ phải từ %1x đến %2x</translation>
        </message>
    </context>
    <context>
        <name>cityops::app</name>
        <message>
            <source>cannot write the screenshot to %1</source>
            <translation>không ghi được ảnh chụp màn hình vào %1</translation>
        </message>
        <message>
            <source>screenshot written: %1 (%2x%3)</source>
            <translation>đã ghi ảnh chụp màn hình: %1 (%2x%3)</translation>
        </message>
    </context>
    <context>
        <name>cityops::app::GuiOptions</name>
        <message>
            <source>CityOps: the desktop client of Da Nang's Intelligent Operations Center.</source>
            <translation>CityOps: ứng dụng máy tính của Trung tâm Giám sát, điều hành đô thị thông minh Đà Nẵng.</translation>
        </message>
        <message>
            <source>Language: vi (default) or en.</source>
            <translation>Ngôn ngữ: vi (mặc định) hoặc en.</translation>
        </message>
        <message>
            <source>Use the catalog in DIR instead of the built-in one.</source>
            <translation>Dùng danh mục trong thư mục DIR thay cho danh mục có sẵn.</translation>
        </message>
        <message>
            <source>Render the window offscreen to the PNG file FILE and exit.</source>
            <translation>Vẽ cửa sổ ngoài màn hình ra tệp PNG FILE rồi thoát.</translation>
        </message>
        <message>
            <source>Size of the screenshot, WxH (default 1920x1080).</source>
            <translation>Kích thước ảnh chụp, RxC (mặc định 1920x1080).</translation>
        </message>
        <message>
            <source>--lang must be vi or en</source>
            <translation>--lang phải là vi hoặc en</translation>
        </message>
        <message>
            <source>--size must be WIDTHxHEIGHT between 320x240 and 16384x16384</source>
            <translation>--size phải có dạng RỘNGxCAO, từ 320x240 đến 16384x16384</translation>
        </message>
        <message>
            <source>Unexpected argument</source>
            <translation>Tham số không mong đợi</translation>
        </message>
    </context>
    <context>
        <name>cityops::cli</name>
        <message>
            <source>Show or check the catalog of data groups and indicators</source>
            <translation>Xem hoặc kiểm tra danh mục nhóm dữ liệu và chỉ số</translation>
        </message>
        <message>
            <source>Usage: %1 [--lang vi|en] COMMAND [options]</source>
            <translation>Cách dùng: %1 [--lang vi|en] LỆNH [tùy chọn]</translation>
        </message>
        <message>
            <source>CityOps, the operations-center client, without a window.</source>
            <translation>CityOps, ứng dụng trung tâm điều hành, chạy không cần cửa sổ.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Lệnh:</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Tùy chọn:</translation>
        </message>
        <message>
            <source>Language of messages (default: vi)</source>
            <translation>Ngôn ngữ thông báo (mặc định: vi)</translation>
        </message>
        <message>
            <source>Print the version and exit</source>
            <translation>In phiên bản rồi thoát</translation>
        </message>
        <message>
            <source>Print this help and exit</source>
            <translation>In trợ giúp này rồi thoát</translation>
        </message>
        <message>
            <source>'%1 COMMAND --help' describes a command.</source>
            <translation>'%1 LỆNH --help' mô tả từng lệnh.</translation>
        </message>
        <message>
            <source>Unknown option: %1</source>
            <translation>Tùy chọn không hợp lệ: %1</translation>
        </message>
        <message>
            <source>Unknown command: %1</source>
            <translation>Lệnh không hợp lệ: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::cli::catalog</name>
        <message>
            <source>CityOps catalog: %1</source>
            <translation>Danh mục CityOps: %1</translation>
        </message>
        <message>
            <source>%1 data groups, %2 indicators (%3 KPIs), %4 areas, %5 stations, %6 statistics services, %7 warning rules</source>
            <translation>%1 nhóm dữ liệu, %2 chỉ số (%3 KPI), %4 địa bàn, %5 trạm, %6 dịch vụ thống kê, %7 quy tắc cảnh báo</translation>
        </message>
        <message>
            <source>Data groups</source>
            <translation>Nhóm dữ liệu</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n chỉ số</numerusform>
            </translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>Chỉ số chính (KPI)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>national %1</source>
            <translation>cả nước %1</translation>
        </message>
        <message>
            <source>%1x the national average</source>
            <translation>gấp %1 lần bình quân cả nước</translation>
        </message>
        <message>
            <source>target %1: %2</source>
            <translation>mục tiêu %1: %2</translation>
        </message>
        <message>
            <source>Shows the catalog of data groups, indicators, areas and stations, or checks a catalog directory.</source>
            <translation>Hiển thị danh mục nhóm dữ liệu, chỉ số, địa bàn và trạm, hoặc kiểm tra một thư mục danh mục.</translation>
        </message>
        <message>
            <source>Print the whole catalog as one JSON object.</source>
            <translation>In toàn bộ danh mục thành một đối tượng JSON.</translation>
        </message>
        <message>
            <source>Validate the catalog directory PATH: exit 0 when valid, 2 with one line per problem otherwise.</source>
            <translation>Kiểm tra thư mục danh mục PATH: thoát 0 nếu hợp lệ, ngược lại thoát 2 và in mỗi lỗi một dòng.</translation>
        </message>
        <message>
            <source>Use the catalog in DIR instead of the built-in one.</source>
            <translation>Dùng danh mục trong thư mục DIR thay cho danh mục có sẵn.</translation>
        </message>
        <message>
            <source>Language of the output: vi or en.</source>
            <translation>Ngôn ngữ đầu ra: vi hoặc en.</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>Tham số không mong đợi: %1</translation>
        </message>
        <message>
            <source>%1: valid (%2 groups, %3 indicators, %4 areas, %5 stations)</source>
            <translation>%1: hợp lệ (%2 nhóm, %3 chỉ số, %4 địa bàn, %5 trạm)</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>có sẵn</translation>
        </message>
    </context>
    <context>
        <name>cityops::timeutil</name>
        <message>
            <source>Not a date and time in ISO 8601 form</source>
            <translation>Không phải ngày giờ theo ISO 8601</translation>
        </message>
        <message>
            <source>This local time does not exist in the time zone</source>
            <translation>Giờ địa phương này không tồn tại trong múi giờ</translation>
        </message>
        <message>
            <source>Not a calendar date in the form YYYY-MM-DD</source>
            <translation>Không phải ngày dạng YYYY-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::GroupTile</name>
        <message>
            <source>weekly</source>
            <translation>hằng tuần</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>hằng tháng</translation>
        </message>
        <message>
            <source>quarterly</source>
            <translation>hằng quý</translation>
        </message>
        <message>
            <source>yearly</source>
            <translation>hằng năm</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ngày</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n giờ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n phút</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n giây</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n chỉ số</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::KpiCard</name>
        <message>
            <source>no figure yet</source>
            <translation>chưa có số liệu</translation>
        </message>
        <message>
            <source>national %1</source>
            <translation>cả nước %1</translation>
        </message>
        <message>
            <source>×%1</source>
            <translation>×%1</translation>
        </message>
        <message>
            <source>%1× the national average</source>
            <translation>gấp %1 lần bình quân cả nước</translation>
        </message>
        <message>
            <source>target %1: %2</source>
            <translation>mục tiêu %1: %2</translation>
        </message>
        <message>
            <source>Published figure as of %1</source>
            <translation>Số liệu công bố tính đến %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Nguồn: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::MainWindow</name>
        <message>
            <source>CityOps — Da Nang Intelligent Operations Center</source>
            <translation>CityOps — Trung tâm Giám sát, điều hành đô thị thông minh Đà Nẵng</translation>
        </message>
        <message>
            <source>CityOps · Da Nang Intelligent Operations Center</source>
            <translation>CityOps · Trung tâm điều hành thông minh Đà Nẵng</translation>
        </message>
        <message>
            <source>Key indicators — published figures, targets and the national average</source>
            <translation>Chỉ số chính — số liệu công bố, mục tiêu và bình quân cả nước</translation>
        </message>
        <message>
            <source>%1 data groups · %2 indicators — no live feed connected yet</source>
            <translation>%1 nhóm dữ liệu · %2 chỉ số — chưa kết nối nguồn dữ liệu trực tiếp</translation>
        </message>
    </context>
</TS>
