/**
 * One table from error code to HTTP status and the Vietnamese message shown to people
 * (ARCHITECTURE.md, Errors). The code is for programs and never changes once published.
 */
export const errorCodes = {
  validation_failed: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ' },
  invalid_json: { status: 400, message: 'Nội dung gửi lên không phải JSON hợp lệ' },
  bad_request: { status: 400, message: 'Yêu cầu không hợp lệ' },
  unauthenticated: { status: 401, message: 'Vui lòng đăng nhập để tiếp tục' },
  session_expired: { status: 401, message: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại' },
  invalid_credentials: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng' },
  account_locked: {
    status: 423,
    message: 'Tài khoản tạm khoá do đăng nhập sai nhiều lần, vui lòng thử lại sau',
  },
  account_disabled: { status: 403, message: 'Tài khoản đã bị vô hiệu hoá' },
  wrong_current_password: { status: 400, message: 'Mật khẩu hiện tại không đúng' },
  csrf_invalid: {
    status: 403,
    message: 'Phiên biểu mẫu không hợp lệ, vui lòng tải lại trang và thử lại',
  },
  forbidden: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này' },
  out_of_scope: {
    status: 403,
    message: 'Đơn vị này nằm ngoài phạm vi được phân quyền của bạn',
  },
  not_found: { status: 404, message: 'Không tìm thấy tài nguyên yêu cầu' },
  unit_not_found: { status: 404, message: 'Không tìm thấy đơn vị' },
  user_not_found: { status: 404, message: 'Không tìm thấy người dùng' },
  plan_not_found: { status: 404, message: 'Không tìm thấy kế hoạch' },
  plan_task_not_found: { status: 404, message: 'Không tìm thấy nhiệm vụ trong kế hoạch' },
  plan_state_invalid: {
    status: 409,
    message: 'Kế hoạch đang ở trạng thái không cho phép thao tác này',
  },
  unit_plan_exists: {
    status: 409,
    message: 'Đơn vị đã có kế hoạch CCHC theo kế hoạch này',
  },
  unit_plan_not_required: {
    status: 422,
    message:
      'Chỉ sở, ban, ngành, cơ quan Trung ương, huyện và xã xây dựng kế hoạch CCHC theo kế hoạch của tỉnh',
  },
  plan_not_province: {
    status: 409,
    message: 'Thao tác này chỉ áp dụng cho kế hoạch CCHC của tỉnh',
  },
  plan_not_unit: {
    status: 409,
    message: 'Thao tác này chỉ áp dụng cho kế hoạch của đơn vị',
  },
  plan_issue_date_invalid: {
    status: 422,
    message:
      'Ngày ban hành không được sau ngày hôm nay và không trước ngày ban hành kế hoạch của tỉnh',
  },
  task_progress_inconsistent: {
    status: 422,
    message:
      'Trạng thái không khớp với tỷ lệ hoàn thành: hoàn thành phải là 100 %, chưa triển khai phải là 0 %',
  },
  plan_area_not_found: { status: 422, message: 'Lĩnh vực không có trong kế hoạch' },
  evidence_type_not_allowed: {
    status: 415,
    message: 'Tệp minh chứng phải là PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG',
  },
  evidence_too_large: { status: 413, message: 'Tệp minh chứng vượt quá dung lượng cho phép' },
  evidence_not_found: { status: 404, message: 'Không tìm thấy tệp minh chứng' },
  evidence_progress_missing: {
    status: 409,
    message: 'Hãy cập nhật tiến độ trước khi đính kèm minh chứng',
  },
  subtask_unit_invalid: {
    status: 422,
    message: 'Nhiệm vụ con chỉ giao cho đơn vị trực thuộc đơn vị chủ trì, đang hoạt động',
  },
  subtask_exists: { status: 409, message: 'Đơn vị đã được giao nhiệm vụ con của nhiệm vụ này' },
  subtask_nested: { status: 422, message: 'Không chia tiếp nhiệm vụ con thành nhiệm vụ con' },
  subtask_deadline_invalid: {
    status: 422,
    message: 'Thời hạn của nhiệm vụ con không được sau thời hạn của nhiệm vụ',
  },
  plan_exists: { status: 409, message: 'Đơn vị đã có kế hoạch CCHC của năm này' },
  period_invalid: {
    status: 400,
    message: 'Mã kỳ báo cáo không hợp lệ (ví dụ: 2021Q1, 2021S1, 2021)',
  },
  method_not_allowed: { status: 405, message: 'Phương thức không được hỗ trợ' },
  unit_code_taken: { status: 409, message: 'Mã đơn vị đã được dùng cho một đơn vị đang hoạt động' },
  unit_closed: { status: 409, message: 'Đơn vị đã ngừng hoạt động, không thể thay đổi' },
  unit_has_open_children: {
    status: 409,
    message:
      'Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy sáp nhập hoặc đóng các đơn vị trực thuộc trước',
  },
  unit_parent_kind_invalid: {
    status: 422,
    message: 'Loại đơn vị này không thể trực thuộc đơn vị cấp trên đã chọn',
  },
  unit_dates_invalid: {
    status: 422,
    message: 'Ngày hiệu lực không hợp lệ so với thời gian hoạt động của đơn vị',
  },
  username_taken: { status: 409, message: 'Tên đăng nhập đã tồn tại' },
  role_requires_province: {
    status: 422,
    message: 'Vai trò này chỉ được gán ở cấp tỉnh',
  },
  cannot_disable_self: { status: 422, message: 'Không thể tự vô hiệu hoá tài khoản của mình' },
  weak_password: { status: 422, message: 'Mật khẩu cần ít nhất 10 ký tự, gồm cả chữ và số' },
  import_has_errors: {
    status: 422,
    message: 'Tệp nhập có dòng lỗi; không dòng nào được ghi. Xem chi tiết từng dòng',
  },
  calendar_year_unsupported: {
    status: 422,
    message: 'Năm này nằm ngoài phạm vi lịch làm việc được hỗ trợ (từ 2014 đến 2198)',
  },
  calendar_year_invalid: {
    status: 422,
    message:
      'Lịch nghỉ của năm có ngày không hợp lệ; không ngày nào được lưu. Xem chi tiết từng ngày',
  },
  calendar_year_not_found: {
    status: 404,
    message:
      'Năm này chưa có lịch do quản trị viên nhập; lịch đang dùng là lịch có sẵn hoặc dự kiến',
  },
  calendar_settings_invalid: {
    status: 422,
    message:
      'Giờ làm việc phải gồm buổi sáng rồi buổi chiều, mỗi buổi có giờ bắt đầu trước giờ kết thúc',
  },
  procedure_not_found: { status: 404, message: 'Không tìm thấy thủ tục hành chính' },
  procedure_code_taken: {
    status: 409,
    message: 'Mã thủ tục đã được dùng cho một thủ tục đang áp dụng',
  },
  procedure_closed: { status: 409, message: 'Thủ tục đã hết hiệu lực, không thể thay đổi' },
  procedure_step_shares_invalid: {
    status: 422,
    message: 'Tỷ lệ thời gian của các bước trong quy trình phải cộng lại đúng 100%',
  },
  procedure_step_unit_invalid: {
    status: 422,
    message: 'Đơn vị thực hiện mỗi bước phải là một cơ quan (hoặc loại cơ quan) của thủ tục',
  },
  procedure_time_limit_invalid: {
    status: 422,
    message: 'Thời hạn giải quyết không hợp lệ: không âm; ngày và buổi làm việc phải là số nguyên',
  },
  procedure_agencies_invalid: {
    status: 422,
    message: 'Thủ tục cần ít nhất một cơ quan chủ trì, mỗi đơn vị chỉ ghi một lần',
  },
  procedure_dates_invalid: {
    status: 422,
    message: 'Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực',
  },
  procedure_not_publishable: {
    status: 422,
    message: 'Thủ tục chưa đủ thông tin để công bố: cần thời hạn giải quyết và thành phần hồ sơ',
  },
  dossier_not_found: { status: 404, message: 'Không tìm thấy hồ sơ' },
  dossier_state_invalid: {
    status: 409,
    message: 'Hồ sơ đang ở trạng thái không cho phép thao tác này',
  },
  dossier_procedure_unavailable: {
    status: 422,
    message: 'Thủ tục chưa công bố, đã hết hiệu lực hoặc chưa có thời hạn giải quyết',
  },
  dossier_handling_unit_invalid: {
    status: 422,
    message: 'Cần chọn cơ quan chủ trì giải quyết là một cơ quan chủ trì của thủ tục',
  },
  dossier_unit_identifier_invalid: {
    status: 422,
    message: 'Mã đơn vị tiếp nhận không dùng được làm mã định danh trong số hồ sơ',
  },
  dossier_daily_limit_reached: {
    status: 409,
    message: 'Đơn vị đã tiếp nhận đủ 9.999 hồ sơ trong ngày',
  },
  dossier_appointment_already_moved: {
    status: 409,
    message: 'Ngày hẹn trả chỉ được điều chỉnh một lần (NĐ 61/2018)',
  },
  dossier_new_due_invalid: {
    status: 422,
    message: 'Ngày hẹn mới phải sau ngày hẹn trả ban đầu',
  },
  dossier_already_rated: { status: 409, message: 'Hồ sơ đã được đánh giá' },
  dossier_form_not_applicable: {
    status: 409,
    message:
      'Hồ sơ chưa có nội dung cho biểu mẫu này (chưa yêu cầu bổ sung hoặc chưa có phiếu xin lỗi)',
  },
  dossier_online_unavailable: {
    status: 422,
    message: 'Thủ tục này chưa được cung cấp dịch vụ công trực tuyến tại đơn vị đã chọn',
  },
  dossier_assignee_invalid: {
    status: 422,
    message: 'Người được giao xử lý phải là cán bộ xử lý hồ sơ hoặc cán bộ một cửa của đơn vị nhận',
  },
  dossier_not_submitted: {
    status: 409,
    message: 'Chỉ tiếp nhận hoặc từ chối được hồ sơ mới đăng ký trực tuyến chưa được kiểm tra',
  },
  notification_not_found: { status: 404, message: 'Không tìm thấy thông báo' },
  province_index_not_found: { status: 404, message: 'Không tìm thấy kết quả chỉ số của tỉnh' },
  province_index_exists: {
    status: 409,
    message: 'Chỉ số này của năm đã được ghi nhận; hãy sửa bản ghi đã có',
  },
  report_form_not_found: { status: 404, message: 'Không tìm thấy mẫu báo cáo' },
  report_form_code_taken: { status: 409, message: 'Mã mẫu báo cáo đã được dùng' },
  report_form_invalid: {
    status: 422,
    message:
      'Mẫu báo cáo không hợp lệ: mã chỉ tiêu trùng lặp, hoặc công thức/quy tắc dùng chỉ tiêu không có trong mẫu',
  },
  report_period_not_in_form: {
    status: 422,
    message: 'Kỳ báo cáo không thuộc mẫu báo cáo này (năm hoặc loại kỳ khác)',
  },
  report_not_found: { status: 404, message: 'Không tìm thấy báo cáo' },
  report_exists: { status: 409, message: 'Đơn vị đã lập báo cáo này cho kỳ này' },
  report_not_required: {
    status: 422,
    message: 'Loại đơn vị này không phải lập báo cáo theo mẫu này',
  },
  report_state_invalid: {
    status: 409,
    message: 'Báo cáo đang ở trạng thái không cho phép thao tác này',
  },
  report_locked: {
    status: 409,
    message:
      'Đã quá hạn gửi báo cáo; báo cáo bị khoá. Liên hệ Sở Nội vụ để được gia hạn cho đơn vị và kỳ này',
  },
  report_values_invalid: {
    status: 422,
    message: 'Số liệu báo cáo chưa hợp lệ; xem lỗi của từng chỉ tiêu',
  },
  report_exception_invalid: {
    status: 422,
    message: 'Ngày gia hạn phải sau hạn gửi báo cáo và không trước ngày hôm nay',
  },
  unsupported_file: {
    status: 415,
    message: 'Định dạng tệp không được hỗ trợ (chỉ nhận .xlsx hoặc .csv)',
  },
  unsupported_media_type: { status: 415, message: 'Kiểu nội dung không được hỗ trợ' },
  payload_too_large: { status: 413, message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép' },
  too_many_requests: {
    status: 429,
    message: 'Bạn thao tác quá nhiều lần, vui lòng thử lại sau ít phút',
  },
  internal_error: {
    status: 500,
    message: 'Hệ thống gặp lỗi ngoài dự kiến; vui lòng thử lại hoặc báo quản trị viên mã yêu cầu',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCodes;
