<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>QCommandLineParser</name>
        <message>
            <source>Displays version information.</source>
            <translation>Hiển thị thông tin phiên bản.</translation>
        </message>
        <message>
            <source>Displays help on commandline options.</source>
            <translation>Hiển thị trợ giúp về các tùy chọn dòng lệnh.</translation>
        </message>
        <message>
            <source>Displays help including Qt specific options.</source>
            <translation>Hiển thị trợ giúp, kể cả các tùy chọn riêng của Qt.</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>Cách dùng: %1</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Tùy chọn:</translation>
        </message>
        <message>
            <source>Arguments:</source>
            <translation>Tham số:</translation>
        </message>
        <message>
            <source>[options]</source>
            <translation>[tùy chọn]</translation>
        </message>
        <message>
            <source>Unknown option '%1'.</source>
            <translation>Tùy chọn không xác định '%1'.</translation>
        </message>
        <message>
            <source>Unknown options: %1.</source>
            <translation>Các tùy chọn không xác định: %1.</translation>
        </message>
        <message>
            <source>Missing value after '%1'.</source>
            <translation>Thiếu giá trị sau '%1'.</translation>
        </message>
        <message>
            <source>Unexpected value after '%1'.</source>
            <translation>Giá trị không mong đợi sau '%1'.</translation>
        </message>
    </context>
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
        <message>
            <source>%1 must be a number from 0 to 1</source>
            <translation>%1 phải là số từ 0 đến 1</translation>
        </message>
        <message>
            <source>%1 must be a whole number of at least 1</source>
            <translation>%1 phải là số nguyên từ 1 trở lên</translation>
        </message>
        <message>
            <source>%1 must be a duration like 30min, 24h or 7d</source>
            <translation>%1 phải là khoảng thời gian dạng 30min, 24h hoặc 7d</translation>
        </message>
        <message>
            <source>%1 quantile needs %2</source>
            <translation>%1 quantile cần %2</translation>
        </message>
        <message>
            <source>%1 compares months, quarters or years only</source>
            <translation>%1 chỉ so sánh tháng, quý hoặc năm</translation>
        </message>
        <message>
            <source>%1 must be one of %2, or a list of place ids</source>
            <translation>%1 phải là một trong %2, hoặc danh sách mã địa điểm</translation>
        </message>
        <message>
            <source>a place id must be a string</source>
            <translation>mã địa điểm phải là chuỗi ký tự</translation>
        </message>
        <message>
            <source>%1 must be "last 24h", "today", "this month", "last full year", "all" or {"from": …, "to": …}, not %2</source>
            <translation>%1 phải là "last 24h", "today", "this month", "last full year", "all" hoặc {"from": …, "to": …}, không phải %2</translation>
        </message>
        <message>
            <source>%1 must be after %2</source>
            <translation>%1 phải sau %2</translation>
        </message>
        <message>
            <source>unknown kind %1</source>
            <translation>loại thống kê không xác định %1</translation>
        </message>
        <message numerus="yes">
            <source>a %1 service names %n indicator(s)</source>
            <translation>
                <numerusform>dịch vụ %1 có đúng %n chỉ số</numerusform>
            </translation>
        </message>
        <message>
            <source>a %1 service compares places: %2 is city-wide</source>
            <translation>dịch vụ %1 so sánh các địa điểm: %2 là số liệu toàn thành phố</translation>
        </message>
        <message>
            <source>%1 has no targets to compare with</source>
            <translation>%1 không có mục tiêu để so sánh</translation>
        </message>
        <message>
            <source>%1 has no national figure to compare with</source>
            <translation>%1 không có số liệu cả nước để so sánh</translation>
        </message>
        <message>
            <source>unknown group %1</source>
            <translation>nhóm dữ liệu không xác định %1</translation>
        </message>
        <message>
            <source>unknown place %1</source>
            <translation>địa điểm không xác định %1</translation>
        </message>
        <message>
            <source>places %1 does not fit %2: its series are per %3</source>
            <translation>phạm vi địa điểm %1 không phù hợp với %2: chuỗi số liệu của nó theo %3</translation>
        </message>
        <message>
            <source>%1 must be a number above 0</source>
            <translation>%1 phải là số lớn hơn 0</translation>
        </message>
        <message>
            <source>%1 must be a list or an object</source>
            <translation>%1 phải là một danh sách hoặc một đối tượng</translation>
        </message>
        <message>
            <source>each level must be an object</source>
            <translation>mỗi mức phải là một đối tượng</translation>
        </message>
        <message>
            <source>a level has %1 or %2, one of them</source>
            <translation>mỗi mức có %1 hoặc %2, chỉ một trong hai</translation>
        </message>
        <message>
            <source>every level of a rule goes the same way (all above or all below)</source>
            <translation>mọi mức của một quy tắc cùng một chiều (đều above hoặc đều below)</translation>
        </message>
        <message>
            <source>%1 must be on the normal side of %2 (%3)</source>
            <translation>%1 phải nằm phía bình thường của %2 (%3)</translation>
        </message>
        <message>
            <source>levels go from the mildest to the worst: %1 after %2</source>
            <translation>các mức đi từ nhẹ nhất đến nặng nhất: %1 sau %2</translation>
        </message>
        <message>
            <source>a worse level cannot have a lower severity</source>
            <translation>mức nặng hơn không thể có độ nghiêm trọng thấp hơn</translation>
        </message>
        <message>
            <source>levels must be a list of one or more levels</source>
            <translation>levels phải là danh sách có ít nhất một mức</translation>
        </message>
        <message>
            <source>%1 is not filled by a %2 rule (it fills %3)</source>
            <translation>%1 không được quy tắc %2 điền (quy tắc này điền %3)</translation>
        </message>
        <message>
            <source>%1 must not be above %2</source>
            <translation>%1 không được lớn hơn %2</translation>
        </message>
        <message>
            <source>a %1 rule watches one indicator</source>
            <translation>quy tắc %1 theo dõi một chỉ số</translation>
        </message>
        <message>
            <source>parts must be a list of two or more conditions</source>
            <translation>parts phải là danh sách có ít nhất hai điều kiện</translation>
        </message>
        <message>
            <source>each part must be an object</source>
            <translation>mỗi điều kiện phải là một đối tượng</translation>
        </message>
        <message>
            <source>%1 is not among the rule's indicators</source>
            <translation>%1 không nằm trong các chỉ số của quy tắc</translation>
        </message>
        <message>
            <source>a composite rule names the place its alarm is for</source>
            <translation>quy tắc kết hợp phải nêu nơi mà cảnh báo thuộc về</translation>
        </message>
        <message>
            <source>a target has %1 or %2, one of them</source>
            <translation>một mục tiêu có %1 hoặc %2, chỉ một trong hai</translation>
        </message>
        <message>
            <source>a rule id must be a string</source>
            <translation>mã quy tắc phải là chuỗi</translation>
        </message>
        <message>
            <source>a rule cannot supersede itself</source>
            <translation>một quy tắc không thể bao trùm chính nó</translation>
        </message>
        <message>
            <source>unknown rule %1</source>
            <translation>không có quy tắc %1</translation>
        </message>
        <message>
            <source>%1 is listed twice</source>
            <translation>%1 có hai lần trong danh sách</translation>
        </message>
        <message>
            <source>a day of the week in English, such as "saturday"</source>
            <translation>một ngày trong tuần bằng tiếng Anh, ví dụ "saturday"</translation>
        </message>
        <message>
            <source>a week needs a working day</source>
            <translation>một tuần phải có ngày làm việc</translation>
        </message>
        <message>
            <source>a day worked in exchange is a weekend day that is not a holiday</source>
            <translation>ngày làm bù phải là ngày cuối tuần và không phải ngày lễ</translation>
        </message>
        <message>
            <source>a deadline rule watches the reports received and their replies (and may name the count it is charted with)</source>
            <translation>quy tắc thời hạn theo dõi phản ánh tiếp nhận và câu trả lời (và có thể nêu số đếm để vẽ biểu đồ kèm theo)</translation>
        </message>
    </context>
    <context>
        <name>cityops::JsonProblems</name>
        <message>
            <source>unknown key (known: %1)</source>
            <translation>khóa không xác định (các khóa hợp lệ: %1)</translation>
        </message>
        <message>
            <source>required</source>
            <translation>bắt buộc</translation>
        </message>
        <message>
            <source>must be a non-empty string</source>
            <translation>phải là một chuỗi không rỗng</translation>
        </message>
        <message>
            <source>must be a whole number from %1 to %2</source>
            <translation>phải là một số nguyên từ %1 đến %2</translation>
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
        <name>cityops::alerts::AlarmLog</name>
        <message>
            <source>An alarm just recorded is not there</source>
            <translation>Cảnh báo vừa ghi không có trong kho lưu trữ</translation>
        </message>
        <message>
            <source>shelf time over</source>
            <translation>hết thời gian tạm ẩn</translation>
        </message>
        <message>
            <source>No such alarm (alerts list names them)</source>
            <translation>Không có cảnh báo này (alerts list liệt kê các cảnh báo)</translation>
        </message>
        <message>
            <source>An acknowledgement names who makes it (--user)</source>
            <translation>Xác nhận phải ghi rõ người xác nhận (--user)</translation>
        </message>
        <message>
            <source>An acknowledgement needs a comment (--comment)</source>
            <translation>Xác nhận cần có ghi chú (--comment)</translation>
        </message>
        <message>
            <source>This alarm does not wait for an acknowledgement: it is %1</source>
            <translation>Cảnh báo này không chờ xác nhận: trạng thái là %1</translation>
        </message>
        <message>
            <source>Shelving names who does it (--user)</source>
            <translation>Tạm ẩn phải ghi rõ người thực hiện (--user)</translation>
        </message>
        <message>
            <source>Shelving needs a reason (--reason)</source>
            <translation>Tạm ẩn cần có lý do (--reason)</translation>
        </message>
        <message>
            <source>An alarm is shelved for up to 24 h</source>
            <translation>Một cảnh báo chỉ được tạm ẩn tối đa 24 giờ</translation>
        </message>
        <message>
            <source>This alarm cannot be shelved: it is %1</source>
            <translation>Không thể tạm ẩn cảnh báo này: trạng thái là %1</translation>
        </message>
        <message>
            <source>ended while superseded by %1</source>
            <translation>đã hết trong khi được gộp vào %1</translation>
        </message>
        <message>
            <source>superseded by %1</source>
            <translation>được gộp vào %1</translation>
        </message>
        <message>
            <source>%1 is over</source>
            <translation>%1 đã hết</translation>
        </message>
        <message numerus="yes">
            <source>not acknowledged within %n minute(s): escalated to the shift supervisor</source>
            <translation>
                <numerusform>không được xác nhận trong %n phút: đã báo trưởng ca</numerusform>
            </translation>
        </message>
        <message>
            <source>recorded after it had ended: history, no acknowledgement asked</source>
            <translation>ghi nhận khi đã kết thúc: lưu vào lịch sử, không cần xác nhận</translation>
        </message>
        <message>
            <source>out of service: %1</source>
            <translation>ngừng giám sát: %1</translation>
        </message>
        <message>
            <source>Out of service needs a place (--place)</source>
            <translation>Ngừng giám sát cần nêu địa điểm (--place)</translation>
        </message>
        <message>
            <source>Out of service names who does it (--user)</source>
            <translation>Ngừng giám sát cần nêu người thực hiện (--user)</translation>
        </message>
        <message>
            <source>Out of service needs a reason (--reason)</source>
            <translation>Ngừng giám sát cần có lý do (--reason)</translation>
        </message>
        <message>
            <source>%1 is already out of service</source>
            <translation>%1 đang ngừng giám sát rồi</translation>
        </message>
        <message>
            <source>Back in service names who does it (--user)</source>
            <translation>Giám sát lại cần nêu người thực hiện (--user)</translation>
        </message>
        <message>
            <source>%1 is not out of service</source>
            <translation>%1 không ở trạng thái ngừng giám sát</translation>
        </message>
        <message>
            <source>back in service</source>
            <translation>giám sát lại</translation>
        </message>
        <message>
            <source>back in service: %1</source>
            <translation>giám sát lại: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::alerts::AlarmWatch</name>
        <message>
            <source>No archive is followed.</source>
            <translation>Chưa theo dõi kho lưu trữ nào.</translation>
        </message>
    </context>
    <context>
        <name>cityops::alerts::LiveRules</name>
        <message numerus="yes">
            <source>alarms: %n new</source>
            <translation>
                <numerusform>cảnh báo: %n mới</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n brought up to date</source>
            <translation>
                <numerusform>cập nhật %n cảnh báo</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::alerts::Speech</name>
        <message>
            <source>Northern male voice</source>
            <translation>Giọng nam miền Bắc</translation>
        </message>
        <message>
            <source>Northern female voice</source>
            <translation>Giọng nữ miền Bắc</translation>
        </message>
        <message>
            <source>Southern female voice</source>
            <translation>Giọng nữ miền Nam</translation>
        </message>
        <message>
            <source>Southern male voice</source>
            <translation>Giọng nam miền Nam</translation>
        </message>
        <message>
            <source>espeak-ng is not installed: alarms cannot be spoken</source>
            <translation>chưa cài espeak-ng: không đọc được cảnh báo</translation>
        </message>
        <message>
            <source>espeak-ng did not start</source>
            <translation>espeak-ng không khởi động được</translation>
        </message>
        <message>
            <source>espeak-ng did not finish in time</source>
            <translation>espeak-ng không xong kịp</translation>
        </message>
        <message>
            <source>espeak-ng failed</source>
            <translation>espeak-ng bị lỗi</translation>
        </message>
        <message>
            <source>espeak-ng wrote no sound</source>
            <translation>espeak-ng không tạo ra âm thanh</translation>
        </message>
        <message>
            <source>Cannot write the alarm tone</source>
            <translation>Không ghi được tiếng chuông cảnh báo</translation>
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
        <message>
            <source>--screen %1: the wall file has %2 screen(s)</source>
            <translation>--screen %1: tệp cấu hình tường chỉ có %2 màn hình</translation>
        </message>
        <message>
            <source>wall screen %1 is configured but this machine has %2 screen(s); start it elsewhere with --screen %1</source>
            <translation>màn hình tường %1 có trong cấu hình nhưng máy này chỉ có %2 màn hình; hãy chạy nó ở máy khác với --screen %1</translation>
        </message>
        <message>
            <source>The archive cannot be read: %1</source>
            <translation>Không đọc được kho lưu trữ: %1</translation>
        </message>
        <message>
            <source>unknown group '%1'</source>
            <translation>không có nhóm '%1'</translation>
        </message>
        <message>
            <source>%1 data groups · %2 indicators — the demo city at %3, clock stopped</source>
            <translation>%1 nhóm dữ liệu · %2 chỉ số — thành phố mô phỏng lúc %3, đồng hồ đứng yên</translation>
        </message>
        <message>
            <source>--page %1: screen %2 of the wall has %3 page(s)</source>
            <translation>--page %1: màn hình %2 của tường chỉ có %3 trang</translation>
        </message>
        <message>
            <source>The feeds cannot be collected: %1</source>
            <translation>Không thu thập được các nguồn dữ liệu: %1</translation>
        </message>
        <message>
            <source>Feed %1: %2</source>
            <translation>Nguồn %1: %2</translation>
        </message>
        <message>
            <source>the stations the feeds described cannot be read: %1</source>
            <translation>không đọc được các trạm mà nguồn dữ liệu đã mô tả: %1</translation>
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
        <message>
            <source>Run on the demo city (a simulated Da Nang in an archive of its own).</source>
            <translation>Chạy trên thành phố mô phỏng (một Đà Nẵng mô phỏng, trong kho lưu trữ riêng).</translation>
        </message>
        <message>
            <source>With --demo: the demo archive (default: %1).</source>
            <translation>Dùng với --demo: kho lưu trữ mô phỏng (mặc định: %1).</translation>
        </message>
        <message>
            <source>Without --demo: the archive to show (default: the live archive).</source>
            <translation>Khi không có --demo: kho lưu trữ cần hiển thị (mặc định: kho dữ liệu thật).</translation>
        </message>
        <message>
            <source>With --demo: show the demo city at this instant (2024-10-14T08:00, Da Nang time unless a zone is given), with the clock stopped there.</source>
            <translation>Dùng với --demo: hiển thị thành phố mô phỏng tại thời điểm này (2024-10-14T08:00, giờ Đà Nẵng nếu không ghi múi giờ), đồng hồ dừng tại đó.</translation>
        </message>
        <message>
            <source>The video wall: full-screen kiosk pages that rotate.</source>
            <translation>Màn hình tường: các trang toàn màn hình, chế độ kiosk, tự luân phiên.</translation>
        </message>
        <message>
            <source>With --wall: only screen N of the wall (0-based).</source>
            <translation>Dùng với --wall: chỉ màn hình số N của tường (đếm từ 0).</translation>
        </message>
        <message>
            <source>With --wall: the wall's pages from FILE (JSON).</source>
            <translation>Dùng với --wall: các trang của tường lấy từ FILE (JSON).</translation>
        </message>
        <message>
            <source>With --wall --screenshot: which page to render (0-based).</source>
            <translation>Dùng với --wall --screenshot: trang cần chụp (đếm từ 0).</translation>
        </message>
        <message>
            <source>Open the desk on this data group (an id, e.g. rain-flood).</source>
            <translation>Mở màn hình làm việc ở nhóm dữ liệu này (mã nhóm, ví dụ rain-flood).</translation>
        </message>
        <message>
            <source>Draw the map from this GeoJSON file instead of the built-in schematic.</source>
            <translation>Vẽ bản đồ từ tệp GeoJSON này thay cho bản đồ sơ đồ có sẵn.</translation>
        </message>
        <message>
            <source>A raster basemap under the map: an .mbtiles file or an https://…/{z}/{x}/{y}.png URL (off by default).</source>
            <translation>Bản đồ nền dạng ảnh dưới bản đồ: tệp .mbtiles hoặc URL https://…/{z}/{x}/{y}.png (mặc định tắt).</translation>
        </message>
        <message>
            <source>With --demo: play a scenario (storm-flood, traffic-accident, air-pollution, …) or a JSON file.</source>
            <translation>Dùng với --demo: chạy một kịch bản (storm-flood, traffic-accident, air-pollution, …) hoặc một tệp JSON.</translation>
        </message>
        <message>
            <source>When the scenario starts (default: 6 hours before --at, or now).</source>
            <translation>Thời điểm kịch bản bắt đầu (mặc định: 6 giờ trước --at, hoặc bây giờ).</translation>
        </message>
        <message>
            <source>--screen must be a screen number from 0</source>
            <translation>--screen phải là số thứ tự màn hình, từ 0</translation>
        </message>
        <message>
            <source>--page must be a page number from 0</source>
            <translation>--page phải là số thứ tự trang, từ 0</translation>
        </message>
        <message>
            <source>--%1 must be a date and time like 2024-10-14T08:00</source>
            <translation>--%1 phải là ngày giờ dạng 2024-10-14T08:00</translation>
        </message>
        <message>
            <source>--at needs --demo: only the demo city can be shown at any instant</source>
            <translation>--at cần --demo: chỉ thành phố mô phỏng mới hiển thị được tại thời điểm bất kỳ</translation>
        </message>
        <message>
            <source>a scenario plays on the demo city: add --demo</source>
            <translation>kịch bản chỉ chạy trên thành phố mô phỏng: thêm --demo</translation>
        </message>
        <message>
            <source>--db names a live archive; the demo city uses --demo-db</source>
            <translation>--db chỉ kho dữ liệu thật; thành phố mô phỏng dùng --demo-db</translation>
        </message>
        <message>
            <source>With --group: open the group's statistics services ("Thống kê").</source>
            <translation>Dùng với --group: mở các dịch vụ thống kê của nhóm ("Thống kê").</translation>
        </message>
        <message>
            <source>--stats needs --group ID</source>
            <translation>--stats cần --group ID</translation>
        </message>
        <message>
            <source>Open the desk on its alarm panel.</source>
            <translation>Mở màn hình làm việc ở bảng cảnh báo.</translation>
        </message>
        <message>
            <source>--alarms opens the desk's alarm panel: not with --wall or --group</source>
            <translation>--alarms mở bảng cảnh báo của màn hình làm việc: không dùng cùng --wall hay --group</translation>
        </message>
        <message>
            <source>Open the desk on the alarm system's health (the supervisor's view).</source>
            <translation>Mở bàn điều hành ở trang sức khỏe hệ thống cảnh báo (dành cho trưởng ca).</translation>
        </message>
        <message>
            <source>--alarm-health opens the desk's supervisor view: not with --wall, --group or --alarms</source>
            <translation>--alarm-health mở trang của trưởng ca: không dùng cùng --wall, --group hay --alarms</translation>
        </message>
        <message>
            <source>Collect the feeds of this feeds file into the archive shown (--db), in this process, as cityops-cli feeds run does; the wall and the desk follow it. Not with --demo.</source>
            <translation>Thu thập các nguồn trong tệp nguồn này vào kho lưu trữ đang hiển thị (--db), ngay trong tiến trình này, như cityops-cli feeds run; màn hình tường và bàn điều hành theo dõi nó. Không dùng cùng --demo.</translation>
        </message>
        <message>
            <source>--feeds collects into the archive shown with --db, not into the demo city</source>
            <translation>--feeds thu thập vào kho lưu trữ hiển thị bằng --db, không vào thành phố mô phỏng</translation>
        </message>
        <message>
            <source>With --feeds: open the desk on the feeds' health (one row per feed).</source>
            <translation>Cùng --feeds: mở bàn điều hành ở bảng tình trạng các nguồn (mỗi nguồn một dòng).</translation>
        </message>
        <message>
            <source>--feed-health opens the desk's feed panel: it needs --feeds, not --wall</source>
            <translation>--feed-health mở bảng nguồn dữ liệu của bàn điều hành: cần --feeds, không dùng với --wall</translation>
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
        <message>
            <source>Read CSV or NDJSON files into the archive through a mapping</source>
            <translation>Nạp tệp CSV hoặc NDJSON vào kho lưu trữ theo một tệp ánh xạ</translation>
        </message>
        <message>
            <source>Print a series from the archive, as points or buckets</source>
            <translation>In một chuỗi số liệu từ kho lưu trữ, dạng điểm hoặc theo khoảng thời gian</translation>
        </message>
        <message>
            <source>List the series in the archive</source>
            <translation>Liệt kê các chuỗi số liệu trong kho lưu trữ</translation>
        </message>
        <message>
            <source>List quarantined input with file, line and reason</source>
            <translation>Liệt kê dữ liệu bị cách ly kèm tệp, dòng và lý do</translation>
        </message>
        <message>
            <source>Write the demo city into an archive of its own</source>
            <translation>Ghi thành phố mô phỏng vào một kho lưu trữ riêng</translation>
        </message>
        <message>
            <source>Serve the demo city live: NGSI-v2, SensorThings and MQTT on loopback</source>
            <translation>Phát thành phố mô phỏng trực tiếp: NGSI-v2, SensorThings và MQTT trên địa chỉ nội bộ</translation>
        </message>
        <message>
            <source>Run the statistics and comparison services, or any kind ad hoc</source>
            <translation>Chạy các dịch vụ thống kê, so sánh, hoặc một loại thống kê bất kỳ theo yêu cầu</translation>
        </message>
        <message>
            <source>Replay the archive through the early-warning rules; list, acknowledge and shelve alarms</source>
            <translation>Chạy lại kho lưu trữ qua các quy tắc cảnh báo sớm; liệt kê, xác nhận và tạm ẩn cảnh báo</translation>
        </message>
        <message>
            <source>Try a live feed: read an NGSI-v2 broker to the end, writing nothing</source>
            <translation>Thử một nguồn dữ liệu trực tiếp: đọc hết một máy chủ NGSI-v2, không ghi gì</translation>
        </message>
    </context>
    <context>
        <name>cityops::cli::alerts</name>
        <message>
            <source>--from must be before --to</source>
            <translation>--from phải trước --to</translation>
        </message>
        <message>
            <source>First instant, included.</source>
            <translation>Thời điểm đầu, có tính.</translation>
        </message>
        <message>
            <source>End instant, excluded.</source>
            <translation>Thời điểm cuối, không tính.</translation>
        </message>
        <message>
            <source>Print the alarms without recording them.</source>
            <translation>In các cảnh báo mà không ghi lại.</translation>
        </message>
        <message>
            <source>Output: json (list: or text).</source>
            <translation>Đầu ra: json (list: hoặc text).</translation>
        </message>
        <message>
            <source>list: unacknowledged, acknowledged, rtn-unacknowledged, shelved or all.</source>
            <translation>list: unacknowledged, acknowledged, rtn-unacknowledged, shelved hoặc all.</translation>
        </message>
        <message>
            <source>Who acknowledges or shelves.</source>
            <translation>Người xác nhận hoặc tạm ẩn.</translation>
        </message>
        <message>
            <source>The acknowledgement's comment.</source>
            <translation>Ghi chú của xác nhận.</translation>
        </message>
        <message>
            <source>Why the alarm is shelved.</source>
            <translation>Lý do tạm ẩn cảnh báo.</translation>
        </message>
        <message>
            <source>How long it stays shelved (up to 24h).</source>
            <translation>Thời gian tạm ẩn (tối đa 24h).</translation>
        </message>
        <message>
            <source>%1 new alarm(s) recorded, %2 brought up to date</source>
            <translation>%1 cảnh báo mới được ghi, %2 được cập nhật</translation>
        </message>
        <message>
            <source>alerts %1 takes one alarm id</source>
            <translation>alerts %1 nhận một mã cảnh báo</translation>
        </message>
        <message>
            <source>--for must be a duration like 2h</source>
            <translation>--for phải là một khoảng thời gian như 2h</translation>
        </message>
        <message>
            <source>--format must be json (list: or text)</source>
            <translation>--format phải là json (list: hoặc text)</translation>
        </message>
        <message>
            <source>alerts evaluate takes no alarm id</source>
            <translation>alerts evaluate không nhận mã cảnh báo</translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s)</source>
            <translation>
                <numerusform>%n cảnh báo</numerusform>
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
            <translation>Các quy tắc cảnh báo sớm của danh mục và các cảnh báo của một kho lưu trữ.
  alerts evaluate --db DB [--from T] [--to T] [--dry-run] --format json
      chạy lại kho lưu trữ qua mọi quy tắc, in các cảnh báo và ghi lại chúng
  alerts list --db DB [--state TRẠNG_THÁI|all] [--format json|text]
  alerts ack --db DB ID --user TÊN --comment NỘI_DUNG
  alerts shelve --db DB ID --user TÊN --reason LÝ_DO --for 2h
  alerts history --db DB ID
  alerts health --db DB [--from T] [--to T] --format json
      hệ thống cảnh báo so với các mục tiêu ISA-18.2 (tần suất, ngập cảnh báo, cảnh báo lặp, …)
