/**
 * Every problem code the API answers with, keyed by code: an English and a Vietnamese label
 * (the Vietnamese label is the problem's `title` under `Accept-Language: vi`, and both are listed
 * by GET /v1/vocabulary) and, where the problem's fields allow it, a Vietnamese detail template.
 *
 * A template names its fields in braces: `{period}`, or `{period|periods}` for the Vietnamese
 * label of the value in a vocabulary group. The fields are the problem's `details`, the route's
 * path parameters, and the named groups of `match` run on the English detail (for the details
 * that carry a name or a number in their text only). When a field is missing or the English text
 * does not match, the Vietnamese detail is the generic one: the label, as a sentence. The code
 * and the English texts never change with the language.
 */
export interface ProblemEntry {
  en: string
  vi: string
  /** A Vietnamese detail, filled from the problem's fields. */
  detail?: string
  /** Reads fields out of the English detail, for the template (named groups). */
  match?: RegExp
}

const p = (en: string, vi: string, extra: Omit<ProblemEntry, 'en' | 'vi'> = {}): ProblemEntry => ({ en, vi, ...extra })

const RETRY = ' Vui lòng thử lại sau khoảng thời gian ghi trong Retry-After.'

export const PROBLEM_CATALOGUE: Record<string, ProblemEntry> = {
  // Requests the service cannot read
  VALIDATION_FAILED: p('The request is invalid', 'Yêu cầu không hợp lệ'),
  MALFORMED_JSON: p('The body is not valid JSON', 'Nội dung yêu cầu không phải JSON hợp lệ'),
  EMPTY_BODY: p('The body is empty', 'Nội dung yêu cầu trống'),
  JSON_TOO_DEEP: p('The JSON body is nested too deeply', 'Nội dung JSON lồng nhau quá nhiều cấp', {
    match: /more than (?<depth>\d+) levels/,
    detail: 'Nội dung JSON lồng nhau quá {depth} cấp.',
  }),
  INVALID_CONTENT_LENGTH: p('Content-Length does not match the body', 'Content-Length không khớp với nội dung yêu cầu'),
  BAD_URL: p('The URL is not valid', 'Địa chỉ URL không hợp lệ', {
    detail: 'Địa chỉ URL không hợp lệ: có chuỗi mã hóa phần trăm không phải văn bản UTF-8.',
  }),
  BAD_REQUEST: p('The request could not be handled', 'Không thể xử lý yêu cầu'),
  MALFORMED_REQUEST: p('The request is not valid HTTP', 'Yêu cầu không đúng giao thức HTTP'),
  INVALID_VALUE: p('A value is not valid for its type', 'Giá trị không hợp lệ với kiểu dữ liệu'),
  OUT_OF_RANGE: p('A value is out of range', 'Giá trị nằm ngoài phạm vi cho phép'),
  INVALID_TEXT: p('The text holds a character that cannot be stored', 'Văn bản chứa ký tự không lưu trữ được'),
  VALUE_TOO_LARGE: p('A value is too large', 'Giá trị quá lớn'),
  PAYLOAD_TOO_LARGE: p('The body is too large', 'Nội dung yêu cầu vượt quá dung lượng cho phép'),
  URI_TOO_LONG: p('A path parameter is too long', 'Tham số đường dẫn quá dài'),
  HEADERS_TOO_LARGE: p('The request headers are too large', 'Phần tiêu đề của yêu cầu quá lớn'),
  UNSUPPORTED_MEDIA_TYPE: p('The content type is not accepted here', 'Kiểu nội dung không được chấp nhận'),
  ROUTE_NOT_FOUND: p('No such route', 'Không có đường dẫn này', {
    match: /^No route (?<method>[A-Z]+) (?<path>.+)$/,
    detail: 'Không có đường dẫn {method} {path}.',
  }),
  METHOD_NOT_ALLOWED: p('The method is not allowed on this path', 'Phương thức không được phép với đường dẫn này', {
    match: /^(?<method>[A-Z]+) is not allowed on (?<path>\S+); allowed: (?<allowed>.+)$/,
    detail: 'Không được dùng phương thức {method} với {path}; các phương thức được phép: {allowed}.',
  }),
  INTERNAL_ERROR: p('An unexpected error occurred', 'Đã xảy ra lỗi ngoài dự kiến', {
    detail: 'Đã xảy ra lỗi ngoài dự kiến; khi báo lỗi, vui lòng ghi kèm requestId.',
  }),
  INVALID_CURSOR: p('The cursor is not one this API returned', 'Con trỏ phân trang không hợp lệ', {
    detail: 'Con trỏ phân trang không phải giá trị do API trả về trong nextCursor.',
  }),
  INVALID_TIMESTAMP: p('Not a valid timestamp', 'Thời điểm không hợp lệ'),
  INVALID_DATE: p('Not a valid date', 'Ngày không hợp lệ'),
  INVALID_DECIMAL: p('Not a valid decimal', 'Số thập phân không hợp lệ'),

  // Authentication and permissions
  MISSING_CREDENTIALS: p('No API key was sent', 'Chưa gửi khóa truy cập', {
    detail: 'Yêu cầu cần gửi khóa truy cập trong tiêu đề Authorization: Bearer <khóa truy cập>.',
  }),
  INVALID_API_KEY: p('The API key is not valid', 'Khóa truy cập không hợp lệ'),
  API_KEY_REVOKED: p('The API key has been revoked', 'Khóa truy cập đã bị thu hồi'),
  API_KEY_EXPIRED: p('The API key has expired', 'Khóa truy cập đã hết hạn'),
  ROLE_NOT_ALLOWED: p('The role of the key does not allow this', 'Vai trò của khóa truy cập không được phép thực hiện thao tác này'),
  OUT_OF_SCOPE: p("The key's committee does not cover this", 'Thao tác nằm ngoài phạm vi của Ủy ban được gắn với khóa truy cập'),
  OVERRIDE_NOT_ALLOWED: p('Only the organiser may override the rotation', 'Chỉ đơn vị tổ chức mới được quyết định khác với quy tắc luân phiên'),
  RATE_LIMITED: p('Too many requests', 'Gửi quá nhiều yêu cầu', {
    match: /^More than (?<limit>\d+) requests in (?<window>\d+) s/,
    detail: `Đã gửi quá {limit} yêu cầu trong {window} giây.${RETRY}`,
  }),
  AUTH_THROTTLED: p('Too many failed authentications', 'Xác thực không thành công quá nhiều lần', {
    detail: `Địa chỉ này đã xác thực không thành công quá nhiều lần.${RETRY}`,
  }),

  // Conditional requests and idempotency
  ETAG_MISMATCH: p('The resource changed since it was read', 'Dữ liệu đã thay đổi kể từ lần đọc trước', {
    detail: 'Dữ liệu đã thay đổi kể từ lần đọc trước (If-Match không khớp ETag hiện tại); vui lòng đọc lại rồi thực hiện lại.',
  }),
  IF_MATCH_REQUIRED: p('If-Match is required', 'Cần gửi If-Match', {
    detail: 'Cần gửi tiêu đề If-Match với ETag của lần đọc gần nhất.',
  }),
  INVALID_IDEMPOTENCY_KEY: p('The Idempotency-Key is not valid', 'Idempotency-Key không hợp lệ'),
  IDEMPOTENCY_KEY_IN_USE: p('A request with this Idempotency-Key is still running', 'Yêu cầu khác với cùng Idempotency-Key đang được xử lý', {
    detail: `Yêu cầu khác với cùng Idempotency-Key đang được xử lý.${RETRY}`,
  }),
  IDEMPOTENCY_KEY_REUSED: p('The Idempotency-Key was used with another request', 'Idempotency-Key đã được dùng cho một yêu cầu khác', {
    detail: 'Idempotency-Key đã được dùng lúc {firstUsedAt} cho một yêu cầu khác tới {path}.',
  }),

  // The database and time limits
  DATABASE_UNAVAILABLE: p('The database is unavailable', 'Cơ sở dữ liệu không truy cập được', { detail: `Cơ sở dữ liệu không truy cập được.${RETRY}` }),
  DATABASE_BUSY: p('The database is busy', 'Cơ sở dữ liệu đang quá tải', { detail: `Cơ sở dữ liệu đang quá tải.${RETRY}` }),
  STATEMENT_TIMEOUT: p('A database statement ran too long', 'Câu lệnh cơ sở dữ liệu chạy quá thời gian cho phép', {
    detail: `Câu lệnh cơ sở dữ liệu chạy quá thời gian cho phép.${RETRY}`,
  }),
  LOCK_TIMEOUT: p('Data stayed locked too long', 'Dữ liệu bị khóa quá lâu bởi một thay đổi khác', {
    detail: `Dữ liệu cần cho yêu cầu bị một thay đổi khác khóa quá lâu.${RETRY}`,
  }),
  TRANSACTION_TIMEOUT: p('The transaction stayed idle too long', 'Giao dịch cơ sở dữ liệu chờ quá lâu', {
    detail: `Giao dịch cơ sở dữ liệu chờ quá lâu và đã bị kết thúc.${RETRY}`,
  }),
  REQUEST_TIMEOUT: p('The request ran out of time', 'Yêu cầu quá thời gian xử lý', { detail: `Yêu cầu quá thời gian xử lý và đã bị dừng.${RETRY}` }),
  CLIENT_CLOSED: p('The client closed the connection', 'Bên gọi đã đóng kết nối'),
  CONCURRENT_UPDATE: p('A concurrent change interfered', 'Có thay đổi đồng thời xung đột', {
    detail: `Có một thay đổi khác diễn ra đồng thời.${RETRY}`,
  }),
  ALREADY_EXISTS: p('The resource already exists', 'Dữ liệu đã tồn tại'),
  REFERENCE_NOT_FOUND: p('The change refers to something that does not exist', 'Thay đổi tham chiếu tới dữ liệu không tồn tại'),
  EXPORT_BUSY: p('The cluster-year kept changing during the export', 'Năm thi đua liên tục thay đổi trong khi kết xuất', {
    detail: `Dữ liệu năm thi đua liên tục thay đổi trong khi kết xuất.${RETRY}`,
  }),

  // API keys
  API_KEY_NOT_FOUND: p('API key not found', 'Không tìm thấy khóa truy cập'),
  API_KEY_ALREADY_REVOKED: p('The API key was already revoked', 'Khóa truy cập đã bị thu hồi trước đó'),
  COMMITTEE_REQUIRED: p('The key must be bound to a committee', 'Khóa truy cập phải gắn với một Ủy ban', {
    match: /^A (?<role>[a-z]+) key must be bound/,
    detail: 'Khóa truy cập có vai trò “{role|roles}” phải gắn với một Ủy ban.',
  }),
  EXPIRY_IN_PAST: p('The expiry is in the past', 'Thời hạn đã qua', { detail: 'Thời hạn của khóa truy cập (expiresAt) phải ở tương lai.' }),

  // Webhook subscriptions
  WEBHOOK_SUBSCRIPTION_NOT_FOUND: p('Webhook subscription not found', 'Không tìm thấy đăng ký webhook', {
    match: /^No webhook subscription (?<id>\S+)$/,
    detail: 'Không tìm thấy đăng ký webhook có mã định danh {id}.',
  }),
  WEBHOOK_URL_INVALID: p('The webhook URL is not usable', 'Địa chỉ webhook không dùng được', {
    detail: 'Địa chỉ webhook phải là URL http hoặc https đầy đủ, không chứa thông tin đăng nhập hay phân đoạn (#).',
  }),
  WEBHOOK_URL_NOT_PUBLIC: p('The webhook URL is not on a public address', 'Địa chỉ webhook không phải địa chỉ công khai', {
    detail: 'Địa chỉ webhook trỏ tới mạng nội bộ, địa chỉ loopback hoặc địa chỉ dành riêng; dịch vụ không gửi tới những địa chỉ này.',
  }),
  WEBHOOK_URL_UNRESOLVED: p('The webhook URL names a host that does not resolve', 'Không phân giải được tên máy chủ của địa chỉ webhook'),
  WEBHOOK_TYPE_NOT_PUBLIC: p('Webhooks carry public kinds of entity only', 'Webhook chỉ gửi các loại dữ liệu công khai', {
    match: /^(?<type>\S+) is not a public kind/,
    detail: '“{type}” không phải loại dữ liệu công khai: webhook chỉ gửi những gì luồng thay đổi (change feed) công bố.',
  }),
  POSITION_BEYOND_LOG: p('The position is beyond the end of the audit log', 'Vị trí nằm ngoài điểm cuối của nhật ký kiểm toán'),

  // Committees and officers
  COMMITTEE_NOT_FOUND: p('Committee not found', 'Không tìm thấy Ủy ban Mặt trận Tổ quốc', {
    match: /^No committee (?<committeeId>\S+)$/,
    detail: 'Không tìm thấy Ủy ban Mặt trận Tổ quốc có mã định danh {committeeId}.',
  }),
  COMMITTEE_CODE_TAKEN: p('The committee code is taken', 'Mã đơn vị đã được sử dụng', {
    match: /^Code (?<code>.+) is already used by the active committee (?<holder>.+)$/,
    detail: 'Mã {code} đang được dùng cho Ủy ban {holder}.',
  }),
  COMMITTEE_NOT_ACTIVE: p('The committee is not active', 'Ủy ban không còn hoạt động'),
  COMMITTEE_ALREADY_MERGED: p('The committee was already merged', 'Ủy ban đã được hợp nhất trước đó'),
  PARENT_NOT_FOUND: p('Parent committee not found', 'Không tìm thấy Ủy ban cấp trên'),
  PARENT_NOT_ACTIVE: p('The parent committee is not active', 'Ủy ban cấp trên không còn hoạt động'),
  PARENT_CYCLE: p('The hierarchy would become a cycle', 'Quan hệ cấp trên, cấp dưới bị lặp vòng', {
    detail: 'Ủy ban cấp trên mới là chính Ủy ban này hoặc một Ủy ban cấp dưới của nó.',
  }),
  LEVEL_NOT_BELOW_PARENT: p("The level is not below the parent's", 'Cấp của Ủy ban không thấp hơn cấp của Ủy ban cấp trên'),
  SUCCESSOR_NOT_FOUND: p('Successor committee not found', 'Không tìm thấy Ủy ban kế thừa'),
  SUCCESSOR_NOT_ACTIVE: p('The successor committee is not active', 'Ủy ban kế thừa không còn hoạt động'),
  MERGE_INTO_SELF: p('A committee cannot merge into itself', 'Ủy ban không thể hợp nhất vào chính mình'),
  MERGE_CYCLE: p('The merge would make a cycle', 'Việc hợp nhất tạo thành vòng lặp'),
  MERGE_LEVEL_MISMATCH: p('The successor is at another level', 'Ủy ban kế thừa khác cấp'),
  EFFECTIVE_DATE_BEFORE_VALID_FROM: p('The effective date is before the committee existed', 'Ngày hiệu lực sớm hơn ngày thành lập Ủy ban'),
  // The two-level reform of 1 July 2025: dissolutions, several merged at once
  COMMITTEE_ALREADY_ENDED: p('The committee has already ended', 'Ủy ban đã kết thúc hoạt động (đã hợp nhất hoặc giải thể)', {
    detail: 'Ủy ban đã ở tình trạng “{status|committeeStatuses}”; không thể giải thể lần nữa.',
  }),
  CHILDREN_WITHOUT_PARENT: p('The committee has no parent to take its children', 'Ủy ban không có cấp trên để tiếp nhận các Ủy ban cấp dưới', {
    detail: 'Ủy ban không có cấp trên để tiếp nhận {activeChildren} Ủy ban cấp dưới đang hoạt động; hãy chuyển các Ủy ban này trước.',
  }),
  SUCCESSOR_IS_SELF: p('A committee cannot be its own successor', 'Ủy ban không thể là đơn vị kế thừa của chính mình'),
  DUPLICATE_SUCCESSOR: p('A successor is named twice', 'Một đơn vị kế thừa được nêu hai lần'),
  PREDECESSOR_NOT_FOUND: p('A merged committee was not found', 'Không tìm thấy Ủy ban được hợp nhất'),
  PREDECESSOR_NOT_ACTIVE: p('A merged committee has already ended', 'Ủy ban được hợp nhất đã kết thúc hoạt động'),
  DUPLICATE_PREDECESSOR: p('A merged committee is named twice', 'Một Ủy ban được hợp nhất được nêu hai lần'),
  EFFECTIVE_DATE_BEFORE_TENURE_START: p('The effective date is before the tenure began', 'Ngày hiệu lực sớm hơn ngày bắt đầu nhiệm kỳ'),
  TENURE_NOT_OPEN: p('The tenure is not open', 'Nhiệm kỳ không còn hiệu lực'),
  TENURE_OVERLAP: p('The tenure overlaps an earlier one', 'Nhiệm kỳ trùng với một nhiệm kỳ trước'),
  OUTGOING_TENURE_REQUIRED: p('Name the outgoing tenure', 'Cần nêu nhiệm kỳ của người thôi giữ chức vụ'),
  POSITION_SINGLE_HOLDER: p('The position has one holder at a time', 'Chức danh này chỉ có một người đảm nhiệm tại một thời điểm'),

  // Clusters, cluster-years, membership and leadership
  CLUSTER_NOT_FOUND: p('Cluster not found', 'Không tìm thấy cụm thi đua', {
    match: /^No cluster (?<clusterId>\S+)$/,
    detail: 'Không tìm thấy cụm thi đua có mã định danh {clusterId}.',
  }),
  CLUSTER_CODE_TAKEN: p('The cluster code is taken', 'Mã cụm thi đua đã được sử dụng', {
    match: /^Cluster code (?<code>.+) is taken$/,
    detail: 'Mã cụm thi đua {code} đã được sử dụng.',
  }),
  CLUSTER_YEAR_NOT_FOUND: p('Cluster-year not found', 'Không tìm thấy năm thi đua của cụm', {
    match: /^Cluster (?<clusterId>\S+) has no year (?<year>\d+)$/,
    detail: 'Cụm thi đua {clusterId} chưa có năm thi đua {year}.',
  }),
  CLUSTER_YEAR_CLOSED: p('The cluster-year is closed', 'Năm thi đua đã kết thúc', {
    detail: 'Năm thi đua đã kết thúc (đã bàn giao); không thể thực hiện thao tác “{event|clusterYearEvents}”.',
  }),
  CLUSTER_YEAR_INVALID_TRANSITION: p('The cluster-year cannot take this step', 'Năm thi đua không thể chuyển sang bước này'),
  CLUSTER_YEAR_NOT_PLANNING: p('The cluster-year is no longer being planned', 'Năm thi đua không còn ở giai đoạn xây dựng kế hoạch', {
    detail: 'Thao tác chỉ thực hiện được khi năm thi đua đang xây dựng kế hoạch; hiện năm thi đua ở trạng thái “{from/status|clusterYearStatuses}”.',
  }),
  CLUSTER_YEAR_NOT_PACT_SIGNED: p('The pact of the cluster-year is not signed', 'Năm thi đua chưa ở giai đoạn đã ký kết giao ước', {
    detail: 'Thao tác cần năm thi đua đã ký kết giao ước; hiện năm thi đua ở trạng thái “{from/status|clusterYearStatuses}”.',
  }),
  CLUSTER_YEAR_NOT_REPORTING: p('The cluster-year is not reporting', 'Năm thi đua không ở giai đoạn báo cáo', {
    detail: 'Thao tác cần năm thi đua đang ở giai đoạn báo cáo; hiện năm thi đua ở trạng thái “{from/status|clusterYearStatuses}”.',
  }),
  CLUSTER_YEAR_NOT_SCORING: p('The cluster-year is not being scored', 'Năm thi đua không ở giai đoạn chấm điểm', {
    detail: 'Năm thi đua ở trạng thái “{status|clusterYearStatuses}” chưa có gì để xếp hạng.',
  }),
  CLUSTER_YEAR_NOT_FINALIZED: p('The ranking of the cluster-year is not finalised', 'Năm thi đua chưa chốt kết quả xếp hạng', {
    detail: 'Thao tác cần năm thi đua đã chốt kết quả xếp hạng; hiện năm thi đua ở trạng thái “{from/status|clusterYearStatuses}”.',
  }),
  ROTATION_ORDER_REQUIRED: p('Round robin needs a rotation order', 'Luân phiên theo thứ tự cần có danh sách thứ tự'),
  ROTATION_ORDER_DUPLICATE: p('A committee appears twice in the rotation order', 'Một Ủy ban xuất hiện hai lần trong thứ tự luân phiên'),
  ROTATION_ORDER_UNKNOWN_COMMITTEE: p('The rotation order names an unknown committee', 'Thứ tự luân phiên có Ủy ban không tồn tại'),
  ORGANIZER_NOT_ACTIVE: p('The organising committee is not active', 'Đơn vị tổ chức không còn hoạt động'),
  MEMBER_IN_OTHER_CLUSTER: p('A member already belongs to another cluster this year', 'Đơn vị đã là thành viên của một cụm thi đua khác trong năm'),
  MEMBER_NOT_FOUND: p('Member committee not found', 'Không tìm thấy Ủy ban thành viên'),
  MEMBER_NOT_ACTIVE: p('A member committee is not active', 'Ủy ban thành viên không còn hoạt động'),
  MEMBER_LEVEL_MISMATCH: p("A member is not at the cluster's level", 'Ủy ban thành viên không cùng cấp với các thành viên của cụm'),
  MEMBER_LEVEL_NOT_BELOW_ORGANIZER: p("The members' level is not below the organiser's", 'Cấp của thành viên không thấp hơn cấp của đơn vị tổ chức'),
  DUPLICATE_MEMBER: p('A member is listed twice', 'Một thành viên được liệt kê hai lần'),
  TOO_FEW_MEMBERS: p('Too few members', 'Cụm thi đua không đủ số thành viên tối thiểu'),
  MEMBER_NOT_ENDED: p('The member has not ended', 'Đơn vị thành viên vẫn đang hoạt động', {
    detail: 'Đơn vị thành viên vẫn đang hoạt động: chỉ chuyển vị trí của đơn vị đã hợp nhất hoặc giải thể cho đơn vị kế thừa.',
  }),
  NOT_A_SUCCESSOR: p("The committee is not one of the member's successors", 'Ủy ban không phải đơn vị kế thừa của thành viên'),
  SUCCESSOR_ALREADY_MEMBER: p('The successor is already a member', 'Đơn vị kế thừa đã là thành viên của cụm trong năm'),
  HEAD_NOT_MEMBER: p('The head is not a member', 'Cụm trưởng không phải thành viên của cụm'),
  DEPUTY_NOT_MEMBER: p('The deputy is not a member', 'Cụm phó không phải thành viên của cụm'),
  HEAD_EQUALS_DEPUTY: p('The head and the deputy are the same unit', 'Cụm trưởng và Cụm phó không được là cùng một đơn vị'),
  LEADERSHIP_BY_HANDOVER_ONLY: p('The leadership of this year is set by the handover', 'Cụm trưởng, Cụm phó của năm này được xác định qua bàn giao'),
  OVERRIDE_REASON_REQUIRED: p('An override needs a reason', 'Quyết định khác với quy tắc luân phiên phải nêu lý do'),
  CONSECUTIVE_HEAD: p('The same unit cannot be head two years running', 'Một đơn vị không được làm Cụm trưởng hai năm liền'),
  HANDOVER_ALREADY_RECORDED: p('The handover was already recorded', 'Việc bàn giao đã được ghi nhận'),

  // Indicators, schemes, targets, pact and periods
  INDICATOR_NOT_FOUND: p('Indicator not found', 'Không tìm thấy chỉ tiêu', {
    match: /^No indicator (?<indicatorId>\S+)$/,
    detail: 'Không tìm thấy chỉ tiêu có mã định danh {indicatorId}.',
  }),
  INDICATOR_CODE_TAKEN: p('The indicator code is taken', 'Mã chỉ tiêu đã được sử dụng', {
    match: /^Indicator (?<code>.+) exists$/,
    detail: 'Mã chỉ tiêu {code} đã được sử dụng.',
  }),
  MAX_BELOW_MIN: p('The maximum is below the minimum', 'Giá trị tối đa nhỏ hơn giá trị tối thiểu'),
  BOUNDS_NOT_APPLICABLE: p('A yes-or-no indicator takes no bounds', 'Chỉ tiêu dạng có hoặc không thì không có giới hạn giá trị'),
  SCHEME_NOT_FOUND: p('The cluster-year has no scheme yet', 'Năm thi đua chưa có phương án chấm điểm'),
  SCHEME_REQUIRED: p('The cluster-year needs a scheme first', 'Năm thi đua chưa có phương án chấm điểm', {
    detail: 'Năm thi đua chưa có phương án chấm điểm; cần xây dựng phương án trước.',
  }),
  SCHEME_FROZEN: p('The scheme and targets are frozen', 'Phương án chấm điểm và chỉ tiêu đã được cố định', {
    detail: 'Giao ước thi đua đã được ký kết (năm thi đua ở trạng thái “{status|clusterYearStatuses}”); phương án chấm điểm và chỉ tiêu không thể thay đổi.',
  }),
  INVALID_SCHEME: p('The scheme is not valid', 'Phương án chấm điểm không hợp lệ'),
  INVALID_AWARD_RULES: p('The award rules are not valid', 'Quy định khen thưởng không hợp lệ'),
  DUPLICATE_TARGET: p('A target is set twice', 'Một chỉ tiêu được giao hai lần'),
  TARGET_NOT_MEMBER: p('A target names a committee that is not a member', 'Chỉ tiêu được giao cho đơn vị không phải thành viên'),
  UNKNOWN_CRITERION: p('Not a criterion of the scheme', 'Không phải tiêu chí của phương án chấm điểm'),
  TARGET_NOT_APPLICABLE: p('This criterion takes no target', 'Tiêu chí này không giao chỉ tiêu'),
  INVALID_TARGET: p('The target is not valid', 'Chỉ tiêu không hợp lệ'),
  TARGETS_INCOMPLETE: p('Some targets are missing', 'Còn thiếu chỉ tiêu được giao', {
    match: /^(?<count>\d+) member\/criterion pair/,
    detail: 'Còn {count} cặp đơn vị – tiêu chí chưa được giao chỉ tiêu.',
  }),
  SIGNATORY_NOT_MEMBER: p('A signatory is not a member', 'Đơn vị ký không phải thành viên của cụm'),
  DUPLICATE_SIGNATORY: p('A member signs twice', 'Một đơn vị ký hai lần'),
  SIGNATORY_MISSING: p('A member has not signed', 'Còn thành viên chưa ký giao ước'),
  PACT_NOT_FOUND: p('The pact is not signed yet', 'Giao ước thi đua chưa được ký kết'),
  PACT_NOT_SIGNED: p('The pact is not signed yet', 'Giao ước thi đua chưa được ký kết'),
  PACT_ALREADY_SIGNED: p('The pact is already signed', 'Giao ước thi đua đã được ký kết'),
  PERIOD_NOT_FOUND: p('The period has no input window yet', 'Kỳ báo cáo chưa được thiết lập', {
    detail: 'Kỳ báo cáo {period|periods} chưa được thiết lập thời gian nhận số liệu.',
  }),
  PERIOD_NOT_SET: p('The period has no input window yet', 'Kỳ báo cáo chưa được thiết lập', {
    detail: 'Kỳ báo cáo {period|periods} chưa được thiết lập thời gian nhận số liệu.',
  }),
  PERIOD_NOT_OPEN: p('The period is not open', 'Kỳ báo cáo chưa mở', { detail: 'Kỳ báo cáo {period|periods} chưa mở để nhận số liệu.' }),
  PERIOD_CLOSED: p('The period is closed', 'Kỳ báo cáo đã đóng', { detail: 'Kỳ báo cáo {period|periods} đã đóng; không nhận thêm số liệu.' }),
  PERIOD_ALREADY_CLOSED: p('The period is already closed', 'Kỳ báo cáo đã được đóng trước đó', {
    detail: 'Kỳ báo cáo {period|periods} đã được đóng trước đó.',
  }),
  H1_NOT_OPEN: p('Open the first-half window first', 'Cần mở kỳ báo cáo sáu tháng đầu năm trước', {
    detail: 'Cần mở kỳ báo cáo sáu tháng đầu năm trước: việc mở kỳ này bắt đầu giai đoạn báo cáo.',
  }),
  INVALID_WINDOW: p('The window closes before it opens', 'Thời gian nhận số liệu không hợp lệ', {
    detail: 'Thời điểm đóng (closesAt) phải sau thời điểm mở (opensAt).',
  }),

  // Submissions
  SUBMISSION_NOT_FOUND: p('Submission not found', 'Không tìm thấy báo cáo số liệu', {
    match: /^No submission (?<submissionId>\S+)$/,
    detail: 'Không tìm thấy báo cáo số liệu có mã định danh {submissionId}.',
  }),
  SUBMISSION_EXISTS: p('The committee already has this submission', 'Đơn vị đã có báo cáo cho kỳ này', {
    match: /already has a (?<period>H1|FY) submission for (?<year>\d+)/,
    detail: 'Đơn vị đã có báo cáo kỳ {period|periods} năm {year}; vui lòng chỉnh sửa báo cáo đó.',
  }),
  SUBMISSION_EMPTY: p('The submission has no value', 'Báo cáo chưa có số liệu', { detail: 'Báo cáo cần có ít nhất một số liệu trước khi gửi.' }),
  SUBMISSION_ACCEPTED: p('The submission has been accepted', 'Báo cáo đã được tiếp nhận', {
    detail: 'Báo cáo đã được tiếp nhận; số liệu không thể thay đổi.',
  }),
  SUBMISSION_UNDER_REVIEW: p('The submission is under review', 'Báo cáo đang được xem xét', {
    detail: 'Báo cáo đang được xem xét; chỉ có thể chỉnh sửa sau khi được trả lại.',
  }),
  SUBMISSION_NOT_DRAFT: p('Only a draft or returned submission can be submitted', 'Chỉ gửi được báo cáo nháp hoặc báo cáo đã trả lại'),
  SUBMISSION_NOT_SUBMITTED: p('The submission has not been submitted', 'Báo cáo chưa được gửi', {
    detail: 'Chỉ báo cáo đã gửi mới có thể trả lại hoặc tiếp nhận; báo cáo này ở trạng thái “{from|submissionStatuses}”.',
  }),
  SUBMISSION_INVALID_ACTION: p('Unknown action on a submission', 'Thao tác không hợp lệ đối với báo cáo'),
  SUBMISSION_INCOMPLETE: p('The submission lacks indicators of the scheme', 'Báo cáo chưa đủ số liệu các chỉ tiêu của phương án chấm điểm', {
    match: /^The submission lacks (?<count>\d+) indicator\(s\) of the scheme: (?<missing>[^;]+);/,
    detail: 'Báo cáo còn thiếu {count} chỉ tiêu: {missing}; cần nhập số liệu hoặc khai báo “không áp dụng” (nếu phương án cho phép) trước khi gửi.',
  }),
  VALUE_REQUIRED: p('A value is required', 'Chỉ tiêu phải có số liệu', {
    detail: 'Chỉ tiêu phải có số liệu, hoặc được khai báo “không áp dụng” kèm lý do nếu phương án chấm điểm cho phép.',
  }),
  VALUE_WITH_NOT_APPLICABLE: p('A value and a not-applicable declaration were both sent', 'Vừa nhập số liệu vừa khai báo không áp dụng', {
    detail: 'Một chỉ tiêu chỉ có số liệu hoặc khai báo “không áp dụng”, không được có cả hai.',
  }),
  NOT_APPLICABLE_REASON_REQUIRED: p('A not-applicable declaration needs a reason', 'Khai báo không áp dụng phải nêu lý do'),
  NOT_APPLICABLE_NOT_ALLOWED: p(
    'The scheme does not allow this indicator to be not applicable',
    'Phương án chấm điểm không cho phép khai báo chỉ tiêu này là không áp dụng',
  ),
  COMMITTEE_ID_OR_CODE_REQUIRED: p('Name the committee by id or by code', 'Phải nêu mã định danh hoặc mã đơn vị của Ủy ban'),
  COMMITTEE_ID_AND_CODE: p('Name the committee by id or by code, not both', 'Chỉ nêu một trong hai: mã định danh hoặc mã đơn vị của Ủy ban'),
  UNKNOWN_COMMITTEE: p('No active committee has this code', 'Không có Ủy ban đang hoạt động mang mã này'),
  RETURN_REASON_REQUIRED: p('A return needs a reason', 'Trả lại báo cáo phải nêu lý do', {
    detail: 'Trả lại báo cáo phải nêu rõ nội dung cần bổ sung, chỉnh sửa.',
  }),
  NOT_A_MEMBER: p('The committee is not a member of the cluster-year', 'Đơn vị không phải thành viên của cụm trong năm'),
  UNKNOWN_INDICATOR: p('Not an indicator of the catalogue', 'Không có chỉ tiêu này trong danh mục'),
  INDICATOR_NOT_IN_SCHEME: p('The indicator is not scored by the scheme', 'Chỉ tiêu không có trong phương án chấm điểm'),
  DUPLICATE_INDICATOR: p('An indicator is reported twice', 'Một chỉ tiêu được báo cáo hai lần'),
  INVALID_VALUE_TYPE: p("The value does not fit the indicator's type", 'Giá trị không đúng kiểu của chỉ tiêu'),
  VALUE_BELOW_MIN: p('The value is below the minimum', 'Giá trị nhỏ hơn mức tối thiểu'),
  VALUE_ABOVE_MAX: p('The value is above the maximum', 'Giá trị lớn hơn mức tối đa'),
  NOT_REPORTED: p('The submission has no such value', 'Báo cáo không có số liệu này'),
  CORRECTION_REASON_REQUIRED: p('A correction needs a reason', 'Điều chỉnh số liệu phải nêu lý do'),
  IMPORT_REJECTED: p('The import was rejected', 'Dữ liệu nhập bị từ chối', {
    match: /^(?<rejected>\d+) row\(s\) rejected; the atomic import wrote nothing$/,
    detail: 'Có {rejected} dòng bị từ chối; toàn bộ dữ liệu nhập không được ghi.',
  }),
  CSV_COLUMNS_INVALID: p('The CSV header is not valid', 'Dòng tiêu đề của tệp CSV không hợp lệ'),
  MALFORMED_CSV: p('The CSV cannot be read', 'Không đọc được tệp CSV', {
    detail: 'Không đọc được tệp CSV ở gần dòng {line}.',
  }),

  // Peer assessments, adjustments, ranking
  ASSESSMENT_NOT_FOUND: p('The assessor has not scored yet', 'Đơn vị chưa chấm điểm chéo'),
  ASSESSOR_NOT_MEMBER: p('The assessor is not a member', 'Đơn vị chấm điểm không phải thành viên của cụm'),
  SELF_ASSESSMENT: p('A member cannot assess itself', 'Đơn vị không được tự chấm điểm cho mình'),
  NOT_ASSESSED_CRITERION: p('The criterion is not peer-assessed', 'Tiêu chí không chấm điểm chéo'),
  DUPLICATE_SCORE: p('A member and criterion are scored twice', 'Một đơn vị được chấm hai lần cho cùng tiêu chí'),
  SCORE_OUT_OF_RANGE: p('The score is out of range', 'Điểm nằm ngoài thang điểm'),
  ASSESSMENT_INCOMPLETE: p('The assessment is incomplete', 'Bảng chấm điểm chéo chưa đầy đủ'),
  ADJUSTMENT_NOT_FOUND: p('Adjustment not found', 'Không tìm thấy điều chỉnh điểm'),
  ADJUSTMENT_EXISTS: p('The adjustment exists', 'Điều chỉnh điểm đã tồn tại'),
  ADJUSTMENT_WITHDRAWN: p('The adjustment was withdrawn', 'Điều chỉnh điểm đã được rút lại'),
  NOT_MANUAL_CRITERION: p('The criterion is not scored by the conference', 'Tiêu chí không do hội nghị cho điểm'),
  POINTS_OUT_OF_RANGE: p('The points are out of range', 'Số điểm nằm ngoài giới hạn cho phép'),
  CRITERION_NOT_ALLOWED: p('This adjustment takes no criterion', 'Loại điều chỉnh này không gắn với tiêu chí'),
  POINTS_NOT_ALLOWED: p('This adjustment takes no points', 'Loại điều chỉnh này không có số điểm'),
  REASON_REQUIRED: p('A reason is required', 'Phải nêu lý do'),
  // Objections (khiếu nại, giải trình) on the provisional ranking
  FY_NOT_CLOSED: p('The full-year period is not over', 'Kỳ báo cáo cả năm chưa kết thúc'),
  OBJECTION_WINDOW_EXISTS: p('The objection window was already opened', 'Đã mở thời hạn khiếu nại cho năm này'),
  OBJECTION_WINDOW_NOT_FOUND: p('No objection window has been opened', 'Chưa mở thời hạn khiếu nại'),
  OBJECTION_WINDOW_NOT_OPEN: p('The objection window is not open', 'Không trong thời hạn khiếu nại'),
  OBJECTION_NOT_FOUND: p('Objection not found', 'Không tìm thấy khiếu nại'),
  OBJECTION_ALREADY_ANSWERED: p('The objection was already answered', 'Khiếu nại đã được trả lời'),
  CORRECTION_REQUIRED: p('An accepted objection names its correction', 'Chấp nhận khiếu nại phải nêu nội dung đã điều chỉnh'),
  CORRECTION_NOT_ALLOWED: p('A rejected objection corrects nothing', 'Khiếu nại không được chấp nhận thì không có nội dung điều chỉnh'),
  NOT_A_TIED_GROUP: p('The members are not one tied group', 'Các đơn vị nêu ra không cùng một nhóm đồng hạng'),
  INVALID_RANKING: p('The ranking is not valid', 'Kết quả xếp hạng không hợp lệ'),
  INVALID_RANKING_INPUT: p('The scoring inputs are not valid', 'Số liệu đầu vào để chấm điểm không hợp lệ'),
  RANKING_FINALIZED: p('The ranking is finalised', 'Kết quả xếp hạng đã được chốt', {
    detail: 'Kết quả xếp hạng đã được chốt; số liệu đầu vào không thể thay đổi.',
  }),
  RANKING_ALREADY_FINALIZED: p('The ranking is already finalised', 'Kết quả xếp hạng đã được chốt trước đó'),
  RANKING_NOT_FINAL: p('The ranking is not final', 'Kết quả xếp hạng chưa được chốt', {
    detail: 'Đề nghị khen thưởng được lập từ kết quả xếp hạng chính thức; cần chốt kết quả xếp hạng trước.',
  }),
  FINALIZE_BLOCKED: p('The ranking cannot be finalised yet', 'Chưa thể chốt kết quả xếp hạng', {
    detail: 'Chưa thể chốt kết quả xếp hạng; các điều kiện còn thiếu được nêu trong mục blockers.',
  }),

  // Awards
  AWARD_TYPE_NOT_FOUND: p('Award type not found', 'Không tìm thấy loại khen thưởng'),
  AWARD_TYPE_CODE_TAKEN: p('The award type code is taken', 'Mã loại khen thưởng đã được sử dụng'),
  PRECEDENCE_TAKEN: p('Another award type has this precedence', 'Thứ tự ưu tiên đã được dùng cho loại khen thưởng khác'),
  PROPOSAL_NOT_FOUND: p('Award proposal not found', 'Không tìm thấy đề nghị khen thưởng', {
    match: /^No award proposal (?<proposalId>\S+)$/,
    detail: 'Không tìm thấy đề nghị khen thưởng có mã định danh {proposalId}.',
  }),
  PROPOSALS_ALREADY_GENERATED: p('The proposals were already drafted', 'Đề nghị khen thưởng của năm đã được lập'),
  PROPOSAL_NOT_DRAFT: p('Only a draft proposal can be submitted', 'Chỉ trình được đề nghị khen thưởng đang là dự thảo'),
  PROPOSAL_NOT_SUBMITTED: p('The proposal has not been submitted', 'Đề nghị khen thưởng chưa được trình'),
  PROPOSAL_NOT_APPROVED: p('Only an approved award can be revoked', 'Chỉ thu hồi được khen thưởng đã phê duyệt'),
  PROPOSAL_ALREADY_DECIDED: p('The proposal has already been decided', 'Đề nghị khen thưởng đã được quyết định', {
    detail: 'Đề nghị khen thưởng đã được quyết định (“{from|awardProposalStatuses}”).',
  }),
  PROPOSAL_ALREADY_REVOKED: p('The award has already been revoked', 'Khen thưởng đã bị thu hồi trước đó'),
  PROPOSAL_INVALID_ACTION: p('Unknown action on a proposal', 'Thao tác không hợp lệ đối với đề nghị khen thưởng'),
  TIE_AT_AWARD_BOUNDARY: p('A tie crosses an award boundary', 'Có đơn vị đồng hạng tại ranh giới khen thưởng', {
    detail: 'Có đơn vị đồng hạng tại ranh giới khen thưởng; cần giải quyết bằng biểu quyết có ghi biên bản.',
  }),
  QUOTA_EXCEEDED: p('The award quota is exceeded', 'Vượt số lượng khen thưởng được phân bổ'),
  ALREADY_AWARDED: p('The member already has an award this year', 'Đơn vị đã được đề nghị khen thưởng trong năm'),
  NO_AWARD_RULE: p('The scheme has no rule for this award type', 'Phương án chấm điểm không có quy định cho loại khen thưởng này'),
  NOT_RANKED: p('The member is not in the final ranking', 'Đơn vị không có trong kết quả xếp hạng chính thức'),
  NOT_ELIGIBLE: p('The member is not eligible for this award', 'Đơn vị không đủ điều kiện cho loại khen thưởng này'),
  DECISION_NUMBER_REQUIRED: p('A decision needs its number', 'Quyết định phải có số quyết định'),
  DECISION_DATE_INVALID: p('A decision needs its date', 'Quyết định phải có ngày ban hành hợp lệ (YYYY-MM-DD)'),
  REVOCATION_REASON_REQUIRED: p('A revocation needs its grounds', 'Thu hồi khen thưởng phải nêu căn cứ'),
  REJECTION_REASON_REQUIRED: p('A rejection needs its reason', 'Không phê duyệt phải nêu lý do'),
  SIGNER_REQUIRED: p("An approval needs its signer's name and title", 'Quyết định phê duyệt phải ghi họ tên và chức vụ người ký', {
    detail: 'Quyết định phê duyệt phải ghi họ tên (signer) và chức vụ (signerTitle) của người ký, như trên quyết định giấy.',
  }),
  MEMBER_ALREADY_PROPOSED: p('The member already has a proposal this year', 'Đơn vị đã có đề nghị khen thưởng trong năm'),
  PRECEDENCE_INVERTED: p('A lower-ranked member would get a higher award', 'Đơn vị xếp hạng thấp hơn được đề nghị mức khen thưởng cao hơn'),
  BELOW_MIN_TOTAL: p('The total is below the minimum for this award', 'Tổng điểm thấp hơn mức tối thiểu của loại khen thưởng'),
  ABOVE_MAX_RANK: p('The rank is below the last rank this award allows', 'Thứ hạng thấp hơn thứ hạng tối đa của loại khen thưởng'),
  UNKNOWN_AWARD_TYPE: p('Not an award type of the organiser', 'Không phải loại khen thưởng của đơn vị tổ chức'),

  // The audit log
  AUDIT_EVENT_NOT_FOUND: p('Audit event not found', 'Không tìm thấy sự kiện trong nhật ký', {
    match: /^No sequenced audit event (?<seq>\d+)$/,
    detail: 'Không tìm thấy sự kiện số {seq} trong nhật ký.',
  }),
  NO_CHECKPOINT: p('No checkpoint has been cut yet', 'Chưa có điểm kiểm tra nào của nhật ký'),
  NOT_YET_CHECKPOINTED: p('No checkpoint covers this yet', 'Chưa có điểm kiểm tra nào bao gồm phạm vi này', {
    detail: `Chưa có điểm kiểm tra nào bao gồm phạm vi này; điểm kiểm tra gần nhất có {latestCheckpoint} sự kiện.${RETRY}`,
  }),
  LOG_EMPTY: p('The log holds no event yet', 'Nhật ký chưa có sự kiện nào'),
  TREE_SIZE_UNKNOWN: p('The log does not hold that many events', 'Nhật ký chưa có đủ số sự kiện này', {
    detail: 'Nhật ký mới có {treeSize} sự kiện đã được đánh số.',
  }),
  SEQ_NOT_IN_TREE: p('The event is not in a tree of that size', 'Sự kiện không nằm trong cây có kích thước này', {
    match: /^Event (?<seq>\d+) is not in a tree of (?<size>\d+) events$/,
    detail: 'Sự kiện số {seq} không nằm trong cây gồm {size} sự kiện.',
  }),
  INVALID_TREE_SIZES: p('The first size is larger than the second', 'Kích thước đầu lớn hơn kích thước sau', {
    match: /^from \((?<from>\d+)\) is larger than to \((?<to>\d+)\)$/,
    detail: 'Kích thước from ({from}) lớn hơn kích thước to ({to}).',
  }),
  INVALID_SEQ_RANGE: p('The range of events is reversed', 'Khoảng số thứ tự sự kiện không hợp lệ', {
    detail: 'fromSeq ({fromSeq}) lớn hơn toSeq ({toSeq}).',
  }),
  SIGNING_KEY_MISSING: p('No signing key is configured', 'Chưa cấu hình khóa ký', {
    detail: 'Chưa cấu hình khóa ký (AUDIT_SIGNING_KEY_FILE) nên không thể ký.',
  }),
  SIGNING_KEY_RETIRED: p('The signing key is retired', 'Khóa ký đã ngừng sử dụng'),
  SIGNING_KEY_CONFLICT: p('Another signing key holds this name', 'Tên khóa ký trùng với một khóa ký khác'),
  // Dossiers (hồ sơ): attached documents
  ATTACHMENT_NOT_FOUND: p('Attachment not found', 'Không tìm thấy tài liệu đính kèm'),
  ATTACHMENT_OWNER_NOT_FOUND: p('Nothing of that kind to attach the document to', 'Không tìm thấy đối tượng để đính kèm tài liệu', {
    detail: 'Không tìm thấy đối tượng {ownerId} để đính kèm tài liệu loại {kind|attachmentKinds}.',
  }),
  ATTACHMENT_OWNER_NOT_READY: p('What the document records has not happened yet', 'Sự việc mà tài liệu ghi nhận chưa diễn ra', {
    detail:
      'Chưa thể đính kèm tài liệu loại {kind|attachmentKinds}: giao ước chưa được ký, kết quả xếp hạng chưa được chốt hoặc đề nghị khen thưởng chưa có quyết định.',
  }),
  ATTACHMENT_ALREADY_SUPERSEDED: p('The attachment is already superseded', 'Tài liệu đính kèm đã được thay thế', {
    detail: 'Tài liệu đính kèm đã được thay thế bởi {supersededBy}; hãy thay thế bản mới nhất.',
  }),
  ATTACHMENT_SUPERSEDES_MISMATCH: p(
    'The attachment to supersede is not of the same kind and owner',
    'Tài liệu cần thay thế không cùng loại hoặc không cùng đối tượng',
  ),
  ATTACHMENT_TOO_LARGE: p('The document is too large', 'Tài liệu vượt quá dung lượng cho phép', {
    detail: 'Tài liệu lớn hơn {maxBytes} byte (ATTACHMENT_MAX_BYTES).',
  }),
  ATTACHMENT_TYPE_REFUSED: p('The content is not an accepted document type', 'Nội dung tệp không thuộc loại tài liệu được chấp nhận', {
    detail:
      'Tệp không được chấp nhận: {reason|documentRefusals}. Chỉ nhận PDF, ảnh (PNG, JPEG, WebP, TIFF) và văn bản văn phòng (DOCX, XLSX, PPTX không có macro; DOC, XLS, PPT; ODT, ODS, ODP); loại tệp được xác định theo nội dung, không theo tên tệp.',
  }),
}