Thời gian theo ISO 8601 (giờ Asia/Ho_Chi_Minh nếu không có độ lệch); không có --from và --to
thì là toàn bộ kho lưu trữ.</translation>
        </message>
        <message>
            <source>out-of-service, in-service: the place (a station).</source>
            <translation>out-of-service, in-service: địa điểm (một trạm).</translation>
        </message>
        <message>
            <source>out-of-service, in-service: only this rule at the place.</source>
            <translation>out-of-service, in-service: chỉ quy tắc này tại địa điểm.</translation>
        </message>
        <message>
            <source>No such rule (catalog --json lists them)</source>
            <translation>Không có quy tắc này (catalog --json liệt kê các quy tắc)</translation>
        </message>
        <message>
            <source>No such place in the catalog or the archive</source>
            <translation>Không có địa điểm này trong danh mục hay kho dữ liệu</translation>
        </message>
        <message>
            <source>--place names the place</source>
            <translation>--place nêu địa điểm</translation>
        </message>
        <message>
            <source>evaluate, list, ack, shelve, history, health, out-of-service or in-service</source>
            <translation>evaluate, list, ack, shelve, history, health, out-of-service hoặc in-service</translation>
        </message>
        <message>
            <source>alerts needs an action: evaluate, list, ack, shelve, history, health, out-of-service or in-service ('alerts --help')</source>
            <translation>alerts cần một thao tác: evaluate, list, ack, shelve, history, health, out-of-service hoặc in-service ('alerts --help')</translation>
        </message>
        <message>
            <source>alerts %1 takes --place, not an alarm id</source>
            <translation>alerts %1 nhận --place, không nhận mã cảnh báo</translation>
        </message>
        <message>
            <source>--state must be unacknowledged, acknowledged, rtn-unacknowledged, shelved, suppressed, out-of-service or all</source>
            <translation>--state phải là unacknowledged, acknowledged, rtn-unacknowledged, shelved, suppressed, out-of-service hoặc all</translation>
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
        <name>cityops::cli::feeds</name>
        <message>
            <source>The service path (Fiware-ServicePath).</source>
            <translation>Đường dẫn dịch vụ (Fiware-ServicePath).</translation>
        </message>
        <message>
            <source>The time zone of dates sent without one (default UTC+07:00).</source>
            <translation>Múi giờ của các thời điểm gửi không kèm múi giờ (mặc định UTC+07:00).</translation>
        </message>
        <message>
            <source>Not an http(s) URL: %1</source>
            <translation>Không phải địa chỉ http(s): %1</translation>
        </message>
        <message>
            <source>Unknown time zone: %1</source>
            <translation>Múi giờ không xác định: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s), %1 quarantined, from %2 page(s)</source>
            <translation>
                <numerusform>%n số liệu, %1 bị cách ly, từ %2 trang</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown feeds action %1 (feeds --help)</source>
            <translation>Không có thao tác feeds %1 (feeds --help)</translation>
        </message>
        <message>
            <source>Reads a feed to the end (following its paging) and prints, writing nothing, one NDJSON line per observation it would ingest ({"entity", "type", "attribute", "series", "time", "value", "unit"}) and one per item it would quarantine, with the reason. How an operator tries a new feed before configuring it; with --config, "series" says where the feeds file maps each one.</source>
            <translation>Đọc một nguồn dữ liệu đến hết (theo phân trang của nó) và in ra, không ghi gì, mỗi số liệu sẽ nhập một dòng NDJSON ({"entity", "type", "attribute", "series", "time", "value", "unit"}) và mỗi mục sẽ bị cách ly một dòng, kèm lý do. Cách người vận hành thử một nguồn mới trước khi cấu hình; với --config, "series" cho biết tệp nguồn ánh xạ từng số liệu vào chuỗi nào.</translation>
        </message>
        <message>
            <source>The broker (http://127.0.0.1:1026) or the SensorThings service root or collection</source>
            <translation>Máy chủ môi giới (http://127.0.0.1:1026), hoặc gốc dịch vụ hay tập hợp SensorThings</translation>
        </message>
        <message>
            <source>A feeds file: its feed at this URL maps what is read to series.</source>
            <translation>Một tệp nguồn dữ liệu: nguồn tại địa chỉ này ánh xạ những gì đọc được vào các chuỗi.</translation>
        </message>
        <message>
            <source>Validates a feeds file against the catalog: every problem on a line of its own, as FILE: JSON-POINTER: REASON. Exit 0 when it is valid, 2 when it is not.</source>
            <translation>Kiểm tra một tệp nguồn dữ liệu theo danh mục: mỗi lỗi một dòng, dạng TỆP: CON-TRỎ-JSON: LÝ-DO. Mã thoát 0 khi hợp lệ, 2 khi không.</translation>
        </message>
        <message>
            <source>The feeds file.</source>
            <translation>Tệp nguồn dữ liệu.</translation>
        </message>
        <message>
            <source>Usage: cityops-cli feeds check --config FILE</source>
            <translation>Cách dùng: cityops-cli feeds check --config TỆP</translation>
        </message>
        <message numerus="yes">
            <source>%1: valid, %n feed(s)</source>
            <translation>
                <numerusform>%1: hợp lệ, %n nguồn</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 fetched, %3 accepted (%4 new), %5 quarantined, %6 not mapped, in %7 s</source>
            <translation>%1: nhận %2, chấp nhận %3 (%4 mới), cách ly %5, %6 không được ánh xạ, trong %7 giây</translation>
        </message>
        <message numerus="yes">
            <source>Collecting %n feed(s); SIGTERM or Ctrl+C stops.</source>
            <translation>
                <numerusform>Đang thu thập %n nguồn; SIGTERM hoặc Ctrl+C để dừng.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Đã dừng.</translation>
        </message>
        <message>
            <source>Poll every feed once, print the summary and exit.</source>
            <translation>Hỏi mỗi nguồn một lần, in tóm tắt rồi thoát.</translation>
        </message>
        <message>
            <source>Usage: cityops-cli feeds run --config FILE --db DB [--once]</source>
            <translation>Cách dùng: cityops-cli feeds run --config TỆP --db CSDL [--once]</translation>
        </message>
        <message>
            <source>%1 has no %2 feed at %3, and not exactly one %2 feed to use instead</source>
            <translation>%1 không có nguồn %2 tại %3, và không có đúng một nguồn %2 để dùng thay</translation>
        </message>
        <message>
            <source>Stores a feed's secret (an API key, a token, a password) in the system keychain under ENTRY, reading it from standard input; the feeds file names the entry in its "credential": {"keychain": ENTRY}.</source>
            <translation>Lưu bí mật của một nguồn (khóa API, mã thông báo, mật khẩu) vào kho khóa của hệ thống dưới tên ENTRY, đọc từ đầu vào chuẩn; tệp nguồn gọi mục này trong "credential": {"keychain": ENTRY}.</translation>
        </message>
        <message>
            <source>The keychain entry, e.g. orion-danang</source>
            <translation>Tên mục trong kho khóa, ví dụ orion-danang</translation>
        </message>
        <message>
            <source>Usage: cityops-cli feeds secret ENTRY &lt; secret-file</source>
            <translation>Cách dùng: cityops-cli feeds secret ENTRY &lt; tệp-bí-mật</translation>
        </message>
        <message>
            <source>No secret on standard input</source>
            <translation>Không có bí mật nào ở đầu vào chuẩn</translation>
        </message>
        <message>
            <source>Stored in the keychain as %1.</source>
            <translation>Đã lưu vào kho khóa với tên %1.</translation>
        </message>
        <message>
            <source>Unknown protocol %1 (ngsi-v2, ngsi-ld or sensorthings)</source>
            <translation>Giao thức không biết: %1 (ngsi-v2, ngsi-ld hoặc sensorthings)</translation>
        </message>
        <message>
            <source>ngsi-v2, ngsi-ld or sensorthings</source>
            <translation>ngsi-v2, ngsi-ld hoặc sensorthings</translation>
        </message>
        <message>
            <source>Only entities of this type (NGSI).</source>
            <translation>Chỉ các thực thể thuộc kiểu này (NGSI).</translation>
        </message>
        <message>
            <source>The tenant (Fiware-Service; NGSI-LD: NGSILD-Tenant).</source>
            <translation>Tenant (Fiware-Service; NGSI-LD: NGSILD-Tenant).</translation>
        </message>
        <message>
            <source>Usage: cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config FILE]</source>
            <translation>Cách dùng: cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config TỆP]</translation>
        </message>
        <message>
            <source>Usage:
  cityops-cli feeds check --config FILE
  cityops-cli feeds run --config FILE --db DB [--once]
  cityops-cli feeds secret ENTRY &lt; secret-file
  cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config FILE]

Reads the city's live feeds: check validates a feeds file, run collects (--once: one poll of every feed, then a JSON summary), probe shows what a feed would give.</source>
            <translation>Cách dùng:
  cityops-cli feeds check --config TỆP
  cityops-cli feeds run --config TỆP --db CSDL [--once]
  cityops-cli feeds secret ENTRY &lt; tệp-bí-mật
  cityops-cli feeds probe ngsi-v2|ngsi-ld|sensorthings URL [--type T] [--service S] [--service-path P] [--config TỆP]

Đọc các nguồn dữ liệu trực tuyến của thành phố: check kiểm tra tệp nguồn, run thu thập (--once: hỏi mỗi nguồn một lần rồi in tóm tắt JSON), secret lưu bí mật của nguồn vào kho khóa, probe cho xem một nguồn sẽ cho gì.</translation>
        </message>
        <message>
            <source>%1: an MQTT feed, subscribed to by feeds run without --once</source>
            <translation>%1: nguồn MQTT, được đăng ký nhận bởi feeds run khi không có --once</translation>
        </message>
        <message>
            <source>The headless collector: polls every HTTP feed of the feeds file at its interval and subscribes to every MQTT feed, and ingests what it reads into the archive, one JSON line per poll ({"feed", "fetched", "accepted", "quarantined", "errors"}; an MQTT feed: every pollSeconds, and at once when its connection is lost). --once: one full poll of every HTTP feed, then {"feeds": [...]} and exit (1 when a feed failed). Stops cleanly on SIGTERM, writing what it has received.</source>
            <translation>Bộ thu không giao diện: hỏi mọi nguồn HTTP trong tệp nguồn theo chu kỳ của nó và đăng ký nhận mọi nguồn MQTT, rồi nạp những gì đọc được vào kho lưu trữ, mỗi lần hỏi một dòng JSON ({"feed", "fetched", "accepted", "quarantined", "errors"}; nguồn MQTT: mỗi pollSeconds, và ngay khi mất kết nối). --once: hỏi trọn một lượt mọi nguồn HTTP, rồi in {"feeds": [...]} và thoát (1 khi có nguồn lỗi). Dừng gọn khi nhận SIGTERM, ghi lại những gì đã nhận.</translation>
        </message>
        <message numerus="yes">
            <source>%n new alarm(s) recorded</source>
            <translation>
                <numerusform>đã ghi %n cảnh báo mới</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n brought up to date</source>
            <translation>
                <numerusform>cập nhật %n cảnh báo</numerusform>
            </translation>
        </message>
        <message>
            <source>the data is stored, but the early-warning rules could not run: </source>
            <translation>dữ liệu đã được lưu, nhưng không chạy được các quy tắc cảnh báo sớm: </translation>
        </message>
    </context>
    <context>
        <name>cityops::cli::simulate</name>
        <message>
            <source>Writes the demo city (a deterministic, simulated Da Nang) into an archive of its own, as fast as the archive takes it. The same seed and range give the same data. Never into a live archive.</source>
            <translation>Ghi thành phố mô phỏng (một Đà Nẵng mô phỏng, tất định) vào một kho lưu trữ riêng, nhanh nhất mà kho lưu trữ nhận được. Cùng hạt giống và khoảng thời gian cho cùng dữ liệu. Không bao giờ ghi vào kho lưu trữ thật.</translation>
        </message>
        <message>
            <source>The demo archive: a SQLite file or postgresql://… (required).</source>
            <translation>Kho lưu trữ mô phỏng: một tệp SQLite hoặc postgresql://… (bắt buộc).</translation>
        </message>
        <message>
            <source>First instant (ISO 8601; local time if no offset).</source>
            <translation>Thời điểm đầu (ISO 8601; giờ địa phương nếu không có độ lệch múi giờ).</translation>
        </message>
        <message>
            <source>How many days to write (1 to 3660).</source>
            <translation>Số ngày cần ghi (1 đến 3660).</translation>
        </message>
        <message>
            <source>The city's seed (default 1).</source>
            <translation>Hạt giống của thành phố (mặc định 1).</translation>
        </message>
        <message>
            <source>Print one JSON object with the counts.</source>
            <translation>In một đối tượng JSON chứa các số đếm.</translation>
        </message>
        <message>
            <source>Language of the output: vi or en.</source>
            <translation>Ngôn ngữ đầu ra: vi hoặc en.</translation>
        </message>
        <message>
            <source>simulate needs --db DB, --from T and --days N</source>
            <translation>simulate cần --db DB, --from T và --days N</translation>
        </message>
        <message>
            <source>--days must be a number from 1 to 3660</source>
            <translation>--days phải là số từ 1 đến 3660</translation>
        </message>
        <message>
            <source>--seed must be a whole number</source>
            <translation>--seed phải là số nguyên</translation>
        </message>
        <message>
            <source>That is the live archive: demo data never goes there</source>
            <translation>Đó là kho lưu trữ thật: dữ liệu mô phỏng không bao giờ được ghi vào đó</translation>
        </message>
        <message>
            <source>Demo city (seed %1): %2 series, %3 points over %4 days (%5 new), %6 quarantined</source>
            <translation>Thành phố mô phỏng (hạt giống %1): %2 chuỗi số liệu, %3 điểm trong %4 ngày (%5 mới), %6 bị cách ly</translation>
        </message>
        <message>
            <source>%1 s, %2 points/s</source>
            <translation>%1 giây, %2 điểm/giây</translation>
        </message>
        <message>
            <source>Play a scenario: a built-in name (%1) or a JSON file.</source>
            <translation>Chạy một kịch bản: tên kịch bản có sẵn (%1) hoặc một tệp JSON.</translation>
        </message>
        <message>
            <source>When the scenario starts (default: --from).</source>
            <translation>Thời điểm kịch bản bắt đầu (mặc định: --from).</translation>
        </message>
        <message>
            <source>Scenario %1 from %2</source>
            <translation>Kịch bản %1 từ %2</translation>
        </message>
        <message>
            <source>Runs the demo city live and serves it the way a city does: an NGSI-v2 API compatible with FIWARE Orion (/v2/entities), an OGC SensorThings API (/v1.1), and MQTT messages when --mqtt is given. Binds to loopback only, unless --bind-any. Stops cleanly on SIGTERM or Ctrl+C.</source>
            <translation>Chạy thành phố mô phỏng trực tiếp và cung cấp dữ liệu như một thành phố thật: API NGSI-v2 tương thích FIWARE Orion (/v2/entities), API OGC SensorThings (/v1.1), và bản tin MQTT khi có --mqtt. Chỉ lắng nghe trên địa chỉ nội bộ, trừ khi có --bind-any. Dừng gọn gàng khi nhận SIGTERM hoặc Ctrl+C.</translation>
        </message>
        <message>
            <source>Where to serve HTTP (default 127.0.0.1:1026; port 0: any free port).</source>
            <translation>Địa chỉ phục vụ HTTP (mặc định 127.0.0.1:1026; cổng 0: một cổng trống bất kỳ).</translation>
        </message>
        <message>
            <source>Publish every reading to this MQTT broker.</source>
            <translation>Gửi mọi số đo tới máy chủ MQTT này.</translation>
        </message>
        <message>
            <source>How fast the city's clock runs (1 to 3600, default 1).</source>
            <translation>Tốc độ đồng hồ của thành phố (1 đến 3600, mặc định 1).</translation>
        </message>
        <message>
            <source>Where the city's clock starts (default: now).</source>
            <translation>Thời điểm bắt đầu của đồng hồ thành phố (mặc định: bây giờ).</translation>
        </message>
        <message>
            <source>Allow addresses other than loopback.</source>
            <translation>Cho phép các địa chỉ khác địa chỉ nội bộ.</translation>
        </message>
        <message>
            <source>--http must be HOST:PORT, e.g. 127.0.0.1:1026</source>
            <translation>--http phải có dạng MÁY:CỔNG, ví dụ 127.0.0.1:1026</translation>
        </message>
        <message>
            <source>--mqtt must be HOST:PORT, e.g. 127.0.0.1:1883</source>
            <translation>--mqtt phải có dạng MÁY:CỔNG, ví dụ 127.0.0.1:1883</translation>
        </message>
        <message>
            <source>%1 is not a loopback address: the demo city stays on this machine unless --bind-any is given</source>
            <translation>%1 không phải địa chỉ nội bộ: thành phố mô phỏng chỉ ở trên máy này, trừ khi có --bind-any</translation>
        </message>
        <message>
            <source>--speed must be from 1 to 3600</source>
            <translation>--speed phải từ 1 đến 3600</translation>
        </message>
        <message>
            <source>Cannot listen on %1</source>
            <translation>Không lắng nghe được trên %1</translation>
        </message>
        <message>
            <source>Cannot reach the MQTT broker: %1</source>
            <translation>Không kết nối được máy chủ MQTT: %1</translation>
        </message>
        <message>
            <source>Demo city (seed %1) from %2 at %3×: NGSI-v2 %4/v2/entities (%5 entities), SensorThings %4/v1.1</source>
            <translation>Thành phố mô phỏng (hạt giống %1) từ %2, tốc độ %3×: NGSI-v2 %4/v2/entities (%5 thực thể), SensorThings %4/v1.1</translation>
        </message>
        <message>
            <source>MQTT: publishing to %1:%2 under cityops/demo/…</source>
            <translation>MQTT: đang gửi tới %1:%2 với chủ đề cityops/demo/…</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Đã dừng.</translation>
        </message>
    </context>
    <context>
        <name>cityops::cli::stats</name>
        <message numerus="yes">
            <source>%n statistics service(s)</source>
            <translation>
                <numerusform>%n dịch vụ thống kê</numerusform>
            </translation>
        </message>
        <message>
            <source>Run the catalog's service ID.</source>
            <translation>Chạy dịch vụ có mã ID trong danh mục.</translation>
        </message>
        <message>
            <source>Run every service of the catalog (JSON only).</source>
            <translation>Chạy mọi dịch vụ của danh mục (chỉ JSON).</translation>
        </message>
        <message>
            <source>Run a kind ad hoc: aggregate, change, rolling, …</source>
            <translation>Chạy một loại thống kê theo yêu cầu: aggregate, change, rolling, …</translation>
        </message>
        <message>
            <source>A series of the ad hoc run, as INDICATOR@PLACE (twice for a correlation).</source>
            <translation>Một chuỗi số liệu cho lần chạy theo yêu cầu, dạng CHỈ_SỐ@ĐỊA_ĐIỂM (hai lần cho tương quan).</translation>
        </message>
        <message>
            <source>First instant, included (ISO 8601; local time if no offset).</source>
            <translation>Thời điểm đầu, tính cả thời điểm này (ISO 8601; giờ địa phương nếu không ghi độ lệch).</translation>
        </message>
        <message>
            <source>End instant, excluded.</source>
            <translation>Thời điểm cuối, không tính.</translation>
        </message>
        <message>
            <source>The kind's parameters, as a JSON object.</source>
            <translation>Các tham số của loại thống kê, dạng đối tượng JSON.</translation>
        </message>
        <message>
            <source>The instant the windows are counted from (default: now).</source>
            <translation>Thời điểm dùng để tính các khoảng thời gian (mặc định: bây giờ).</translation>
        </message>
        <message>
            <source>Output: json (default) or csv.</source>
            <translation>Đầu ra: json (mặc định) hoặc csv.</translation>
        </message>
        <message>
            <source>stats list: print JSON.</source>
            <translation>stats list: in ra JSON.</translation>
        </message>
        <message numerus="yes">
            <source>%n service(s) failed; see "error" in the results</source>
            <translation>
                <numerusform>%n dịch vụ bị lỗi; xem "error" trong kết quả</numerusform>
            </translation>
        </message>
        <message>
            <source>--series must be INDICATOR@PLACE</source>
            <translation>--series phải có dạng CHỈ_SỐ@ĐỊA_ĐIỂM</translation>
        </message>
        <message>
            <source>--params must be a JSON object</source>
            <translation>--params phải là một đối tượng JSON</translation>
        </message>
        <message>
            <source>stats run needs exactly one of --service ID, --all, --kind KIND</source>
            <translation>stats run cần đúng một trong --service ID, --all, --kind KIND</translation>
        </message>
        <message>
            <source>--format must be json or csv</source>
            <translation>--format phải là json hoặc csv</translation>
        </message>
        <message>
            <source>stats run --all prints JSON only</source>
            <translation>stats run --all chỉ in JSON</translation>
        </message>
        <message>
            <source>--series, --from, --to and --params go with --kind</source>
            <translation>--series, --from, --to và --params đi cùng --kind</translation>
        </message>
        <message>
            <source>no such service (stats list names them)</source>
            <translation>không có dịch vụ này (stats list liệt kê các dịch vụ)</translation>
        </message>
        <message>
            <source>The IOC's statistics and comparison services, computed on the archive.
  stats list [--json]                      the services of the catalog
  stats run --db DB --service ID [--at T]  one service
  stats run --db DB --all [--at T]         every service, as JSON
  stats run --db DB --kind KIND --series INDICATOR@PLACE [--from T] [--to T] [--params JSON]
                                           any kind on any series, over [from, to)
Times are ISO 8601 (local Asia/Ho_Chi_Minh time if no offset); buckets follow local days, weeks from Monday and calendar months, quarters and years.</source>
            <translation>Các dịch vụ thống kê, so sánh của IOC, tính trên kho lưu trữ.
  stats list [--json]                      các dịch vụ trong danh mục
  stats run --db DB --service ID [--at T]  một dịch vụ
  stats run --db DB --all [--at T]         mọi dịch vụ, dạng JSON
  stats run --db DB --kind KIND --series CHỈ_SỐ@ĐỊA_ĐIỂM [--from T] [--to T] [--params JSON]
                                           một loại thống kê bất kỳ trên chuỗi bất kỳ, trong [from, to)
Thời gian theo ISO 8601 (giờ địa phương Asia/Ho_Chi_Minh nếu không ghi độ lệch); các khoảng theo ngày địa phương, tuần bắt đầu thứ Hai và tháng, quý, năm dương lịch.</translation>
        </message>
        <message>
            <source>list or run</source>
            <translation>list hoặc run</translation>
        </message>
        <message>
            <source>stats needs one action: list or run ('stats --help')</source>
            <translation>stats cần một thao tác: list hoặc run ('stats --help')</translation>
        </message>
    </context>
    <context>
        <name>cityops::cli::store</name>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n chuỗi số liệu</numerusform>
            </translation>
        </message>
        <message>
            <source>The archive: a SQLite file, or postgresql://user@host:port/database (default: %1).</source>
            <translation>Kho lưu trữ: một tệp SQLite, hoặc postgresql://người_dùng@máy:cổng/cơ_sở_dữ_liệu (mặc định: %1).</translation>
        </message>
        <message>
            <source>Language of the output: vi or en.</source>
            <translation>Ngôn ngữ đầu ra: vi hoặc en.</translation>
        </message>
        <message>
            <source>Reads CSV or NDJSON files into the archive through a mapping file. Every value is accepted, folded as a duplicate, quarantined with its reason, or counted as missing. Running the same files again adds nothing.</source>
            <translation>Nạp tệp CSV hoặc NDJSON vào kho lưu trữ theo một tệp ánh xạ. Mỗi giá trị được nhận, gộp vì trùng lặp, cách ly kèm lý do, hoặc tính là thiếu. Nạp lại cùng các tệp không thêm gì.</translation>
        </message>
        <message>
            <source>The mapping file (JSON).</source>
            <translation>Tệp ánh xạ (JSON).</translation>
        </message>
        <message>
            <source>Print one JSON object with the counts.</source>
            <translation>In một đối tượng JSON chứa các số đếm.</translation>
        </message>
        <message>
            <source>Print a line on standard error as each batch is committed.</source>
            <translation>In một dòng ra standard error mỗi khi một lô được ghi xong.</translation>
        </message>
        <message>
            <source>Use the catalog in DIR instead of the built-in one.</source>
            <translation>Dùng danh mục trong thư mục DIR thay cho danh mục có sẵn.</translation>
        </message>
        <message>
            <source>CSV or NDJSON files.</source>
            <translation>Các tệp CSV hoặc NDJSON.</translation>
        </message>
        <message>
            <source>ingest needs --mapping MAP.json and at least one FILE</source>
            <translation>ingest cần --mapping MAP.json và ít nhất một TỆP</translation>
        </message>
        <message>
            <source>--batch must be a number from 1 to 10000000</source>
            <translation>--batch phải là số từ 1 đến 10000000</translation>
        </message>
        <message>
            <source>%1: %2 % · %3 rows · %4 rows/s</source>
            <translation>%1: %2 % · %3 dòng · %4 dòng/giây</translation>
        </message>
        <message>
            <source>%1: %2 rows, %3 observations</source>
            <translation>%1: %2 dòng, %3 quan trắc</translation>
        </message>
        <message>
            <source>accepted %1 (new %2, already stored %3, replaced %4, kept stored %5)</source>
            <translation>nhận %1 (mới %2, đã có sẵn %3, thay thế %4, giữ giá trị đã lưu %5)</translation>
        </message>
        <message>
            <source>duplicates %1 (policy: %2) · missing %3 · quarantined %4</source>
            <translation>trùng lặp %1 (quy tắc: %2) · thiếu %3 · cách ly %4</translation>
        </message>
        <message>
            <source>quarantined: %1 × %2</source>
            <translation>cách ly: %1 × %2</translation>
        </message>
        <message>
            <source>converted: %1 × %2</source>
            <translation>đã đổi đơn vị: %1 × %2</translation>
        </message>
        <message>
            <source>repeated local times resolved to the earlier/later instant by the mapping: %1</source>
            <translation>giờ địa phương lặp lại, đã quy về thời điểm sớm/muộn hơn theo ánh xạ: %1</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>và %1 nơi khác</translation>
        </message>
        <message>
            <source>places not in the catalog (kept as names): %1</source>
            <translation>địa điểm không có trong danh mục (giữ nguyên tên): %1</translation>
        </message>
        <message>
            <source>%1 s, %2 rows/s</source>
            <translation>%1 giây, %2 dòng/giây</translation>
        </message>
        <message>
            <source>Prints one series from the archive: its points, or buckets of them (hours, days and longer buckets come from the rollups). Times are shown in Asia/Ho_Chi_Minh; buckets follow local days, weeks from Monday, and calendar months.</source>
            <translation>In một chuỗi số liệu từ kho lưu trữ: các điểm, hoặc gộp theo khoảng (giờ, ngày và dài hơn lấy từ bảng tổng hợp). Thời gian hiển thị theo Asia/Ho_Chi_Minh; các khoảng theo ngày địa phương, tuần bắt đầu thứ Hai và tháng dương lịch.</translation>
        </message>
        <message>
            <source>The series, as INDICATOR@PLACE.</source>
            <translation>Chuỗi số liệu, dạng CHỈ_SỐ@ĐỊA_ĐIỂM.</translation>
        </message>
        <message>
            <source>First instant (ISO 8601; local time if no offset).</source>
            <translation>Thời điểm đầu (ISO 8601; giờ địa phương nếu không có độ lệch múi giờ).</translation>
        </message>
        <message>
            <source>End instant, excluded.</source>
            <translation>Thời điểm cuối, không tính.</translation>
        </message>
        <message>
            <source>Bucket: 15min, 1h, 1d, 1w, 1mo…</source>
            <translation>Khoảng gộp: 15min, 1h, 1d, 1w, 1mo…</translation>
        </message>
        <message>
            <source>Aggregate per bucket: mean (default), min, max, sum, count.</source>
            <translation>Phép gộp mỗi khoảng: mean (mặc định), min, max, sum, count.</translation>
        </message>
        <message>
            <source>Output: csv (default) or json.</source>
            <translation>Định dạng đầu ra: csv (mặc định) hoặc json.</translation>
        </message>
        <message>
            <source>query needs --series INDICATOR@PLACE</source>
            <translation>query cần --series CHỈ_SỐ@ĐỊA_ĐIỂM</translation>
        </message>
        <message>
            <source>--format must be csv or json</source>
            <translation>--format phải là csv hoặc json</translation>
        </message>
        <message>
            <source>--agg must be mean, min, max, sum or count</source>
            <translation>--agg phải là mean, min, max, sum hoặc count</translation>
        </message>
        <message>
            <source>--bucket must look like 15min, 1h, 6h, 1d, 1w or 1mo</source>
            <translation>--bucket phải có dạng 15min, 1h, 6h, 1d, 1w hoặc 1mo</translation>
        </message>
        <message>
            <source>No such series in the archive: %1 ('cityops-cli series' lists them)</source>
            <translation>Không có chuỗi số liệu này trong kho lưu trữ: %1 ('cityops-cli series' liệt kê các chuỗi)</translation>
        </message>
        <message>
            <source>Lists the series in the archive with their point counts and time ranges.</source>
            <translation>Liệt kê các chuỗi số liệu trong kho lưu trữ cùng số điểm và khoảng thời gian.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>In dạng JSON.</translation>
        </message>
        <message>
            <source>Lists quarantined input: file, line, column, reason and the row as read.</source>
            <translation>Liệt kê dữ liệu bị cách ly: tệp, dòng, cột, lý do và dòng như đã đọc.</translation>
        </message>
        <message>
            <source>At most N entries (default 1000).</source>
            <translation>Tối đa N mục (mặc định 1000).</translation>
        </message>
        <message>
            <source>--limit must be a positive number</source>
            <translation>--limit phải là số dương</translation>
        </message>
        <message>
            <source>Observations per transaction (default: 200000 for SQLite, 1000000 for PostgreSQL).</source>
            <translation>Số quan trắc mỗi giao dịch (mặc định: 200000 với SQLite, 1000000 với PostgreSQL).</translation>
        </message>
        <message>
            <source>the data is stored, but the early-warning rules could not run: </source>
            <translation>dữ liệu đã được lưu, nhưng không chạy được các quy tắc cảnh báo sớm: </translation>
        </message>
        <message numerus="yes">
            <source>%n new alarm(s) recorded</source>
            <translation>
                <numerusform>đã ghi %n cảnh báo mới</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n brought up to date</source>
            <translation>
                <numerusform>cập nhật %n cảnh báo</numerusform>
            </translation>
        </message>
        <message>
            <source>Do not run the early-warning rules over the archive afterwards.</source>
            <translation>Không chạy các quy tắc cảnh báo sớm trên kho dữ liệu sau khi nhập.</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::Collector</name>
        <message>
            <source>%1: feeds %2 (%3) and %4 (%5) cannot share an archive: demo data never reaches a live archive</source>
            <translation>%1: nguồn %2 (%3) và %4 (%5) không thể dùng chung một kho lưu trữ: dữ liệu mô phỏng không bao giờ vào kho thật</translation>
        </message>
        <message>
            <source>%1: feed %2 reads the CityOps demo city (%3): give it "purpose": "demo" and a demo archive</source>
            <translation>%1: nguồn %2 đọc thành phố mô phỏng của CityOps (%3): hãy đặt "purpose": "demo" và dùng một kho mô phỏng</translation>
        </message>
        <message>
            <source>%1: subscribed to %2 at %3</source>
            <translation>%1: đã đăng ký nhận %2 tại %3</translation>
        </message>
        <message>
            <source>%1: the series it writes could not be noted in the archive: %2</source>
            <translation>%1: không ghi được vào kho lưu trữ các chuỗi số liệu mà nguồn này ghi: %2</translation>
        </message>
        <message>
            <source>%1: where it has read to could not be noted in the archive: %2</source>
            <translation>%1: không ghi được vào kho lưu trữ mốc thời gian nguồn này đã đọc đến: %2</translation>
        </message>
        <message>
            <source>%1: the stations it describes could not be noted in the archive: %2</source>
            <translation>%1: không ghi được vào kho lưu trữ các trạm mà nguồn này mô tả: %2</translation>
        </message>
        <message>
            <source>the early-warning rules could not run: %1</source>
            <translation>không chạy được các quy tắc cảnh báo sớm: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::Credentials</name>
        <message numerus="yes">
            <source>the keychain did not answer within %n second(s)</source>
            <translation>
                <numerusform>kho khóa không trả lời trong %n giây</numerusform>
            </translation>
        </message>
        <message>
            <source>keychain entry %1: %2</source>
            <translation>mục %1 trong kho khóa: %2</translation>
        </message>
        <message>
            <source>no credential file %1</source>
            <translation>không có tệp thông tin đăng nhập %1</translation>
        </message>
        <message>
            <source>the credential file %1 can be read by others (mode %2): refused; make it the collector's own with chmod 600</source>
            <translation>tệp thông tin đăng nhập %1 người khác đọc được (quyền %2): từ chối; hãy để chỉ bộ thu thập đọc được bằng chmod 600</translation>
        </message>
        <message>
            <source>cannot read the credential file %1</source>
            <translation>không đọc được tệp thông tin đăng nhập %1</translation>
        </message>
        <message>
            <source>environment variable %1: not set</source>
            <translation>biến môi trường %1: chưa đặt</translation>
        </message>
        <message>
            <source>no credential found (%1)</source>
            <translation>không tìm thấy thông tin đăng nhập (%1)</translation>
        </message>
        <message>
            <source>cannot store the secret in the keychain: %1</source>
            <translation>không lưu được bí mật vào kho khóa: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::DropFolder</name>
        <message>
            <source>cannot make %1</source>
            <translation>không tạo được %1</translation>
        </message>
        <message>
            <source>cannot move %1 to %2</source>
            <translation>không chuyển được %1 sang %2</translation>
        </message>
        <message>
            <source>the drop folder %1 is not there</source>
            <translation>không có thư mục nhận tệp %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::FeedConfig</name>
        <message>
            <source>not a valid regular expression: %1 at %2</source>
            <translation>không phải biểu thức chính quy hợp lệ: %1 tại vị trí %2</translation>
        </message>
        <message>
            <source>{%1} is not a named group of the rule's id or attribute pattern (nor entity, type or attribute)</source>
            <translation>{%1} không phải nhóm có tên của mẫu id hay mẫu thuộc tính của quy tắc (cũng không phải entity, type hay attribute)</translation>
        </message>
        <message>
            <source>unknown indicator "%1"</source>
            <translation>chỉ tiêu không xác định "%1"</translation>
        </message>
        <message>
            <source>no conversion from %1 to %2, the unit of %3</source>
            <translation>không có phép đổi từ %1 sang %2, đơn vị của %3</translation>
        </message>
        <message>
            <source>must be an object: attribute → indicator</source>
            <translation>phải là một đối tượng: thuộc tính → chỉ tiêu</translation>
        </message>
        <message>
            <source>must be an indicator id or {"indicator", "unit"}</source>
            <translation>phải là mã chỉ tiêu hoặc {"indicator", "unit"}</translation>
        </message>
        <message>
            <source>required: a distance from 1 to 50,000 metres</source>
            <translation>bắt buộc: một khoảng cách từ 1 đến 50.000 mét</translation>
        </message>
        <message>
            <source>unknown station kind "%1"</source>
            <translation>loại trạm không xác định "%1"</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>phải là một đối tượng</translation>
        </message>
        <message>
            <source>needs either "attributes" (attribute → indicator) or "indicator"</source>
            <translation>cần "attributes" (thuộc tính → chỉ tiêu) hoặc "indicator"</translation>
        </message>
        <message>
            <source>"attribute" and "unit" go with "indicator", not with "attributes"</source>
            <translation>"attribute" và "unit" đi với "indicator", không đi với "attributes"</translation>
        </message>
        <message>
            <source>a SensorThings feed's items are of type Datastream</source>
            <translation>các mục của nguồn SensorThings có kiểu Datastream</translation>
        </message>
        <message>
            <source>not an http(s) URL: %1</source>
            <translation>không phải địa chỉ http(s): %1</translation>
        </message>
        <message>
            <source>holds a user name or password: credentials never go in the feeds file</source>
            <translation>chứa tên người dùng hoặc mật khẩu: thông tin đăng nhập không bao giờ được ghi trong tệp nguồn</translation>
        </message>
        <message>
            <source>must start with /</source>
            <translation>phải bắt đầu bằng /</translation>
        </message>
        <message>
            <source>must be live or demo</source>
            <translation>phải là live hoặc demo</translation>
        </message>
        <message>
            <source>unknown time zone "%1" (an IANA name such as Asia/Ho_Chi_Minh, UTC, or +07:00)</source>
            <translation>múi giờ không xác định "%1" (một tên IANA như Asia/Ho_Chi_Minh, UTC, hoặc +07:00)</translation>
        </message>
        <message>
            <source>must be first, last, mean or reject</source>
            <translation>phải là first, last, mean hoặc reject</translation>
        </message>
        <message>
            <source>must be an array of attribute names</source>
            <translation>phải là một mảng tên thuộc tính</translation>
        </message>
        <message>
            <source>must be lower-case letters, digits and hyphens</source>
            <translation>phải gồm chữ thường, chữ số và dấu gạch nối</translation>
        </message>
        <message>
            <source>required: a non-empty array of rules</source>
            <translation>bắt buộc: một mảng quy tắc không rỗng</translation>
        </message>
        <message>
            <source>not JSON: %1 at byte %2</source>
            <translation>không phải JSON: %1 tại byte %2</translation>
        </message>
        <message>
            <source>must be an object with "feeds"</source>
            <translation>phải là một đối tượng có "feeds"</translation>
        </message>
        <message>
            <source>The feeds file is not valid</source>
            <translation>Tệp nguồn dữ liệu không hợp lệ</translation>
        </message>
        <message>
            <source>required: a non-empty array of feeds</source>
            <translation>bắt buộc: một mảng nguồn không rỗng</translation>
        </message>
        <message>
            <source>"%1" names an earlier feed too</source>
            <translation>"%1" cũng là tên của một nguồn phía trước</translation>
        </message>
        <message>
            <source>Cannot read the feeds file</source>
            <translation>Không đọc được tệp nguồn dữ liệu</translation>
        </message>
        <message>
            <source>an NGSI-v2 feed polls incrementally by dateObserved or dateModified</source>
            <translation>nguồn NGSI-v2 hỏi tăng dần theo dateObserved hoặc dateModified</translation>
        </message>
        <message>
            <source>a SensorThings feed polls incrementally by phenomenonTime</source>
            <translation>nguồn SensorThings hỏi tăng dần theo phenomenonTime</translation>
        </message>
        <message>
            <source>only from the service root (…/v1.1): a collection URL is read as given</source>
            <translation>chỉ từ gốc dịch vụ (…/v1.1): một địa chỉ tập hợp được đọc đúng như đã cho</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>không đọc được %1: %2</translation>
        </message>
        <message>
            <source>%1 holds no PEM certificate</source>
            <translation>%1 không chứa chứng chỉ PEM nào</translation>
        </message>
        <message>
            <source>must be an HTTP header name</source>
            <translation>phải là tên một trường tiêu đề HTTP</translation>
        </message>
        <message>
            <source>names no keychain entry, environment variable or file</source>
            <translation>không chỉ ra mục kho khóa, biến môi trường hay tệp nào</translation>
        </message>
        <message>
            <source>only for NGSI feeds</source>
            <translation>chỉ dùng cho nguồn NGSI</translation>
        </message>
        <message>
            <source>NGSI-LD has no service path: a tenant is its "service"</source>
            <translation>NGSI-LD không có service path: tenant là "service" của nó</translation>
        </message>
        <message>
            <source>only for ngsi-ld feeds</source>
            <translation>chỉ dùng cho nguồn ngsi-ld</translation>
        </message>
        <message>
            <source>not a URL: %1</source>
            <translation>không phải địa chỉ URL: %1</translation>
        </message>
        <message>
            <source>an NGSI-LD feed polls incrementally by observedAt (the temporal API)</source>
            <translation>nguồn NGSI-LD chỉ đọc phần mới theo observedAt (API thời gian)</translation>
        </message>
        <message>
            <source>an MQTT message has no location: its place is a template (from the topic)</source>
            <translation>tin MQTT không có vị trí: nơi của nó là một mẫu (lấy từ chủ đề)</translation>
        </message>
        <message>
            <source>not an mqtt:// or mqtts:// URL: %1</source>
            <translation>không phải địa chỉ mqtt:// hoặc mqtts://: %1</translation>
        </message>
        <message>
            <source>an MQTT broker's URL has no path: the topics say what is read ("topics")</source>
            <translation>địa chỉ broker MQTT không có đường dẫn: các chủ đề ("topics") cho biết đọc gì</translation>
        </message>
        <message>
            <source>only for mqtt feeds</source>
            <translation>chỉ dành cho nguồn mqtt</translation>
        </message>
        <message>
            <source>not for mqtt feeds: the broker sends each message as it comes</source>
            <translation>không dành cho nguồn mqtt: broker gửi từng tin ngay khi có</translation>
        </message>
        <message>
            <source>%1 is not a topic filter (levels separated by /, + a whole level, # the whole last one)</source>
            <translation>%1 không phải bộ lọc chủ đề (các cấp ngăn bởi /, + thay cả một cấp, # thay cả cấp cuối)</translation>
        </message>
        <message>
            <source>a non-text</source>
            <translation>một giá trị không phải chữ</translation>
        </message>
        <message>
            <source>required: a non-empty array of topic filters</source>
            <translation>bắt buộc: một mảng bộ lọc chủ đề không rỗng</translation>
        </message>
        <message>
            <source>must be json or ultralight</source>
            <translation>phải là json hoặc ultralight</translation>
        </message>
        <message>
            <source>an MQTT feed's credential is the password of its "username": no header</source>
            <translation>thông tin xác thực của nguồn MQTT là mật khẩu của "username": không có header</translation>
        </message>
        <message>
            <source>an MQTT password goes with a "username"</source>
            <translation>mật khẩu MQTT phải đi kèm "username"</translation>
        </message>
        <message>
            <source>a credential is sent only over TLS (https, mqtts) or to this machine</source>
            <translation>thông tin xác thực chỉ được gửi qua TLS (https, mqtts) hoặc tới chính máy này</translation>
        </message>
        <message>
            <source>must be ngsi-v2, ngsi-ld, sensorthings, mqtt or folder, not "%1"</source>
            <translation>phải là ngsi-v2, ngsi-ld, sensorthings, mqtt hoặc folder, không phải "%1"</translation>
        </message>
        <message>
            <source>not for a folder feed: it reads files through its "mapping"</source>
            <translation>không dành cho nguồn thư mục: nguồn này đọc tệp qua "mapping" của nó</translation>
        </message>
        <message>
            <source>%1 is not a folder</source>
            <translation>%1 không phải thư mục</translation>
        </message>
        <message>
            <source>%1 must be readable and writable (files read are moved to done/)</source>
            <translation>%1 phải đọc và ghi được (tệp đã đọc được chuyển vào done/)</translation>
        </message>
        <message>
            <source>must be file name patterns such as "*.csv"</source>
            <translation>phải là các mẫu tên tệp như "*.csv"</translation>
        </message>
        <message>
            <source>only for sensorthings feeds (read incrementally from the service root)</source>
            <translation>chỉ dành cho nguồn sensorthings (đọc dần từ gốc dịch vụ)</translation>
        </message>
        <message>
            <source>no catalog area is of level "%1"</source>
            <translation>không có khu vực nào trong danh mục thuộc cấp "%1"</translation>
        </message>
        <message>
            <source>required: a template such as "{station}", {"nearestStation": {"withinMeters": 500}} or {"areaContaining": {"level": "district"}}</source>
            <translation>bắt buộc: một mẫu như "{station}", {"nearestStation": {"withinMeters": 500}} hoặc {"areaContaining": {"level": "district"}}</translation>
        </message>
        <message>
            <source>must be {"file": "….geojson", "property": "gso_code"}</source>
            <translation>phải là {"file": "….geojson", "property": "gso_code"}</translation>
        </message>
        <message>
            <source>%1 has no areas (Polygon or MultiPolygon features)</source>
            <translation>%1 không có vùng nào (đối tượng Polygon hoặc MultiPolygon)</translation>
        </message>
        <message>
            <source>feature %1 of %2: %3 "%4" is no catalog area's id or GSO code</source>
            <translation>đối tượng %1 của %2: %3 "%4" không phải mã hay mã GSO của khu vực nào trong danh mục</translation>
        </message>
        <message>
            <source>places by the area containing the item: the feed needs "boundaries"</source>
            <translation>xác định nơi theo khu vực chứa mục dữ liệu: nguồn cần có "boundaries"</translation>
        </message>
        <message>
            <source>only for ngsi-ld feeds (the temporal API, read in steps of so many hours)</source>
            <translation>chỉ dành cho nguồn ngsi-ld (API thời gian, đọc theo từng bước bấy nhiêu giờ)</translation>
        </message>
        <message>
            <source>only for sensorthings and ngsi-ld feeds (read incrementally)</source>
            <translation>chỉ dành cho nguồn sensorthings và ngsi-ld (đọc dần)</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::FeedMapper</name>
        <message>
            <source>%1 maps it to %2, which is not in the catalog</source>
            <translation>%1 ánh xạ nó vào %2, chỉ tiêu không có trong danh mục</translation>
        </message>
        <message>
            <source>the feed's unit %1 is not one CityOps knows</source>
            <translation>đơn vị %1 của nguồn không phải đơn vị CityOps biết</translation>
        </message>
        <message>
            <source>sent in %1; %2 is in %3, and there is no conversion</source>
            <translation>gửi theo %1; %2 tính bằng %3, và không có phép đổi</translation>
        </message>
        <message>
            <source>%1 names no place for this entity</source>
            <translation>%1 không chỉ ra địa điểm cho thực thể này</translation>
        </message>
        <message>
            <source>the entity has no location, and %1 places it by the nearest station</source>
            <translation>thực thể không có vị trí, mà %1 xác định địa điểm theo trạm gần nhất</translation>
        </message>
        <message>
            <source>no station within %1 m of %2, %3</source>
            <translation>không có trạm nào trong vòng %1 m quanh %2, %3</translation>
        </message>
        <message>
            <source>%1 is in none of the areas of %2</source>
            <translation>%1 không nằm trong khu vực nào của %2</translation>
        </message>
        <message>
            <source>the entity has no location, and %1 places it by the area containing it</source>
            <translation>thực thể không có vị trí, mà %1 xác định nơi theo khu vực chứa nó</translation>
        </message>
        <message>
            <source>%1 is in %2 "%3", which is no catalog area%4 valid on %5</source>
            <translation>%1 nằm trong %2 "%3", không phải khu vực nào trong danh mục%4 còn hiệu lực ngày %5</translation>
        </message>
        <message>
            <source>the server gave no Thing for this Datastream, and %1 names the place by it</source>
            <translation>máy chủ không cho biết Thing của Datastream này, mà %1 đặt tên địa điểm theo nó</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::FeedPoll</name>
        <message>
            <source>%1 is in the future</source>
            <translation>%1 nằm ở tương lai</translation>
        </message>
        <message>
            <source>feed %1: %2</source>
            <translation>nguồn %1: %2</translation>
        </message>
        <message>
            <source>feed %1 is not polled</source>
            <translation>nguồn %1 không được hỏi định kỳ</translation>
        </message>
        <message>
            <source>an MQTT feed's messages come as they are published: it is subscribed to</source>
            <translation>tin của nguồn MQTT đến ngay khi được phát: nguồn được đăng ký nhận</translation>
        </message>
        <message>
            <source>feed %1: the archive cannot be written</source>
            <translation>nguồn %1: không ghi được vào kho lưu trữ</translation>
        </message>
        <message numerus="yes">
            <source>%1 to %2 can no longer be read: the server keeps the last %n hour(s), and what it had in between is lost</source>
            <translation>
                <numerusform>Không còn đọc được từ %1 đến %2: máy chủ chỉ giữ %n giờ gần nhất, dữ liệu trong khoảng đó đã mất</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::Http</name>
        <message numerus="yes">
            <source>no answer within %n second(s)</source>
            <translation>
                <numerusform>không có trả lời trong %n giây</numerusform>
            </translation>
        </message>
        <message>
            <source>the answer is larger than %1 MB: refused</source>
            <translation>câu trả lời lớn hơn %1 MB: từ chối</translation>
        </message>
        <message>
            <source>HTTP %1: %2</source>
            <translation>HTTP %1: %2</translation>
        </message>
        <message>
            <source>not JSON: the content type is %1</source>
            <translation>không phải JSON: kiểu nội dung là %1</translation>
        </message>
        <message>
            <source>the paging did not end after %1 entities</source>
            <translation>việc phân trang không kết thúc sau %1 thực thể</translation>
        </message>
        <message>
            <source>cannot reach the server: %1</source>
            <translation>không kết nối được máy chủ: %1</translation>
        </message>
        <message>
            <source>the server's @iot.nextLink leads back to a page already read</source>
            <translation>@iot.nextLink của máy chủ dẫn về một trang đã đọc</translation>
        </message>
        <message>
            <source>the paging did not end after %1 pages</source>
            <translation>việc phân trang không kết thúc sau %1 trang</translation>
        </message>
        <message numerus="yes">
            <source>(asks to be called again in %n second(s))</source>
            <translation>
                <numerusform>(yêu cầu gọi lại sau %n giây)</numerusform>
            </translation>
        </message>
        <message>
            <source>the server's TLS certificate is not trusted: %1 (a private certificate authority goes in the feed's "caFile"; verification is never turned off)</source>
            <translation>chứng chỉ TLS của máy chủ không được tin cậy: %1 (tổ chức cấp chứng chỉ riêng ghi ở "caFile" của nguồn; việc kiểm tra không bao giờ bị tắt)</translation>
        </message>
        <message>
            <source>the paging leads back to a page already read</source>
            <translation>việc phân trang dẫn về một trang đã đọc</translation>
        </message>
        <message>
            <source>a partial answer (206) without a date-time Content-Range</source>
            <translation>câu trả lời một phần (206) không có Content-Range kiểu date-time</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::Json</name>
        <message>
            <source>not JSON: %1</source>
            <translation>không phải JSON: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::JsonMeasures</name>
        <message>
            <source>reading %1: %2 = %3 is not a time (ISO 8601)</source>
            <translation>bản đọc %1: %2 = %3 không phải thời điểm (ISO 8601)</translation>
        </message>
        <message>
            <source>not a number: "%1"</source>
            <translation>không phải số: "%1"</translation>
        </message>
        <message>
            <source>not JSON: %1 at byte %2</source>
            <translation>không phải JSON: %1 tại byte %2</translation>
        </message>
        <message>
            <source>must be an object of measures, or an array of them</source>
            <translation>phải là một đối tượng số đo, hoặc một mảng các đối tượng đó</translation>
        </message>
        <message>
            <source>reading %1 is not an object of measures</source>
            <translation>bản đọc %1 không phải đối tượng số đo</translation>
        </message>
        <message>
            <source>not a finite number</source>
            <translation>không phải một số hữu hạn</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::Mqtt</name>
        <message>
            <source>Cannot make the MQTT client</source>
            <translation>Không tạo được trình khách MQTT</translation>
        </message>
        <message>
            <source>a persistent session needs a client id</source>
            <translation>phiên lâu dài cần một mã trình khách (client id)</translation>
        </message>
        <message>
            <source>Cannot set the MQTT credentials</source>
            <translation>Không đặt được thông tin đăng nhập MQTT</translation>
        </message>
        <message>
            <source>Cannot set up TLS for MQTT</source>
            <translation>Không thiết lập được TLS cho MQTT</translation>
        </message>
        <message>
            <source>Cannot connect to the MQTT broker</source>
            <translation>Không kết nối được tới broker MQTT</translation>
        </message>
        <message>
            <source>Cannot start the MQTT client</source>
            <translation>Không khởi động được trình khách MQTT</translation>
        </message>
        <message>
            <source>the broker refused the connection: %1</source>
            <translation>broker từ chối kết nối: %1</translation>
        </message>
        <message>
            <source>the connection to the broker was lost (%1); reconnecting</source>
            <translation>mất kết nối tới broker (%1); đang kết nối lại</translation>
        </message>
        <message>
            <source>the broker refused a subscription (not allowed to read the topic?)</source>
            <translation>broker từ chối một đăng ký (không được phép đọc chủ đề này?)</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::MqttFeed</name>
        <message>
            <source>feed %1: %2</source>
            <translation>nguồn %1: %2</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::Ngsi</name>
        <message>
            <source>not an entity (an object with id and type)</source>
            <translation>không phải một thực thể (đối tượng có id và type)</translation>
        </message>
        <message>
            <source>an entity needs an id and a type</source>
            <translation>thực thể cần có id và type</translation>
        </message>
        <message>
            <source>typed a number but is not one: %1</source>
            <translation>khai báo là số nhưng không phải số: %1</translation>
        </message>
        <message>
            <source>not a finite number</source>
            <translation>không phải một số hữu hạn</translation>
        </message>
        <message>
            <source>no time: neither dateObserved, TimeInstant nor a timestamp</source>
            <translation>không có thời điểm: không có dateObserved, TimeInstant hay timestamp</translation>
        </message>
        <message>
            <source>unreadable time %1: %2</source>
            <translation>không đọc được thời điểm %1: %2</translation>
        </message>
        <message>
            <source>not NGSI-v2 entities: neither an array nor an object</source>
            <translation>không phải thực thể NGSI-v2: không phải mảng cũng không phải đối tượng</translation>
        </message>
        <message>
            <source>the broker says %1: %2</source>
            <translation>máy chủ ngữ cảnh báo lỗi %1: %2</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::NgsiLd</name>
        <message>
            <source>not an entity (an object with id and type)</source>
            <translation>không phải một thực thể (đối tượng có id và type)</translation>
        </message>
        <message>
            <source>an entity needs an id and a type</source>
            <translation>thực thể cần có id và type</translation>
        </message>
        <message>
            <source>named numeric but is not a number: %1</source>
            <translation>được khai báo là số nhưng không phải số: %1</translation>
        </message>
        <message>
            <source>not a finite number</source>
            <translation>không phải một số hữu hạn</translation>
        </message>
        <message>
            <source>no time: neither observedAt nor the entity's dateObserved</source>
            <translation>không có thời điểm: không có observedAt, cũng không có dateObserved của thực thể</translation>
        </message>
        <message>
            <source>unreadable time %1: %2</source>
            <translation>không đọc được thời điểm %1: %2</translation>
        </message>
        <message>
            <source>not NGSI-LD entities: neither an array nor an object</source>
            <translation>không phải thực thể NGSI-LD: không phải mảng cũng không phải đối tượng</translation>
        </message>
        <message>
            <source>the broker says %1: %2</source>
            <translation>máy chủ ngữ cảnh báo lỗi %1: %2</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::SensorThings</name>
        <message>
            <source>no result</source>
            <translation>không có kết quả (result)</translation>
        </message>
        <message>
            <source>the result is not a number</source>
            <translation>kết quả không phải là số</translation>
        </message>
        <message>
            <source>no phenomenonTime</source>
            <translation>không có thời điểm quan trắc (phenomenonTime)</translation>
        </message>
        <message>
            <source>unreadable time %1: %2</source>
            <translation>không đọc được thời điểm %1: %2</translation>
        </message>
        <message>
            <source>not a SensorThings entity</source>
            <translation>không phải một thực thể SensorThings</translation>
        </message>
        <message>
            <source>not SensorThings: neither a collection nor an entity</source>
            <translation>không phải SensorThings: không phải tập hợp cũng không phải thực thể</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::UltraLight</name>
        <message>
            <source>measure group %1 is empty ("##")</source>
            <translation>nhóm số đo %1 rỗng ("##")</translation>
        </message>
        <message>
            <source>measure group %1: %2 is not a time (an odd number of fields begins with one)</source>
            <translation>nhóm số đo %1: %2 không phải thời điểm (số trường lẻ thì trường đầu là thời điểm)</translation>
        </message>
        <message>
            <source>not a number: %1</source>
            <translation>không phải số: %1</translation>
        </message>
        <message>
            <source>an empty payload</source>
            <translation>nội dung rỗng</translation>
        </message>
        <message>
            <source>measure group %1 is a command result (device@command|result), not a measure</source>
            <translation>nhóm số đo %1 là kết quả lệnh (thiết bị@lệnh|kết quả), không phải số đo</translation>
        </message>
        <message>
            <source>measure group %1: %2 is not a time</source>
            <translation>nhóm số đo %1: %2 không phải thời điểm</translation>
        </message>
        <message>
            <source>measure group %1 has an empty field ("||")</source>
            <translation>nhóm số đo %1 có trường rỗng ("||")</translation>
        </message>
        <message>
            <source>not UltraLight 2.0: %1; nothing of it is read</source>
            <translation>không phải UltraLight 2.0: %1; không đọc phần nào</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::files::FileIngest</name>
        <message>
            <source>Cannot read the file</source>
            <translation>Không đọc được tệp</translation>
        </message>
        <message>
            <source>The file is empty</source>
            <translation>Tệp rỗng</translation>
        </message>
        <message>
            <source>This is a binary file, not CSV or NDJSON text</source>
            <translation>Đây là tệp nhị phân, không phải văn bản CSV hoặc NDJSON</translation>
        </message>
        <message>
            <source>The first line is longer than %1 bytes: this is not a CSV file with a header</source>
            <translation>Dòng đầu dài hơn %1 byte: đây không phải tệp CSV có dòng tiêu đề</translation>
        </message>
        <message>
            <source>The header line is not valid CSV</source>
            <translation>Dòng tiêu đề không phải CSV hợp lệ</translation>
        </message>
        <message>
            <source>The mapping names columns the file does not have</source>
            <translation>Ánh xạ nêu những cột mà tệp không có</translation>
        </message>
        <message>
            <source>The file has no data rows</source>
            <translation>Tệp không có dòng dữ liệu nào</translation>
        </message>
        <message>
            <source>unbalanced quotes</source>
            <translation>dấu ngoặc kép không khớp</translation>
        </message>
        <message>
            <source>%1 fields; the header has %2</source>
            <translation>%1 trường; dòng tiêu đề có %2</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>không phải đối tượng JSON</translation>
        </message>
        <message>
            <source>"%1" does not match %2</source>
            <translation>"%1" không khớp định dạng %2</translation>
        </message>
        <message>
            <source>%1 does not exist in %2 (clocks jumped forward)</source>
            <translation>%1 không tồn tại ở múi giờ %2 (đồng hồ nhảy tới)</translation>
        </message>
        <message>
            <source>%1 happens twice in %2 (clocks went back)</source>
            <translation>%1 xảy ra hai lần ở múi giờ %2 (đồng hồ lùi lại)</translation>
        </message>
        <message>
            <source>%1 is in the future</source>
            <translation>%1 nằm ở tương lai</translation>
        </message>
        <message>
            <source>no place named on this row</source>
            <translation>dòng này không nêu địa điểm</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>"%1" không phải là số</translation>
        </message>
        <message>
            <source>value %1 flagged "%2" by the source</source>
            <translation>giá trị %1 bị nguồn đánh dấu "%2"</translation>
        </message>
        <message>
            <source>%1 bytes; the limit is %2</source>
            <translation>%1 byte; giới hạn là %2</translation>
        </message>
        <message>
            <source>time not understood</source>
            <translation>thời gian không đọc được</translation>
        </message>
        <message>
            <source>local time that does not exist</source>
            <translation>giờ địa phương không tồn tại</translation>
        </message>
        <message>
            <source>local time that happened twice</source>
            <translation>giờ địa phương xảy ra hai lần</translation>
        </message>
        <message>
            <source>time in the future</source>
            <translation>thời điểm ở tương lai</translation>
        </message>
        <message>
            <source>value not a number</source>
            <translation>giá trị không phải là số</translation>
        </message>
        <message>
            <source>outside the plausible range</source>
            <translation>ngoài khoảng hợp lý</translation>
        </message>
        <message>
            <source>flagged bad by the source</source>
            <translation>bị nguồn đánh dấu là xấu</translation>
        </message>
        <message>
            <source>disagreeing duplicates</source>
            <translation>giá trị trùng lặp không khớp nhau</translation>
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation>sai số cột</translation>
        </message>
        <message>
            <source>malformed CSV</source>
            <translation>CSV sai định dạng</translation>
        </message>
        <message>
            <source>malformed JSON</source>
            <translation>JSON sai định dạng</translation>
        </message>
        <message>
            <source>no place named</source>
            <translation>không ghi địa điểm</translation>
        </message>
        <message>
            <source>line too long</source>
            <translation>dòng quá dài</translation>
        </message>
        <message>
            <source>%1: %2 (the file has: %3)</source>
            <translation>%1: %2 (tệp có các cột: %3)</translation>
        </message>
    </context>
    <context>
        <name>cityops::feeds::files::Mapping</name>
        <message>
            <source>Cannot read the mapping file</source>
            <translation>Không đọc được tệp ánh xạ</translation>
        </message>
        <message>
            <source>The mapping file is too large to be a mapping</source>
            <translation>Tệp quá lớn để là một tệp ánh xạ</translation>
        </message>
        <message>
            <source>The mapping is not valid JSON</source>
            <translation>Tệp ánh xạ không phải JSON hợp lệ</translation>
        </message>
        <message>
            <source>The mapping must be a JSON object</source>
            <translation>Tệp ánh xạ phải là một đối tượng JSON</translation>
        </message>
        <message>
            <source>must be "csv" or "ndjson", not "%1"</source>
            <translation>phải là "csv" hoặc "ndjson", không phải "%1"</translation>
        </message>
        <message>
            <source>must be one ASCII character other than a quote</source>
            <translation>phải là một ký tự ASCII khác dấu ngoặc kép</translation>
        </message>
        <message>
            <source>required: an object with column, format and timeZone</source>
            <translation>bắt buộc: một đối tượng có column, format và timeZone</translation>
        </message>
        <message>
            <source>unknown time zone "%1" (an IANA name such as Asia/Ho_Chi_Minh, UTC, or +07:00)</source>
            <translation>múi giờ không xác định "%1" (một tên IANA như Asia/Ho_Chi_Minh, UTC, hoặc +07:00)</translation>
        </message>
        <message>
            <source>must be earlier, later or reject</source>
            <translation>phải là earlier, later hoặc reject</translation>
        </message>
        <message>
            <source>must be respect or ignore</source>
            <translation>phải là respect hoặc ignore</translation>
        </message>
        <message>
            <source>must be an array of strings</source>
            <translation>phải là mảng các chuỗi</translation>
        </message>
        <message>
            <source>must be first, last, mean or reject, not "%1"</source>
            <translation>phải là first, last, mean hoặc reject, không phải "%1"</translation>
        </message>
        <message>
            <source>required: source flag → good, suspect, estimated or bad</source>
            <translation>bắt buộc: cờ của nguồn → good, suspect, estimated hoặc bad</translation>
        </message>
        <message>
            <source>must be good, suspect, estimated or bad</source>
            <translation>phải là good, suspect, estimated hoặc bad</translation>
        </message>
        <message>
            <source>required: a non-empty array</source>
            <translation>bắt buộc: một mảng không rỗng</translation>
        </message>
        <message>
            <source>needs exactly one of station, area, place or placeColumn</source>
            <translation>cần đúng một trong station, area, place hoặc placeColumn</translation>
        </message>
        <message>
            <source>unknown indicator "%1"</source>
            <translation>chỉ tiêu không xác định "%1"</translation>
        </message>
        <message>
            <source>indicator %1 is kept in %2, not %3</source>
            <translation>chỉ số %1 được lưu theo %2, không phải %3</translation>
        </message>
        <message>
            <source>no conversion from %1 to %2, the unit of %3</source>
            <translation>không có phép đổi từ %1 sang %2, đơn vị của %3</translation>
        </message>
        <message>
            <source>repeats an earlier series</source>
            <translation>lặp lại một chuỗi đã khai báo</translation>
        </message>
        <message>
            <source>The mapping is not valid</source>
            <translation>Tệp ánh xạ không hợp lệ</translation>
        </message>
    </context>
    <context>
        <name>cityops::geo::Layer</name>
        <message>
            <source>Cannot read the map layer</source>
            <translation>Không đọc được lớp bản đồ</translation>
        </message>
        <message>
            <source>Not a GeoJSON FeatureCollection</source>
            <translation>Không phải GeoJSON FeatureCollection</translation>
        </message>
        <message>
            <source>The map layer has no areas or lines (Polygon, MultiPolygon, LineString)</source>
            <translation>Lớp bản đồ không có vùng hay đường nào (Polygon, MultiPolygon, LineString)</translation>
        </message>
    </context>
    <context>
        <name>cityops::live::LiveData</name>
        <message>
            <source>DATA LOST — the archive cannot be read: %1</source>
            <translation>MẤT DỮ LIỆU — không đọc được kho dữ liệu: %1</translation>
        </message>
        <message>
            <source>DATA LOST — no data from the city has arrived</source>
            <translation>MẤT DỮ LIỆU — chưa nhận được số liệu nào của thành phố</translation>
        </message>
        <message>
            <source>DATA LOST — nothing new for %1 (the newest reading: %2)</source>
            <translation>MẤT DỮ LIỆU — không có số liệu mới trong %1 (số liệu mới nhất: %2)</translation>
        </message>
    </context>
    <context>
        <name>cityops::sim::Scenario</name>
        <message>
            <source>No such scenario (built in: %1)</source>
            <translation>Không có kịch bản này (có sẵn: %1)</translation>
        </message>
        <message>
            <source>The scenario is not a JSON object</source>
            <translation>Kịch bản không phải là một đối tượng JSON</translation>
        </message>
        <message>
            <source>must be 1</source>
            <translation>phải là 1</translation>
        </message>
        <message>
            <source>required</source>
            <translation>bắt buộc</translation>
        </message>
        <message>
            <source>needs vi and en</source>
            <translation>cần có vi và en</translation>
        </message>
        <message>
            <source>must be more than 0 and at most 744</source>
            <translation>phải lớn hơn 0 và không quá 744</translation>
        </message>
        <message>
            <source>required: at least one event</source>
            <translation>bắt buộc: ít nhất một sự kiện</translation>
        </message>
        <message>
            <source>unknown kind (known: %1)</source>
            <translation>loại không xác định (các loại hợp lệ: %1)</translation>
        </message>
        <message>
            <source>needs "at" and a later "until", as +90min, +6h or +2d</source>
            <translation>cần "at" và "until" muộn hơn, dạng +90min, +6h hoặc +2d</translation>
        </message>
        <message>
            <source>ends after the scenario</source>
            <translation>kết thúc sau khi kịch bản đã hết</translation>
        </message>
        <message>
            <source>needs "value" or "profile"</source>
            <translation>cần "value" hoặc "profile"</translation>
        </message>
        <message>
            <source>required: what a trainee should see, where and by when</source>
            <translation>bắt buộc: học viên cần thấy gì, ở đâu và trước khi nào</translation>
        </message>
        <message>
            <source>needs indicator, above or below, and by</source>
            <translation>cần indicator, above hoặc below, và by</translation>
        </message>
        <message>
            <source>The scenario is not valid</source>
            <translation>Kịch bản không hợp lệ</translation>
        </message>
        <message>
            <source>a factor must be more than 0</source>
            <translation>hệ số phải lớn hơn 0</translation>
        </message>
        <message>
            <source>a value must be 0 or more</source>
            <translation>giá trị phải từ 0 trở lên</translation>
        </message>
    </context>
    <context>
        <name>cityops::stats::Headline</name>
        <message>
            <source>Q%1 %2</source>
            <translation>Quý %1/%2</translation>
        </message>
        <message>
            <source>no data in the window</source>
            <translation>không có số liệu trong khoảng thời gian</translation>
        </message>
        <message>
            <source>highest: %1</source>
            <translation>cao nhất: %1</translation>
        </message>
        <message>
            <source>lowest: %1</source>
            <translation>thấp nhất: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ngày</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reading(s)</source>
            <translation>
                <numerusform>%n lần đo</numerusform>
            </translation>
        </message>
        <message>
            <source>most: %1</source>
            <translation>nhiều nhất: %1</translation>
        </message>
        <message>
            <source>nothing to compare with</source>
            <translation>chưa có kỳ để so sánh</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 so với %2</translation>
        </message>
        <message>
            <source>%1:00</source>
            <translation>%1 giờ</translation>
        </message>
        <message>
            <source>peak: %1</source>
            <translation>cao điểm: %1</translation>
        </message>
        <message>
            <source>first: %1</source>
            <translation>đứng đầu: %1</translation>
        </message>
        <message>
            <source>%1: %2 of the total</source>
            <translation>%1: %2 trong tổng số</translation>
        </message>
        <message>
            <source>/day</source>
            <translation>/ngày</translation>
        </message>
        <message>
            <source>/year</source>
            <translation>/năm</translation>
        </message>
        <message>
            <source>Mann-Kendall τ = %1, p = %2</source>
            <translation>Mann-Kendall τ = %1, p = %2</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) of readings</source>
            <translation>
                <numerusform>%n cặp số đo</numerusform>
            </translation>
        </message>
        <message>
            <source>×%1 the national %2 (%3)</source>
            <translation>gấp %1 lần cả nước %2 (%3)</translation>
        </message>
        <message>
            <source>×%1 the national figure</source>
            <translation>gấp %1 lần cả nước</translation>
        </message>
        <message>
            <source>target %1: %2</source>
            <translation>mục tiêu %1: %2</translation>
        </message>
        <message>
            <source>%1 achieved</source>
            <translation>đạt %1</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>dự báo đạt</translation>
        </message>
        <message>
            <source>off track</source>
            <translation>dự báo không đạt</translation>
        </message>
        <message>
            <source>no target with a figure</source>
            <translation>không có mục tiêu bằng số</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 điểm %</translation>
        </message>
        <message>
            <source>none at any place (%1)</source>
            <translation>không nơi nào (%1)</translation>
        </message>
        <message>
            <source>met at the end of %1</source>
            <translation>đã đạt vào cuối năm %1</translation>
        </message>
        <message>
            <source>not met at the end of %1</source>
            <translation>chưa đạt vào cuối năm %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::stats::StatsEngine</name>
        <message>
            <source>fewer than two instants where both series have a reading</source>
            <translation>ít hơn hai thời điểm mà cả hai chuỗi đều có số đo</translation>
        </message>
        <message>
            <source>one of the series does not vary</source>
            <translation>một trong hai chuỗi không thay đổi</translation>
        </message>
        <message>
            <source>no readings in the window</source>
            <translation>không có số đo trong khoảng thời gian</translation>
        </message>
        <message>
            <source>one reading: a sample deviation needs two</source>
            <translation>chỉ có một số đo: độ lệch chuẩn mẫu cần ít nhất hai</translation>
        </message>
        <message>
            <source>unknown period %1</source>
            <translation>chu kỳ không xác định %1</translation>
        </message>
        <message>
            <source>a rolling window must be a positive duration like 24h or 7d</source>
            <translation>cửa sổ trượt phải là khoảng thời gian dương dạng 24h hoặc 7d</translation>
        </message>
        <message>
            <source>unknown bucket or reset period</source>
            <translation>khoảng gộp hoặc chu kỳ đặt lại không xác định</translation>
        </message>
        <message>
            <source>fewer than two readings</source>
            <translation>ít hơn hai số đo</translation>
        </message>
        <message>
            <source>no change in time</source>
            <translation>thời gian không thay đổi</translation>
        </message>
        <message>
            <source>%1 has no targets</source>
            <translation>%1 không có mục tiêu</translation>
        </message>
        <message>
            <source>%1 has no national figure</source>
            <translation>%1 không có số liệu cả nước</translation>
        </message>
        <message>
            <source>unknown kind %1</source>
            <translation>loại thống kê không xác định %1</translation>
        </message>
        <message>
            <source>No such series: %1</source>
            <translation>Không có chuỗi số liệu này: %1</translation>
        </message>
        <message>
            <source>a statistic needs at least one --series</source>
            <translation>một phép thống kê cần ít nhất một --series</translation>
        </message>
        <message>
            <source>a correlation needs two --series</source>
            <translation>tương quan cần hai --series</translation>
        </message>
        <message>
            <source>--from must be before --to</source>
            <translation>--from phải trước --to</translation>
        </message>
        <message>
            <source>no series of this indicator in the archive</source>
            <translation>kho lưu trữ không có chuỗi số liệu nào của chỉ số này</translation>
        </message>
        <message>
            <source>a correlation needs two series</source>
            <translation>tương quan cần hai chuỗi số liệu</translation>
        </message>
        <message>
            <source>a %1 has no parameter %2</source>
            <translation>loại %1 không có tham số %2</translation>
        </message>
        <message>
            <source>parameter %1 of %2 is out of range or of the wrong type</source>
            <translation>tham số %1 của %2 nằm ngoài phạm vi hoặc sai kiểu</translation>
        </message>
        <message>
            <source>a %1 needs the parameter %2</source>
            <translation>loại %1 cần tham số %2</translation>
        </message>
        <message>
            <source>fn quantile needs q</source>
            <translation>fn quantile cần q</translation>
        </message>
        <message>
            <source>a rolling window takes fn mean, sum, count, min or max</source>
            <translation>cửa sổ trượt nhận fn mean, sum, count, min hoặc max</translation>
        </message>
    </context>
    <context>
        <name>cityops::stats::StatsRunner</name>
        <message>
            <source>no such service %1</source>
            <translation>không có dịch vụ %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::status</name>
        <message>
            <source>under a minute</source>
            <translation>chưa tới một phút</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n phút</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n giờ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 giờ %2 phút</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Báo động</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>Advisory</source>
            <translation>Chú ý</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Bình thường</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Chưa có số liệu</translation>
        </message>
        <message numerus="yes">
            <source>%n abnormal</source>
            <translation>
                <numerusform>%n bất thường</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stale</source>
            <translation>
                <numerusform>%n mất tín hiệu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::store::Archive</name>
        <message>
            <source>The Qt SQL driver for this archive is not installed</source>
            <translation>Chưa cài trình điều khiển Qt SQL cho kho lưu trữ này</translation>
        </message>
        <message>
            <source>No archive at this path</source>
            <translation>Không có kho lưu trữ ở đường dẫn này</translation>
        </message>
        <message>
            <source>Cannot create the archive's folder</source>
            <translation>Không tạo được thư mục của kho lưu trữ</translation>
        </message>
        <message>
            <source>Cannot open the archive</source>
            <translation>Không mở được kho lưu trữ</translation>
        </message>
        <message>
            <source>This database is not a CityOps archive</source>
            <translation>Cơ sở dữ liệu này không phải kho lưu trữ CityOps</translation>
        </message>
        <message>
            <source>This archive was written by a newer CityOps</source>
            <translation>Kho lưu trữ này được ghi bởi phiên bản CityOps mới hơn</translation>
        </message>
        <message>
            <source>The archive needs an upgrade; open it for writing first</source>
            <translation>Kho lưu trữ cần nâng cấp; hãy mở để ghi trước</translation>
        </message>
        <message>
            <source>This series is archived in another unit</source>
            <translation>Chuỗi số liệu này được lưu theo đơn vị khác</translation>
        </message>
        <message>
            <source>The archive refused a query</source>
            <translation>Kho lưu trữ từ chối một truy vấn</translation>
        </message>
        <message>
            <source>A PostgreSQL archive is written postgresql://user@host:port/database</source>
            <translation>Kho lưu trữ PostgreSQL được viết dạng postgresql://người_dùng@máy:cổng/cơ_sở_dữ_liệu</translation>
        </message>
        <message>
            <source>Unknown archive URL: use a file path (SQLite) or postgresql://…</source>
            <translation>Địa chỉ kho lưu trữ không xác định: dùng đường dẫn tệp (SQLite) hoặc postgresql://…</translation>
        </message>
        <message>
            <source>No archive given</source>
            <translation>Chưa chỉ định kho lưu trữ</translation>
        </message>
        <message>
            <source>The archive refused a bulk copy</source>
            <translation>Kho lưu trữ từ chối một lần sao chép hàng loạt</translation>
        </message>
        <message>
            <source>The archive refused a write</source>
            <translation>Kho lưu trữ từ chối một lần ghi</translation>
        </message>
        <message>
            <source>This archive holds live data: demo data never goes there</source>
            <translation>Kho lưu trữ này chứa dữ liệu thật: dữ liệu mô phỏng không bao giờ được ghi vào đó</translation>
        </message>
        <message>
            <source>This archive holds the demo city: live data does not go there</source>
            <translation>Kho lưu trữ này chứa thành phố mô phỏng: dữ liệu thật không được ghi vào đó</translation>
        </message>
        <message>
            <source>The archive keeps hourly and daily rollups only</source>
            <translation>Kho lưu trữ chỉ giữ số liệu tổng hợp theo giờ và theo ngày</translation>
        </message>
        <message>
            <source>The archive's folder does not exist (create it first, or check the path)</source>
            <translation>Thư mục của kho dữ liệu không tồn tại (hãy tạo trước, hoặc kiểm tra lại đường dẫn)</translation>
        </message>
        <message>
            <source>The archive is damaged</source>
            <translation>Kho lưu trữ bị hỏng</translation>
        </message>
    </context>
    <context>
        <name>cityops::store::ObservationWriter</name>
        <message>
            <source>%1 %2 is outside the plausible range %3–%4 %2 of %5</source>
            <translation>%1 %2 nằm ngoài khoảng hợp lý %3–%4 %2 của %5</translation>
        </message>
        <message>
            <source>%1 values for one series and time: %2 (lines %3)</source>
            <translation>%1 giá trị cho cùng một chuỗi và thời điểm: %2 (dòng %3)</translation>
        </message>
        <message>
            <source>The writer has already finished</source>
            <translation>Bộ ghi đã kết thúc</translation>
        </message>
    </context>
    <context>
        <name>cityops::store::SeriesReader</name>
        <message>
            <source>No such series</source>
            <translation>Không có chuỗi số liệu này</translation>
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
        <name>cityops::ui::AcknowledgeDialog</name>
        <message>
            <source>Acknowledge the alarm</source>
            <translation>Xác nhận cảnh báo</translation>
        </message>
        <message>
            <source>What was done, or why no action is needed</source>
            <translation>Đã làm gì, hoặc vì sao không cần xử lý</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Người trực</translation>
        </message>
        <message>
            <source>Comment (required)</source>
            <translation>Ghi chú (bắt buộc)</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::AlarmModel</name>
        <message>
            <source>%1 until %2</source>
            <translation>%1 đến %2</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Fired</source>
            <translation>Phát lúc</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation>Người xác nhận</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::AlarmPanel</name>
        <message>
            <source>%1 %2 %3 (clears %4 %5)</source>
            <translation>%1 %2 %3 (hết khi %4 %5)</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Cần xử lý</translation>
        </message>
        <message>
            <source>Unacknowledged</source>
            <translation>Chưa xác nhận</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Đã xác nhận</translation>
        </message>
        <message>
            <source>Shelved</source>
            <translation>Tạm ẩn</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>Every priority</source>
            <translation>Mọi mức</translation>
        </message>
        <message>
            <source>Medium and high</source>
            <translation>Trung bình và cao</translation>
        </message>
        <message>
            <source>High only</source>
            <translation>Chỉ mức cao</translation>
        </message>
        <message>
            <source>Search place, message, operator…</source>
            <translation>Tìm địa điểm, nội dung, người trực…</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Hiển thị</translation>
        </message>
        <message>
            <source>Acknowledge…</source>
            <translation>Xác nhận…</translation>
        </message>
        <message>
            <source>Shelve…</source>
            <translation>Tạm ẩn…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Đã xong.</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Bị từ chối: %1</translation>
        </message>
        <message>
            <source>No alarm log</source>
            <translation>Không có nhật ký cảnh báo</translation>
        </message>
        <message>
            <source>ALARMS NOT READ — %1</source>
            <translation>KHÔNG ĐỌC ĐƯỢC CẢNH BÁO — %1</translation>
        </message>
        <message numerus="yes">
            <source>%n unacknowledged</source>
            <translation>
                <numerusform>%n chưa xác nhận</numerusform>
            </translation>
        </message>
        <message>
            <source>Select an alarm to see why it fired.</source>
            <translation>Chọn một cảnh báo để xem vì sao nó phát ra.</translation>
        </message>
        <message>
            <source>Fired %1 · %2 · worst %3</source>
            <translation>Phát lúc %1 · %2 · mức nặng nhất %3</translation>
        </message>
        <message>
            <source>cleared %1</source>
            <translation>hết lúc %1</translation>
        </message>
        <message>
            <source>still active</source>
            <translation>vẫn đang diễn ra</translation>
        </message>
        <message>
            <source>Rule: %1</source>
            <translation>Quy tắc: %1</translation>
        </message>
        <message>
            <source>Why it has not cleared: %1</source>
            <translation>Vì sao chưa hết: %1</translation>
        </message>
        <message>
            <source>Acknowledged by %1: %2</source>
            <translation>%1 đã xác nhận: %2</translation>
        </message>
        <message>
            <source>Shelved by %1 until %2: %3</source>
            <translation>%1 tạm ẩn đến %2: %3</translation>
        </message>
        <message>
            <source>Suppressed</source>
            <translation>Đã gộp</translation>
        </message>
        <message>
            <source>Suppressed since %1: part of %2</source>
            <translation>Đã gộp từ %1: thuộc cảnh báo %2</translation>
        </message>
        <message>
            <source>Was suppressed from %1 as part of %2</source>
            <translation>Đã được gộp từ %1 vào cảnh báo %2</translation>
        </message>
        <message numerus="yes">
            <source>Escalated to the shift supervisor at %1: not acknowledged within %n minute(s)</source>
            <translation>
                <numerusform>Đã báo trưởng ca lúc %1: không được xác nhận trong %n phút</numerusform>
            </translation>
        </message>
        <message>
            <source>Out of service</source>
            <translation>Ngừng giám sát</translation>
        </message>
        <message>
            <source>Out of service since %1: its place is in maintenance</source>
            <translation>Ngừng giám sát từ %1: địa điểm đang bảo trì</translation>
        </message>
        <message>
            <source>holds for</source>
            <translation>giữ trong</translation>
        </message>
        <message>
            <source>clears after</source>
            <translation>hết sau</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>từ</translation>
        </message>
        <message>
            <source>at most</source>
            <translation>tối đa</translation>
        </message>
        <message>
            <source>clears below</source>
            <translation>hết khi dưới</translation>
        </message>
        <message>
            <source>within</source>
            <translation>trong</translation>
        </message>
        <message>
            <source>per hour from</source>
            <translation>mỗi giờ từ</translation>
        </message>
        <message>
            <source>clears per hour below</source>
            <translation>hết khi mỗi giờ dưới</translation>
        </message>
        <message>
            <source>over</source>
            <translation>so với trước</translation>
        </message>
        <message>
            <source>above</source>
            <translation>trên</translation>
        </message>
        <message>
            <source>below</source>
            <translation>dưới</translation>
        </message>
        <message>
            <source>clears at</source>
            <translation>hết ở</translation>
        </message>
        <message>
            <source>looking ahead</source>
            <translation>dự báo trước</translation>
        </message>
        <message>
            <source>trend over</source>
            <translation>xu hướng trong</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>nền</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>số tuần</translation>
        </message>
        <message>
            <source>deviations from</source>
            <translation>độ lệch chuẩn từ</translation>
        </message>
        <message>
            <source>clears below deviations</source>
            <translation>hết khi độ lệch dưới</translation>
        </message>
        <message>
            <source>periods of silence</source>
            <translation>số chu kỳ im lặng</translation>
        </message>
        <message>
            <source>readings no older than</source>
            <translation>số liệu không cũ hơn</translation>
        </message>
        <message>
            <source>margin</source>
            <translation>biên</translation>
        </message>
        <message>
            <source>by</source>
            <translation>hạn</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::AlarmSound</name>
        <message>
            <source>%1 did not start: %2</source>
            <translation>%1 không khởi động được: %2</translation>
        </message>
        <message>
            <source>%1 did not finish</source>
            <translation>%1 không kết thúc</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 bị lỗi: %2</translation>
        </message>
        <message>
            <source>exit code %1</source>
            <translation>mã thoát %1</translation>
        </message>
        <message>
            <source>No place to make the alarm sound in</source>
            <translation>Không có chỗ để tạo âm thanh cảnh báo</translation>
        </message>
        <message>
            <source>The alarm sound could not be played: %1</source>
            <translation>Không phát được âm thanh cảnh báo: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::AlarmTicker</name>
        <message>
            <source>ALARMS NOT READ — %1</source>
            <translation>KHÔNG ĐỌC ĐƯỢC CẢNH BÁO — %1</translation>
        </message>
        <message>
            <source>No alarm needs attention.</source>
            <translation>Không có cảnh báo nào cần xử lý.</translation>
        </message>
        <message>
            <source>Reading the alarms…</source>
            <translation>Đang đọc các cảnh báo…</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::Alarms</name>
        <message>
            <source>High</source>
            <translation>Cao</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Thấp</translation>
        </message>
        <message>
            <source>Unacknowledged</source>
            <translation>Chưa xác nhận</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Đã xác nhận</translation>
        </message>
        <message>
            <source>Cleared, unacknowledged</source>
            <translation>Đã hết, chưa xác nhận</translation>
        </message>
        <message>
            <source>Shelved</source>
            <translation>Tạm ẩn</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Đã kết thúc</translation>
        </message>
        <message>
            <source>Suppressed: part of a larger alarm</source>
            <translation>Đã gộp vào cảnh báo chính</translation>
        </message>
        <message>
            <source>%1 · escalated</source>
            <translation>%1 · đã báo trưởng ca</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n phút</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n giờ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>Out of service</source>
            <translation>Ngừng giám sát</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::AlertsTile</name>
        <message>
            <source>Abnormal now</source>
            <translation>Đang bất thường</translation>
        </message>
        <message>
            <source>%1 — stale %2</source>
            <translation>%1 — mất tín hiệu %2</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>+ %n more</source>
            <translation>
                <numerusform>+ %n mục khác</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing abnormal: every series is within its limits and updating.</source>
            <translation>Không có gì bất thường: mọi chuỗi số liệu đều trong ngưỡng và đang cập nhật.</translation>
        </message>
        <message>
            <source>No data received yet.</source>
            <translation>Chưa nhận được số liệu nào.</translation>
        </message>
        <message>
            <source>Alarms</source>
            <translation>Cảnh báo</translation>
        </message>
        <message numerus="yes">
            <source>Alarms · %n unacknowledged</source>
            <translation>
                <numerusform>Cảnh báo · %n chưa xác nhận</numerusform>
            </translation>
        </message>
        <message>
            <source>ALARMS NOT READ — %1</source>
            <translation>KHÔNG ĐỌC ĐƯỢC CẢNH BÁO — %1</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>No alarm: nothing needs attention.</source>
            <translation>Không có cảnh báo: không có gì cần xử lý.</translation>
        </message>
        <message>
            <source>Reading the alarms…</source>
            <translation>Đang đọc các cảnh báo…</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::Basemap</name>
        <message>
            <source>a tile URL needs {z}, {x} and {y}</source>
            <translation>URL ô bản đồ cần có {z}, {x} và {y}</translation>
        </message>
        <message>
            <source>the MBTiles file does not exist</source>
            <translation>tệp MBTiles không tồn tại</translation>
        </message>
        <message>
            <source>cannot open the MBTiles file</source>
            <translation>không mở được tệp MBTiles</translation>
        </message>
        <message>
            <source>not an MBTiles file (no tiles table)</source>
            <translation>không phải tệp MBTiles (không có bảng tiles)</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::ChartTile</name>
        <message>
            <source>thresholds %1 %2</source>
            <translation>ngưỡng %1 %2</translation>
        </message>
        <message>
            <source>normal %1–%2 %3</source>
            <translation>bình thường %1–%2 %3</translation>
        </message>
        <message numerus="yes">
            <source>last %n h</source>
            <translation>
                <numerusform>%n giờ qua</numerusform>
            </translation>
        </message>
        <message>
            <source>no data</source>
            <translation>không có số liệu</translation>
        </message>
        <message>
            <source>STALE %1</source>
            <translation>MẤT TÍN HIỆU %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::ClockTile</name>
        <message>
            <source>Da Nang time (UTC+7)</source>
            <translation>giờ Đà Nẵng (UTC+7)</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::FeedHealthView</name>
        <message>
            <source>● fine</source>
            <translation>● tốt</translation>
        </message>
        <message>
            <source>▲ late</source>
            <translation>▲ chậm</translation>
        </message>
        <message>
            <source>✖ failing</source>
            <translation>✖ lỗi</translation>
        </message>
        <message>
            <source>○ waiting</source>
            <translation>○ đang chờ</translation>
        </message>
        <message>
            <source>never</source>
            <translation>chưa lần nào</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n min ago)</source>
            <translation>
                <numerusform>%1 (%n phút trước)</numerusform>
            </translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Lần tốt gần nhất</translation>
        </message>
        <message>
            <source>Poll takes</source>
            <translation>Thời gian đọc</translation>
        </message>
        <message>
            <source>Records / min</source>
            <translation>Bản ghi / phút</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>Cách ly</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Lỗi gần nhất</translation>
        </message>
        <message>
            <source>Feeds collected by this console — %1</source>
            <translation>Các nguồn dữ liệu máy này thu thập — %1</translation>
        </message>
        <message>
            <source>This console collects no feeds (cityops --feeds FILE).</source>
            <translation>Máy này không thu thập nguồn nào (cityops --feeds TỆP).</translation>
        </message>
        <message>
            <source>● feeds %1/%2</source>
            <translation>● nguồn %1/%2</translation>
        </message>
        <message>
            <source>✖ feeds %1/%2</source>
            <translation>✖ nguồn %1/%2</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::GroupPage</name>
        <message>
            <source>Whole city</source>
            <translation>Toàn thành phố</translation>
        </message>
        <message>
            <source>District: %1</source>
            <translation>Quận/huyện: %1</translation>
        </message>
        <message>
            <source>stale</source>
            <translation>mất tín hiệu</translation>
        </message>
        <message>
            <source> (%1, lowest)</source>
            <translation> (%1, thấp nhất)</translation>
        </message>
        <message>
            <source> (%1, highest)</source>
            <translation> (%1, cao nhất)</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Chỉ số</translation>
        </message>
        <message>
            <source>Statistics (%1)</source>
            <translation>Thống kê (%1)</translation>
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
        <message numerus="yes">
            <source>+ %n more indicator(s)</source>
            <translation>
                <numerusform>+ %n chỉ số khác</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::GroupsTile</name>
        <message>
            <source>The 15 data groups now</source>
            <translation>15 nhóm dữ liệu lúc này</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>không có số liệu</translation>
        </message>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n chuỗi số liệu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>normal · %n series</source>
            <translation>
                <numerusform>bình thường · %n chuỗi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s)</source>
            <translation>
                <numerusform>%n cảnh báo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unacknowledged</source>
            <translation>
                <numerusform>%n chưa xác nhận</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::IndicatorPage</name>
        <message>
            <source>6 h</source>
            <translation>6 giờ</translation>
        </message>
        <message>
            <source>24 h</source>
            <translation>24 giờ</translation>
        </message>
        <message>
            <source>7 days</source>
            <translation>7 ngày</translation>
        </message>
        <message>
            <source>30 days</source>
            <translation>30 ngày</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 năm</translation>
        </message>
        <message>
            <source>5 years</source>
            <translation>5 năm</translation>
        </message>
        <message>
            <source>wheel: zoom · drag: move through time</source>
            <translation>cuộn chuột: phóng to · kéo: di chuyển theo thời gian</translation>
        </message>
        <message>
            <source>no series here</source>
            <translation>không có chuỗi số liệu ở đây</translation>
        </message>
        <message>
            <source>STALE %1</source>
            <translation>MẤT TÍN HIỆU %1</translation>
        </message>
        <message>
            <source>thresholds %1 %2</source>
            <translation>ngưỡng %1 %2</translation>
        </message>
        <message>
            <source>normal %1–%2 %3</source>
            <translation>bình thường %1–%2 %3</translation>
        </message>
        <message>
            <source>Districts compared (latest values; click a district to filter)</source>
            <translation>So sánh các quận/huyện (giá trị mới nhất; bấm vào một quận để lọc)</translation>
        </message>
        <message>
            <source>%1: no data</source>
            <translation>%1: không có số liệu</translation>
        </message>
        <message>
            <source>Stations compared (latest values)</source>
            <translation>So sánh các trạm (giá trị mới nhất)</translation>
        </message>
        <message>
            <source>Stations in %1 (latest values)</source>
            <translation>Các trạm ở %1 (giá trị mới nhất)</translation>
        </message>
        <message>
            <source>Da Nang against the national figure and the targets</source>
            <translation>Đà Nẵng so với cả nước và các mục tiêu</translation>
        </message>
        <message>
            <source>national</source>
            <translation>cả nước</translation>
        </message>
        <message>
            <source>target %1</source>
            <translation>mục tiêu %1</translation>
        </message>
        <message>
            <source>One city-wide value: nothing to compare</source>
            <translation>Một giá trị chung cho toàn thành phố: không có gì để so sánh</translation>
        </message>
        <message>
            <source>update period: %1</source>
            <translation>chu kỳ cập nhật: %1</translation>
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
        <message>
            <source>stale · %1</source>
            <translation>mất tín hiệu · %1</translation>
        </message>
        <message>
            <source>change: %1</source>
            <translation>thay đổi: %1</translation>
        </message>
        <message>
            <source>in this CityOps catalog</source>
            <translation>trong danh mục CityOps này</translation>
        </message>
        <message>
            <source>published: %1 (%2)</source>
            <translation>số công bố: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::LiveTile</name>
        <message>
            <source>stale %1</source>
            <translation>mất tín hiệu %1</translation>
        </message>
        <message>
            <source>Schematic map — not official boundaries</source>
            <translation>Bản đồ sơ đồ minh họa — không phải ranh giới chính thức</translation>
        </message>
        <message numerus="yes">
            <source>%n alarm(s)</source>
            <translation>
                <numerusform>%n cảnh báo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unacknowledged</source>
            <translation>
                <numerusform>%n chưa xác nhận</numerusform>
            </translation>
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
            <source>DEMO — simulated data</source>
            <translation>DEMO — dữ liệu mô phỏng</translation>
        </message>
        <message>
            <source>The demo city: simulated data in an archive of its own, never the live one.</source>
            <translation>Thành phố mô phỏng: dữ liệu mô phỏng trong kho lưu trữ riêng, không bao giờ ghi vào kho dữ liệu thật.</translation>
        </message>
        <message>
            <source>%1 data groups · %2 indicators — demo city starting…</source>
            <translation>%1 nhóm dữ liệu · %2 chỉ số — đang khởi động thành phố mô phỏng…</translation>
        </message>
        <message>
            <source>%1 data groups · %2 indicators — demo city: %3 series, %4 readings, latest %5</source>
            <translation>%1 nhóm dữ liệu · %2 chỉ số — thành phố mô phỏng: %3 chuỗi số liệu, %4 số đo, mới nhất lúc %5</translation>
        </message>
        <message>
            <source>The demo city stopped: %1</source>
            <translation>Thành phố mô phỏng đã dừng: %1</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>Open a map layer (GeoJSON)…</source>
            <translation>Mở lớp bản đồ (GeoJSON)…</translation>
        </message>
        <message>
            <source>Open a map layer</source>
            <translation>Mở lớp bản đồ</translation>
        </message>
        <message>
            <source>GeoJSON (*.geojson *.json)</source>
            <translation>GeoJSON (*.geojson *.json)</translation>
        </message>
        <message>
            <source>Map layer</source>
            <translation>Lớp bản đồ</translation>
        </message>
        <message>
            <source>Use the built-in schematic map</source>
            <translation>Dùng bản đồ sơ đồ có sẵn</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <source>%1 data groups · %2 indicators</source>
            <translation>%1 nhóm dữ liệu · %2 chỉ số</translation>
        </message>
        <message>
            <source>no live feed connected yet</source>
            <translation>chưa kết nối nguồn dữ liệu thật nào</translation>
        </message>
        <message>
            <source>archive %1</source>
            <translation>kho dữ liệu %1</translation>
        </message>
        <message>
            <source>no series yet</source>
            <translation>chưa có chuỗi số liệu nào</translation>
        </message>
        <message numerus="yes">
            <source>%n series, newest reading %1</source>
            <translation>
                <numerusform>%n chuỗi số liệu, số liệu mới nhất lúc %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Alarms</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>Alarms: NOT READ</source>
            <translation>Cảnh báo: KHÔNG ĐỌC ĐƯỢC</translation>
        </message>
        <message numerus="yes">
            <source>Alarms: %n unacknowledged</source>
            <translation>
                <numerusform>Cảnh báo: %n chưa xác nhận</numerusform>
            </translation>
        </message>
        <message>
            <source>Alarms: none waiting</source>
            <translation>Cảnh báo: không có mục chờ</translation>
        </message>
        <message>
            <source>&amp;Sound</source>
            <translation>Â&amp;m thanh</translation>
        </message>
        <message>
            <source>Mute alarms on this console</source>
            <translation>Tắt tiếng cảnh báo trên máy này</translation>
        </message>
        <message>
            <source>Sound: working</source>
            <translation>Âm thanh: đang hoạt động</translation>
        </message>
        <message>
            <source>Sound not heard: %1</source>
            <translation>Không phát được âm thanh: %1</translation>
        </message>
        <message>
            <source>Alarm system health</source>
            <translation>Sức khỏe hệ thống cảnh báo</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Nguồn dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::MapTile</name>
        <message>
            <source>markers: %1</source>
            <translation>điểm đo: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::MapView</name>
        <message>
            <source>no data</source>
            <translation>không có số liệu</translation>
        </message>
        <message numerus="yes">
            <source>%n stations</source>
            <translation>
                <numerusform>%n trạm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>và %n mục khác</numerusform>
            </translation>
        </message>
        <message>
            <source>Without a location: %1</source>
            <translation>Chưa có tọa độ: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::ShelveDialog</name>
        <message>
            <source>Shelve the alarm</source>
            <translation>Tạm ẩn cảnh báo</translation>
        </message>
        <message>
            <source>Why it may be hidden for a while (a station in maintenance…)</source>
            <translation>Vì sao có thể ẩn một thời gian (trạm đang bảo trì…)</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n phút</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n giờ</numerusform>
            </translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Người trực</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>Lý do (bắt buộc)</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Trong</translation>
        </message>
        <message>
            <source>Shelve</source>
            <translation>Tạm ẩn</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::StatCard</name>
        <message>
            <source>computing…</source>
            <translation>đang tính…</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Nguồn gốc</translation>
        </message>
        <message>
            <source>Which series, which window, how many readings, how complete</source>
            <translation>Chuỗi số liệu nào, khoảng thời gian nào, bao nhiêu số đo, đầy đủ đến đâu</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Xuất CSV…</translation>
        </message>
        <message>
            <source>Could not be computed: %1</source>
            <translation>Không tính được: %1</translation>
        </message>
        <message>
            <source>Filtered to %1</source>
            <translation>Lọc theo %1</translation>
        </message>
        <message>
            <source>City-wide: the district filter does not apply</source>
            <translation>Toàn thành phố: bộ lọc quận, huyện không áp dụng</translation>
        </message>
        <message>
            <source>target %1: %2</source>
            <translation>mục tiêu %1: %2</translation>
        </message>
        <message>
            <source>national: %1</source>
            <translation>cả nước: %1</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… và %1 chuỗi khác</translation>
        </message>
        <message>
            <source>Service: %1 (%2)</source>
            <translation>Dịch vụ: %1 (%2)</translation>
        </message>
        <message>
            <source>How: %1</source>
            <translation>Cách tính: %1</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>Đã thực hiện: %1</translation>
        </message>
        <message>
            <source>Series: %1</source>
            <translation>Chuỗi số liệu: %1</translation>
        </message>
        <message>
            <source>Window: %1 → %2</source>
            <translation>Khoảng thời gian: %1 → %2</translation>
        </message>
        <message>
            <source>Readings used: %1</source>
            <translation>Số đo đã dùng: %1</translation>
        </message>
        <message>
            <source>Completeness: %1</source>
            <translation>Độ đầy đủ: %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>không rõ</translation>
        </message>
        <message>
            <source>Update periods without a reading: %1</source>
            <translation>Chu kỳ cập nhật không có số đo: %1</translation>
        </message>
        <message>
            <source>Longest gaps: %1</source>
            <translation>Khoảng trống dài nhất: %1</translation>
        </message>
        <message>
            <source>No figure: %1</source>
            <translation>Không có số liệu: %1</translation>
        </message>
        <message>
            <source>Computed at %1</source>
            <translation>Tính lúc %1</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Xuất CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>Không ghi được %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::StatChart</name>
        <message>
            <source>no rows to draw</source>
            <translation>không có dòng nào để vẽ</translation>
        </message>
        <message>
            <source>+%1</source>
            <translation>+%1</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::StatTile</name>
        <message>
            <source>Statistics are not available here</source>
            <translation>Không có thống kê ở đây</translation>
        </message>
        <message>
            <source>Could not be computed: %1</source>
            <translation>Không tính được: %1</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::StatsPage</name>
        <message>
            <source>Statistics are not available here: no archive or store to compute them on.</source>
            <translation>Không có thống kê ở đây: không có kho lưu trữ hay bộ nhớ số liệu để tính.</translation>
        </message>
        <message numerus="yes">
            <source>%n service(s) of this group · computed at %1 · every five minutes</source>
            <translation>
                <numerusform>%n dịch vụ của nhóm · tính lúc %1 · năm phút một lần</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Computing %n service(s)…</source>
            <translation>
                <numerusform>Đang tính %n dịch vụ…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::SupervisorView</name>
        <message>
            <source>✓ meets the target</source>
            <translation>✓ đạt mục tiêu</translation>
        </message>
        <message>
            <source>✗ misses the target</source>
            <translation>✗ chưa đạt mục tiêu</translation>
        </message>
        <message>
            <source>The alarm system, last 24 hours</source>
            <translation>Hệ thống cảnh báo trong 24 giờ qua</translation>
        </message>
        <message>
            <source>Reading the alarms…</source>
            <translation>Đang đọc các cảnh báo…</translation>
        </message>
        <message>
            <source>No alarm log is followed.</source>
            <translation>Không theo dõi nhật ký cảnh báo nào.</translation>
        </message>
        <message>
            <source>Alarms in 24 h</source>
            <translation>Số cảnh báo trong 24 giờ</translation>
        </message>
        <message>
            <source>Alarms per 10 minutes</source>
            <translation>Cảnh báo mỗi 10 phút</translation>
        </message>
        <message>
            <source>≤ 1</source>
            <translation>≤ 1</translation>
        </message>
        <message>
            <source>Busiest 10 minutes</source>
            <translation>10 phút dày nhất</translation>
        </message>
        <message>
            <source>≤ 10</source>
            <translation>≤ 10</translation>
        </message>
        <message>
            <source>Time in flood (&gt; 10 in 10 min)</source>
            <translation>Thời gian bị dồn dập (&gt; 10 trong 10 phút)</translation>
        </message>
        <message>
            <source>&lt; 1 %</source>
            <translation>&lt; 1 %</translation>
        </message>
        <message>
            <source>Chattering alarms</source>
            <translation>Cảnh báo bật tắt liên tục</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>Stale alarms (active &gt; 24 h)</source>
            <translation>Cảnh báo kéo dài (&gt; 24 giờ)</translation>
        </message>
        <message>
            <source>&lt; 5</source>
            <translation>&lt; 5</translation>
        </message>
        <message>
            <source>%1 % (target ~%2 %)</source>
            <translation>%1 % (mục tiêu ~%2 %)</translation>
        </message>
        <message>
            <source>High priority</source>
            <translation>Mức cao</translation>
        </message>
        <message>
            <source>Medium priority</source>
            <translation>Mức trung bình</translation>
        </message>
        <message>
            <source>Low priority</source>
            <translation>Mức thấp</translation>
        </message>
        <message>
            <source>Shelved now</source>
            <translation>Đang tạm ẩn</translation>
        </message>
        <message>
            <source>Suppressed (part of a larger alarm)</source>
            <translation>Đã gộp (thuộc cảnh báo chính)</translation>
        </message>
        <message>
            <source>Escalated (not acknowledged in time)</source>
            <translation>Đã báo trưởng ca (không xác nhận kịp)</translation>
        </message>
        <message>
            <source>The rules that raise the most</source>
            <translation>Các quy tắc cảnh báo nhiều nhất</translation>
        </message>
        <message>
            <source>%1: %2 (%3 %)</source>
            <translation>%1: %2 (%3 %)</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::WallConfig</name>
        <message>
            <source>unknown key</source>
            <translation>khóa không hợp lệ</translation>
        </message>
        <message>
            <source>expected a whole number from %1 to %2</source>
            <translation>cần một số nguyên từ %1 đến %2</translation>
        </message>
        <message>
            <source>expected a string</source>
            <translation>cần một chuỗi ký tự</translation>
        </message>
        <message>
            <source>an indicator is required</source>
            <translation>cần chỉ rõ một chỉ số</translation>
        </message>
        <message>
            <source>unknown indicator '%1'</source>
            <translation>không có chỉ số '%1'</translation>
        </message>
        <message>
            <source>a map colours districts: '%1' is not an area indicator</source>
            <translation>bản đồ tô màu theo quận: '%1' không phải chỉ số theo khu vực</translation>
        </message>
        <message>
            <source>markers need a station indicator: '%1' is not one</source>
            <translation>điểm đo cần một chỉ số theo trạm: '%1' không phải</translation>
        </message>
        <message>
            <source>unknown place '%1'</source>
            <translation>không có địa điểm '%1'</translation>
        </message>
        <message>
            <source>a page needs a title {"vi": …, "en": …}</source>
            <translation>trang cần có tiêu đề {"vi": …, "en": …}</translation>
        </message>
        <message>
            <source>a page needs at least one tile</source>
            <translation>trang cần ít nhất một ô</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>cần một đối tượng JSON</translation>
        </message>
        <message>
            <source>overlaps tile %1</source>
            <translation>chồng lên ô %1</translation>
        </message>
        <message>
            <source>expected "cityops-wall/1"</source>
            <translation>cần "cityops-wall/1"</translation>
        </message>
        <message>
            <source>at least one screen is required</source>
            <translation>cần ít nhất một màn hình</translation>
        </message>
        <message>
            <source>rotating faster than every 5 s cannot be read</source>
            <translation>luân phiên nhanh hơn 5 giây thì không kịp đọc</translation>
        </message>
        <message>
            <source>a screen needs at least one page</source>
            <translation>màn hình cần ít nhất một trang</translation>
        </message>
        <message>
            <source>the wall file is not valid JSON</source>
            <translation>tệp cấu hình tường không phải JSON hợp lệ</translation>
        </message>
        <message numerus="yes">
            <source>the wall file has %n problem(s)</source>
            <translation>
                <numerusform>tệp cấu hình tường có %n lỗi</numerusform>
            </translation>
        </message>
        <message>
            <source>cannot read the wall file</source>
            <translation>không đọc được tệp cấu hình tường</translation>
        </message>
        <message>
            <source>unknown tile type '%1' (groups, alerts, chart, kpi, map, clock, stat)</source>
            <translation>loại ô không xác định '%1' (groups, alerts, chart, kpi, map, clock, stat)</translation>
        </message>
        <message>
            <source>a stat tile needs "service": an id of services.json</source>
            <translation>ô stat cần "service": một mã trong services.json</translation>
        </message>
        <message>
            <source>unknown statistics service '%1'</source>
            <translation>dịch vụ thống kê không xác định '%1'</translation>
        </message>
    </context>
    <context>
        <name>cityops::ui::WallWindow</name>
        <message>
            <source>CityOps wall — screen %1</source>
            <translation>Tường CityOps — màn hình %1</translation>
        </message>
        <message>
            <source>DEMO — simulated data</source>
            <translation>DEMO — dữ liệu mô phỏng</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>trang %1/%2</translation>
        </message>
        <message>
            <source>● feeds %1/%2</source>
            <translation>● nguồn %1/%2</translation>
        </message>
        <message>
            <source>✖ feeds %1/%2</source>
            <translation>✖ nguồn %1/%2</translation>
        </message>
    </context>
    <context>
        <name>cityops::warnings::Rule</name>
        <message>
            <source>rule %1: unknown indicator %2</source>
            <translation>quy tắc %1: chỉ số không xác định %2</translation>
        </message>
        <message>
            <source>rule %1: unknown kind %2</source>
            <translation>quy tắc %1: loại không xác định %2</translation>
        </message>
        <message>
            <source>rule %1 has no levels</source>
            <translation>quy tắc %1 không có mức nào</translation>
        </message>
    </context>
</TS>
