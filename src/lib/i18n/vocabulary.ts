import { CLUSTER_YEAR_EVENTS, CLUSTER_YEAR_STATUSES } from '../../domain/cluster-year.ts'
import { COMMITTEE_KINDS, COMMITTEE_LEVELS, COMMITTEE_STATUSES, END_REASONS } from '../../domain/committees.ts'
import { ATTACHMENT_KINDS, DOCUMENT_FORMATS, DOCUMENT_TYPES, type RefusalReason } from '../../domain/documents.ts'
import { OBJECTION_STATUSES } from '../../domain/objections.ts'
import { CLUSTER_YEAR_ROLES, CLUSTER_YEAR_WARNING_CODES } from '../../domain/reform.ts'
import { IMPORT_COLUMNS } from '../../domain/import.ts'
import { DIRECTIONS, VALUE_TYPES } from '../../domain/indicators.ts'
import { OFFICER_POSITIONS } from '../../domain/officers.ts'
import { ADJUSTMENT_TYPES } from '../../domain/peer-review.ts'
import { ROLES } from '../../domain/roles.ts'
import { ROTATION_POLICIES } from '../../domain/rotation.ts'
import { CRITERION_KINDS, CRITERION_METHODS } from '../../domain/scheme.ts'
import type { MissingCode } from '../../domain/scoring.ts'
import type { AwardViolationCode } from '../../domain/awards.ts'
import type { Blocker } from '../../domain/finalization.ts'
import { AWARD_PROPOSAL_STATUSES, PERIODS, SUBMISSION_STATUSES } from '../../domain/workflows.ts'
import { FIELD_ERROR_LABELS } from './field-errors.ts'
import { LANGUAGES } from './language.ts'
import { PROBLEM_CATALOGUE } from './problem-catalogue.ts'

/** A code's name for people, in both languages of the service. */
export interface Label {
  vi: string
  en: string
}

/**
 * Labels for every value of a closed set: typed as a record over the set, so a value added in
 * src/domain without its labels fails to compile.
 */
const labels = <T extends string>(values: readonly T[], table: Record<T, [en: string, vi: string]>) =>
  values.map((code) => ({ code, en: table[code][0], vi: table[code][1] }))

const keysOf = <T extends string>(table: Record<T, unknown>) => Object.keys(table) as T[]

export interface VocabularyGroup {
  name: string
  en: string
  vi: string
  codes: { code: string; en: string; vi: string }[]
}

const group = (name: string, en: string, vi: string, codes: VocabularyGroup['codes']): VocabularyGroup => ({ name, en, vi, codes })

const MISSING: Record<MissingCode, [string, string]> = {
  MISSING_FY_SUBMISSION: ['No accepted full-year submission', 'Chưa có báo cáo cả năm được tiếp nhận'],
  MISSING_FY_VALUE: ['A full-year value is missing', 'Thiếu số liệu cả năm'],
  MISSING_TARGET: ['No target was set', 'Chưa giao chỉ tiêu'],
  MISSING_ASSESSMENT: ['Peer assessments are missing', 'Thiếu điểm chấm chéo'],
  MISSING_MANUAL_POINTS: ['Points agreed by the conference are not entered', 'Chưa nhập điểm do hội nghị thống nhất'],
}

const AWARD_VIOLATIONS: Record<AwardViolationCode, [string, string]> = {
  QUOTA_EXCEEDED: ['The award quota is exhausted', 'Đã hết số lượng khen thưởng được phân bổ'],
  ALREADY_AWARDED: ['The member already has an award this year', 'Đơn vị đã được đề nghị khen thưởng trong năm'],
  NO_AWARD_RULE: ['The scheme has no rule for this award type', 'Phương án chấm điểm không có quy định cho loại khen thưởng này'],
  NOT_RANKED: ['The member is not in the final ranking', 'Đơn vị không có trong kết quả xếp hạng chính thức'],
  NOT_ELIGIBLE: ['The member is not eligible for an award', 'Đơn vị không đủ điều kiện xét khen thưởng'],
  BELOW_MIN_TOTAL: ['The total is below the minimum for this award', 'Tổng điểm thấp hơn mức tối thiểu của loại khen thưởng'],
  ABOVE_MAX_RANK: ['The rank is below the last rank this award allows', 'Thứ hạng thấp hơn thứ hạng tối đa của loại khen thưởng'],
  MEMBER_ALREADY_PROPOSED: ['The member already has a proposal this year', 'Đơn vị đã có đề nghị khen thưởng trong năm'],
  PRECEDENCE_INVERTED: ['A lower-ranked member would get a higher award', 'Đơn vị xếp hạng thấp hơn được đề nghị mức khen thưởng cao hơn'],
}

/** Why an allocation passed a member over for a type (src/domain/awards.ts, `reasons`). */
const ALLOCATION_REASONS = {
  QUOTA_EXHAUSTED: ['The quota of this award is used up', 'Đã hết số lượng của loại khen thưởng này'],
  HELD_FOR_TIE: ['The rest of the quota is held for an unresolved tie', 'Số lượng còn lại được giữ chờ giải quyết trường hợp đồng hạng'],
  TIE_AT_QUOTA_BOUNDARY: ['A tie crosses the quota boundary', 'Có đơn vị đồng hạng tại ranh giới số lượng khen thưởng'],
  DISQUALIFIED: ['Disqualified from awards', 'Không được xét khen thưởng'],
} satisfies Record<string, [string, string]>

/** Why a finalisation is blocked (src/domain/finalization.ts): the `blockers` of FINALIZE_BLOCKED. */
const FINALIZE_BLOCKERS: Record<Blocker['code'], [string, string]> = {
  FY_NOT_CLOSED: ['The full-year input window is not closed yet', 'Kỳ báo cáo cả năm chưa đóng'],
  SUBMISSIONS_NOT_ACCEPTED: ['Submissions are still awaiting review', 'Còn báo cáo chưa được tiếp nhận'],
  ASSESSMENTS_MISSING: ['Some peer assessments are missing', 'Còn thiếu điểm chấm chéo'],
  MANUAL_POINTS_MISSING: ['Points agreed by the conference are not entered yet', 'Chưa nhập điểm do hội nghị thống nhất'],
  TIE_AT_AWARD_BOUNDARY: ['A tie crosses an award boundary', 'Có đơn vị đồng hạng tại ranh giới khen thưởng'],
  OBJECTION_WINDOW_OPEN: ['The objection window is not over yet', 'Thời hạn khiếu nại, giải trình chưa kết thúc'],
  OBJECTIONS_UNANSWERED: ['Objections await an answer', 'Còn khiếu nại chưa được trả lời'],
}

const DOCUMENT_TYPE_VI: Record<keyof typeof DOCUMENT_TYPES, string> = {
  pdf: 'Tệp PDF',
  png: 'Ảnh PNG',
  jpeg: 'Ảnh JPEG',
  webp: 'Ảnh WebP',
  tiff: 'Ảnh TIFF',
  docx: 'Văn bản Word (DOCX)',
  xlsx: 'Bảng tính Excel (XLSX)',
  pptx: 'Trình chiếu PowerPoint (PPTX)',
  doc: 'Văn bản Word 97-2003 (DOC)',
  xls: 'Bảng tính Excel 97-2003 (XLS)',
  ppt: 'Trình chiếu PowerPoint 97-2003 (PPT)',
  odt: 'Văn bản OpenDocument (ODT)',
  ods: 'Bảng tính OpenDocument (ODS)',
  odp: 'Trình chiếu OpenDocument (ODP)',
}

/** Why a file was refused as a document (ATTACHMENT_TYPE_REFUSED, `details.reason`). */
const DOCUMENT_REFUSALS: Record<RefusalReason, [string, string]> = {
  EMPTY: ['The file is empty', 'Tệp rỗng'],
  UNKNOWN_FORMAT: ['Not a PDF, an image or an office document', 'Không phải PDF, ảnh hay văn bản văn phòng'],
  ZIP_NOT_A_DOCUMENT: ['A zip archive that is not an office document', 'Tệp nén zip không phải văn bản văn phòng'],
  ZIP_UNREADABLE: ['A zip archive that cannot be read', 'Tệp nén zip không đọc được'],
  MACROS_NOT_ALLOWED: ['An office document with macros', 'Văn bản văn phòng có chứa macro'],
  ENCRYPTED: ['An encrypted office document (a password to open it)', 'Văn bản văn phòng được mã hóa (có mật khẩu mở)'],
  OLE2_NOT_A_DOCUMENT: ['A compound file that is not a Word, Excel or PowerPoint file', 'Tệp phức hợp không phải Word, Excel hay PowerPoint'],
  OLE2_UNREADABLE: ['A compound file that cannot be read', 'Tệp phức hợp không đọc được'],
}

/** Why the audit log's verification stopped (GET /v1/audit-events/verify, `firstBroken.reason`). */
const CHAIN_BREAKS = {
  SEQUENCE_GAP: ['A sequence number is missing', 'Thiếu số thứ tự sự kiện'],
  PREV_HASH_MISMATCH: ["An event does not link to the previous event's hash", 'Sự kiện không nối đúng mã băm của sự kiện trước'],
  HASH_MISMATCH: ["An event's hash does not match its content", 'Mã băm của sự kiện không khớp nội dung'],
  HEAD_MISMATCH: ['The head of the chain does not match', 'Đầu chuỗi không khớp'],
  LEAF_MISMATCH: ['A leaf of the Merkle tree does not match', 'Lá của cây Merkle không khớp'],
  NODE_MISMATCH: ['A node of the Merkle tree does not match', 'Nút của cây Merkle không khớp'],
  NODE_MISSING: ['A node of the Merkle tree is missing', 'Thiếu nút của cây Merkle'],
  NODE_EXTRA: ['The Merkle tree holds extra nodes', 'Cây Merkle có nút thừa'],
  TREE_SIZE_MISMATCH: ['The size of the Merkle tree does not match', 'Kích thước cây Merkle không khớp'],
  CHECKPOINT_ROOT_MISMATCH: ["A checkpoint's root hash does not match the tree", 'Mã băm gốc của điểm kiểm tra không khớp với cây'],
  CHECKPOINT_SIGNATURE_INVALID: ["A checkpoint's signature is not valid", 'Chữ ký của điểm kiểm tra không hợp lệ'],
  CHECKPOINT_BEYOND_LOG: ['A checkpoint covers more events than the log holds', 'Điểm kiểm tra bao gồm nhiều sự kiện hơn số sự kiện trong nhật ký'],
} satisfies Record<string, [string, string]>

/**
 * Every code the API uses, with its Vietnamese and English labels (GET /v1/vocabulary). The
 * closed sets come from src/domain; the few that only the routes name (how a head was chosen,
 * export options, ranking explanation steps) are listed here, and a test checks that every
 * enum value of the OpenAPI document and every problem code a route declares is present.
 */
export const VOCABULARY: readonly VocabularyGroup[] = [
  group(
    'roles',
    'Roles of API keys',
    'Vai trò của khóa truy cập',
    labels(ROLES, {
      admin: ['Administrator', 'Quản trị hệ thống'],
      organizer: ["Organiser (the organising committee's staff)", 'Đơn vị tổ chức cụm thi đua'],
      secretariat: ["Secretariat (the cluster head's staff)", 'Thường trực cụm (đơn vị Cụm trưởng)'],
      submitter: ['Submitter (a member committee)', 'Đơn vị thành viên báo cáo'],
      auditor: ['Auditor', 'Kiểm tra, giám sát'],
      reader: ['Reader (portals)', 'Chỉ xem (cổng thông tin)'],
    }),
  ),
  group(
    'committeeLevels',
    'Levels of the Front committees',
    'Cấp của Ủy ban Mặt trận Tổ quốc',
    labels(COMMITTEE_LEVELS, {
      central: ['Central', 'Trung ương'],
      province: ['Province or centrally-run city', 'Tỉnh, thành phố trực thuộc Trung ương'],
      district: ['District, town or provincial city', 'Huyện, quận, thị xã, thành phố thuộc tỉnh'],
      commune: ['Commune or ward', 'Xã, phường, thị trấn'],
      residential_area: ['Residential area (working board)', 'Khu dân cư (Ban Công tác Mặt trận)'],
    }),
  ),
  group(
    'committeeKinds',
    'Kinds of units',
    'Loại đơn vị',
    labels(COMMITTEE_KINDS, {
      front_committee: ['Fatherland Front committee', 'Ủy ban Mặt trận Tổ quốc'],
      party_organization: ['Party organisation', 'Tổ chức đảng'],
      agency: ['Agency', 'Cơ quan, đơn vị'],
      other: ['Other', 'Khác'],
    }),
  ),
  group(
    'committeeStatuses',
    'Statuses of a committee',
    'Tình trạng của Ủy ban',
    labels(COMMITTEE_STATUSES, {
      active: ['Active', 'Đang hoạt động'],
      merged: ['Merged into a successor', 'Đã hợp nhất vào đơn vị kế thừa'],
      dissolved: ['Dissolved (its level was abolished)', 'Đã kết thúc hoạt động (cấp hành chính không còn)'],
    }),
  ),
  group(
    'committeeEndReasons',
    "How a committee's life ended (`endReason`)",
    'Hình thức kết thúc hoạt động của Ủy ban (`endReason`)',
    labels(END_REASONS, {
      merged: ['Merged into one successor', 'Hợp nhất vào một đơn vị kế thừa'],
      dissolved: ['Dissolved: its level abolished, its area shared out', 'Giải thể: cấp hành chính không còn, địa bàn chuyển cho đơn vị khác'],
    }),
  ),
  group(
    'clusterYearWarnings',
    'Warnings on a cluster-year that is not closed (`warnings[].code`)',
    'Cảnh báo đối với năm thi đua chưa kết thúc (`warnings[].code`)',
    labels(CLUSTER_YEAR_WARNING_CODES, {
      MEMBER_MERGED: ['A member was merged into a successor', 'Đơn vị thành viên đã hợp nhất vào đơn vị kế thừa'],
      MEMBER_DISSOLVED: ['A member was dissolved', 'Đơn vị thành viên đã giải thể'],
    }),
  ),
  group(
    'clusterYearRoles',
    'The places a committee holds in a cluster-year',
    'Vị trí của đơn vị trong năm thi đua của cụm',
    labels(CLUSTER_YEAR_ROLES, {
      member: ['Member', 'Thành viên'],
      head: ['Head (Cụm trưởng)', 'Cụm trưởng'],
      deputy: ['Deputy (Cụm phó)', 'Cụm phó'],
    }),
  ),
  group(
    'officerPositions',
    "Positions of a committee's officers",
    'Chức danh lãnh đạo của Ủy ban',
    labels(OFFICER_POSITIONS, {
      chair: ['Chair', 'Chủ tịch'],
      standing_vice_chair: ['Standing vice-chair', 'Phó Chủ tịch Thường trực'],
      vice_chair: ['Vice-chair', 'Phó Chủ tịch'],
      working_board_head: ['Head of the working board', 'Trưởng Ban Công tác Mặt trận'],
    }),
  ),
  group(
    'rotationPolicies',
    "Rotation policies of a cluster's leadership",
    'Cách luân phiên Cụm trưởng, Cụm phó',
    labels(ROTATION_POLICIES, {
      deputy_succeeds: ['The deputy succeeds the head', 'Cụm phó năm trước làm Cụm trưởng'],
      round_robin: ['Round robin in a fixed order', 'Luân phiên theo thứ tự định trước'],
      elected: ['Elected by the conference', 'Do hội nghị bầu'],
    }),
  ),
  group(
    'headChosenBy',
    'How a unit became head or deputy',
    'Cách xác định Cụm trưởng, Cụm phó',
    labels(['appointed', 'handover', 'override'] as const, {
      appointed: ['Appointed with the membership', 'Chỉ định khi xác định thành viên'],
      handover: ['By the handover of the previous year', 'Theo bàn giao của năm trước'],
      override: ["By the organiser's override", 'Theo quyết định của đơn vị tổ chức'],
    }),
  ),
  group(
    'clusterYearStatuses',
    'Statuses of a cluster-year',
    'Trạng thái năm thi đua của cụm',
    labels(CLUSTER_YEAR_STATUSES, {
      planning: ['Planning', 'Đang xây dựng kế hoạch'],
      pact_signed: ['Pact signed', 'Đã ký kết giao ước thi đua'],
      reporting: ['Reporting', 'Đang báo cáo'],
      scoring: ['Scoring', 'Đang chấm điểm'],
      finalized: ['Ranking finalised', 'Đã chốt kết quả xếp hạng'],
      closed: ['Closed (handed over)', 'Đã kết thúc (đã bàn giao)'],
    }),
  ),
  group(
    'clusterYearEvents',
    'Steps of a cluster-year',
    'Các bước của năm thi đua',
    labels(CLUSTER_YEAR_EVENTS, {
      sign_pact: ['Sign the pact', 'Ký kết giao ước thi đua'],
      open_reporting: ['Open reporting', 'Mở kỳ báo cáo'],
      start_scoring: ['Start scoring', 'Bắt đầu chấm điểm'],
      finalize: ['Finalise the ranking', 'Chốt kết quả xếp hạng'],
      close: ['Close the year (handover)', 'Kết thúc năm thi đua (bàn giao)'],
    }),
  ),
  group(
    'periods',
    'Reporting periods',
    'Kỳ báo cáo',
    labels(PERIODS, {
      H1: ['First half of the year (six-month review)', 'Sáu tháng đầu năm (sơ kết)'],
      FY: ['Full year (annual review)', 'Cả năm (tổng kết)'],
    }),
  ),
  group(
    'periodStates',
    'States of a reporting period',
    'Tình trạng kỳ báo cáo',
    labels(['not_open', 'open', 'closed'] as const, {
      not_open: ['Not open yet', 'Chưa mở'],
      open: ['Open for input', 'Đang nhận số liệu'],
      closed: ['Closed', 'Đã đóng'],
    }),
  ),
  group(
    'criterionKinds',
    'Kinds of criteria',
    'Loại tiêu chí',
    labels(CRITERION_KINDS, {
      standard: ['Standard criterion', 'Tiêu chí chấm điểm'],
      bonus: ['Bonus', 'Điểm thưởng'],
      penalty: ['Penalty', 'Điểm trừ'],
    }),
  ),
  group(
    'criterionMethods',
    'How a criterion is scored',
    'Phương pháp chấm điểm tiêu chí',
    labels(CRITERION_METHODS, {
      target_ratio: ['In proportion to the target', 'Theo tỷ lệ hoàn thành chỉ tiêu'],
      threshold: ['Full points when the target is met', 'Đạt chỉ tiêu thì được điểm tối đa'],
      relative_to_best: ['Relative to the best in the cluster', 'So với đơn vị đạt cao nhất trong cụm'],
      assessed: ['Peer assessment', 'Chấm chéo giữa các đơn vị thành viên'],
      manual: ['Points agreed by the conference', 'Điểm do hội nghị thống nhất'],
    }),
  ),
  group(
    'rankingSteps',
    "Steps of a member's total in the ranking explanation",
    'Các bước tính tổng điểm trong phần giải thích xếp hạng',
    labels(['sum', 'bonus_cap', 'penalty_cap', 'total'] as const, {
      sum: ['Standard criteria summed', 'Cộng điểm các tiêu chí'],
      bonus_cap: ['Bonus points, capped', 'Điểm thưởng, trong mức tối đa'],
      penalty_cap: ['Penalty points, capped', 'Điểm trừ, trong mức tối đa'],
      total: ['Total', 'Tổng điểm'],
    }),
  ),
  group(
    'indicatorValueTypes',
    "Types of an indicator's value",
    'Kiểu giá trị của chỉ tiêu',
    labels(VALUE_TYPES, {
      integer: ['Whole number', 'Số nguyên'],
      decimal: ['Decimal number', 'Số thập phân'],
      boolean: ['Yes or no', 'Có hoặc không'],
      percent: ['Percentage', 'Tỷ lệ phần trăm'],
    }),
  ),
  group(
    'indicatorDirections',
    'Which way an indicator is better',
    'Chiều đánh giá của chỉ tiêu',
    labels(DIRECTIONS, {
      higher: ['Higher is better', 'Càng cao càng tốt'],
      lower: ['Lower is better', 'Càng thấp càng tốt'],
    }),
  ),
  group(
    'submissionStatuses',
    'Statuses of a submission',
    'Trạng thái báo cáo số liệu',
    labels(SUBMISSION_STATUSES, {
      draft: ['Draft', 'Bản nháp'],
      submitted: ['Submitted for review', 'Đã gửi, chờ xem xét'],
      returned: ['Returned for correction', 'Trả lại để bổ sung, chỉnh sửa'],
      accepted: ['Accepted', 'Đã tiếp nhận'],
    }),
  ),
  group(
    'adjustmentTypes',
    'Kinds of adjustment',
    'Loại điều chỉnh điểm',
    labels(ADJUSTMENT_TYPES, {
      manual: ['Points agreed by the conference', 'Điểm do hội nghị thống nhất'],
      bonus: ['Bonus points', 'Điểm thưởng'],
      penalty: ['Penalty points', 'Điểm trừ'],
      disqualification: ['Disqualification from awards', 'Không xét khen thưởng'],
    }),
  ),
  group(
    'objectionStatuses',
    'Statuses of an objection on the provisional ranking',
    'Trạng thái khiếu nại về kết quả chấm điểm tạm thời',
    labels(OBJECTION_STATUSES, {
      open: ['Awaiting an answer', 'Chờ trả lời'],
      accepted: ['Accepted and corrected', 'Chấp nhận, đã điều chỉnh'],
      rejected: ['Rejected', 'Không chấp nhận'],
    }),
  ),
  group('missingInputs', "What a member's score still lacks", 'Số liệu còn thiếu để chấm điểm', labels(keysOf(MISSING), MISSING)),
  group('finalizeBlockers', 'What blocks finalising the ranking', 'Lý do chưa thể chốt kết quả xếp hạng', labels(keysOf(FINALIZE_BLOCKERS), FINALIZE_BLOCKERS)),
  group(
    'awardProposalStatuses',
    'Statuses of an award proposal',
    'Trạng thái đề nghị khen thưởng',
    labels(AWARD_PROPOSAL_STATUSES, {
      draft: ['Draft', 'Dự thảo'],
      submitted: ['Submitted to the organiser', 'Đã trình đơn vị tổ chức'],
      approved: ['Approved', 'Đã phê duyệt'],
      rejected: ['Rejected', 'Không phê duyệt'],
      revoked: ['Revoked', 'Đã thu hồi'],
    }),
  ),
  group(
    'awardProposalOrigins',
    'How an award proposal was made',
    'Cách lập đề nghị khen thưởng',
    labels(['generated', 'hand'] as const, {
      generated: ['Drafted from the final ranking under the quotas', 'Lập từ kết quả xếp hạng chính thức theo số lượng phân bổ'],
      hand: ['Entered by the cluster with its reason', 'Do cụm đề nghị trực tiếp, có nêu lý do'],
    }),
  ),
  group(
    'awardProposalEvents',
    'Decisions on an award proposal',
    'Các bước xử lý đề nghị khen thưởng',
    labels(['submit', 'approve', 'reject', 'revoke'] as const, {
      submit: ['Submitted', 'Trình'],
      approve: ['Approved', 'Phê duyệt'],
      reject: ['Rejected', 'Không phê duyệt'],
      revoke: ['Revoked', 'Thu hồi'],
    }),
  ),
  group('awardViolations', 'Why an award cannot be given', 'Lý do không thể đề nghị khen thưởng', labels(keysOf(AWARD_VIOLATIONS), AWARD_VIOLATIONS)),
  group(
    'allocationReasons',
    'Why an allocation passed a member over',
    'Lý do đơn vị không được phân bổ khen thưởng',
    labels(keysOf(ALLOCATION_REASONS), ALLOCATION_REASONS),
  ),
  group(
    'importItemStatuses',
    'Outcome of one row of a bulk import',
    'Kết quả của từng dòng khi nhập số liệu hàng loạt',
    labels(['created', 'updated', 'unchanged', 'rejected'] as const, {
      created: ['Created', 'Đã tạo mới'],
      updated: ['Updated', 'Đã cập nhật'],
      unchanged: ['Unchanged', 'Không thay đổi'],
      rejected: ['Rejected', 'Bị từ chối'],
    }),
  ),
  group(
    'importColumns',
    'Columns of a bulk import',
    'Các cột của tệp nhập số liệu',
    labels(IMPORT_COLUMNS, {
      committeeCode: ["The committee's code", 'Mã đơn vị'],
      clusterCode: ["The cluster's code", 'Mã cụm thi đua'],
      year: ['Year', 'Năm'],
      period: ['Reporting period', 'Kỳ báo cáo'],
      indicatorCode: ["The indicator's code", 'Mã chỉ tiêu'],
      value: ['Value', 'Giá trị'],
      note: ['Note', 'Ghi chú'],
      committeeId: ["The committee's id (for units without a code)", 'Mã định danh đơn vị (cho đơn vị không có mã)'],
    }),
  ),
  group(
    'decimalSeparators',
    'Decimal separator of a CSV import',
    'Dấu thập phân của tệp CSV',
    labels(['point', 'comma'] as const, {
      point: ['Decimal point (1234.5)', 'Dấu chấm thập phân (1234.5)'],
      comma: ['Decimal comma, Vietnamese style (1.234,5)', 'Dấu phẩy thập phân theo cách viết Việt Nam (1.234,5)'],
    }),
  ),
  group(
    'exportFormats',
    'Formats of an export',
    'Định dạng tệp kết xuất',
    labels(['json', 'csv'] as const, {
      json: ['JSON bundle', 'Gói dữ liệu JSON'],
      csv: ['CSV table', 'Bảng CSV'],
    }),
  ),
  group(
    'exportTables',
    'Tables of a CSV export',
    'Các bảng của tệp kết xuất CSV',
    labels(['ranking', 'awards'] as const, {
      ranking: ['Ranking', 'Kết quả xếp hạng'],
      awards: ['Awards', 'Khen thưởng'],
    }),
  ),
  group(
    'rankingSources',
    'Where an exported ranking comes from',
    'Nguồn của kết quả xếp hạng được kết xuất',
    labels(['frozen', 'live'] as const, {
      frozen: ['Frozen at finalisation', 'Đã chốt chính thức'],
      live: ['Computed at the time of the export', 'Tính tại thời điểm kết xuất'],
    }),
  ),
  group(
    'webhookStatuses',
    "A webhook subscription's state",
    'Trạng thái của đăng ký webhook',
    labels(['active', 'failing'] as const, {
      active: ['Delivering', 'Đang gửi'],
      failing: ['Failing: deliveries stopped until resumed', 'Gửi không thành công: tạm dừng cho đến khi gửi lại'],
    }),
  ),
  group(
    'webhookOutcomes',
    'What one webhook delivery attempt came to',
    'Kết quả của một lần gửi webhook',
    labels(['delivered', 'failed'] as const, {
      delivered: ['Delivered (the receiver answered 2xx)', 'Đã gửi (bên nhận trả lời 2xx)'],
      failed: ['Failed (retried later)', 'Không thành công (sẽ gửi lại sau)'],
    }),
  ),
  group(
    'attachmentKinds',
    'What a document (hồ sơ) is attached to',
    'Loại hồ sơ, tài liệu đính kèm',
    labels(ATTACHMENT_KINDS, {
      pact: ['The signed emulation pact', 'Bản giao ước thi đua đã ký'],
      submission: ["Evidence for a submission's values", 'Tài liệu minh chứng số liệu báo cáo'],
      ranking: ["Minutes of the scoring conference (the ranking's finalisation)", 'Biên bản hội nghị chấm điểm, xếp hạng'],
      handover: ['Minutes of the handover', 'Biên bản bàn giao Cụm trưởng'],
      award_proposal: ["The cluster's proposal letter", 'Tờ trình đề nghị khen thưởng của cụm'],
      award_decision: ['The award decision', 'Quyết định khen thưởng'],
      objection: ['Evidence for an objection or its answer', 'Tài liệu kèm theo khiếu nại hoặc trả lời khiếu nại'],
    }),
  ),
  group(
    'documentTypes',
    'Types of attached documents (read from their content)',
    'Loại tệp tài liệu đính kèm (xác định theo nội dung)',
    DOCUMENT_FORMATS.map((f) => ({ code: DOCUMENT_TYPES[f].mediaType, en: DOCUMENT_TYPES[f].label, vi: DOCUMENT_TYPE_VI[f] })),
  ),
  group('documentRefusals', 'Why a file is not accepted as a document', 'Lý do tệp không được chấp nhận', labels(keysOf(DOCUMENT_REFUSALS), DOCUMENT_REFUSALS)),
  group(
    'entityTypes',
    'Kinds of entity in the audit log and the change feed (`entityType`)',
    'Loại đối tượng trong nhật ký kiểm toán và dòng thay đổi (`entityType`)',
    labels(
      [
        'committee',
        'officer_tenure',
        'cluster',
        'cluster_year',
        'handover',
        'indicator',
        'award_type',
        'award_proposal',
        'submission',
        'assessment',
        'adjustment',
        'objection',
        'api_key',
        'webhook_subscription',
        'attachment',
      ] as const,
      {
        committee: ['Committee of the Front', 'Ủy ban Mặt trận Tổ quốc'],
        officer_tenure: ["An officer's term", 'Nhiệm kỳ của cán bộ'],
        cluster: ['Emulation cluster', 'Cụm thi đua'],
        cluster_year: ["A cluster's emulation year", 'Năm thi đua của cụm'],
        handover: ['Handover of the head and deputy roles', 'Bàn giao Cụm trưởng, Cụm phó'],
        indicator: ['Indicator', 'Chỉ tiêu'],
        award_type: ['Award type', 'Hình thức khen thưởng'],
        award_proposal: ['Award proposal', 'Đề nghị khen thưởng'],
        submission: ['Submission of indicator values', 'Báo cáo số liệu chỉ tiêu'],
        assessment: ['Peer assessment', 'Chấm điểm chéo'],
        adjustment: [
          'Adjustment (points, bonus, penalty, disqualification)',
          'Điều chỉnh điểm (điểm hội nghị thống nhất, điểm cộng, điểm trừ, không xét thi đua)',
        ],
        objection: ['Objection on the provisional ranking', 'Khiếu nại về kết quả chấm điểm tạm thời'],
        api_key: ['API key', 'Khóa API'],
        webhook_subscription: ["A portal's webhook subscription", 'Đăng ký webhook của cổng thông tin'],
        attachment: ['Attached document (dossier)', 'Hồ sơ, tài liệu đính kèm'],
      },
    ),
  ),
  group('chainBreaks', "Why the audit log's verification failed", 'Lý do kiểm tra chuỗi nhật ký không đạt', labels(keysOf(CHAIN_BREAKS), CHAIN_BREAKS)),
  group(
    'languages',
    'Languages of problems (Content-Language)',
    'Ngôn ngữ của thông báo lỗi (Content-Language)',
    labels(LANGUAGES, {
      en: ['English', 'Tiếng Anh'],
      vi: ['Vietnamese', 'Tiếng Việt'],
    }),
  ),
  group(
    'fieldLocations',
    'Where in the request a field error is',
    'Vị trí của trường bị lỗi trong yêu cầu',
    labels(['body', 'query', 'path', 'header'] as const, {
      body: ['Request body', 'Nội dung yêu cầu'],
      query: ['Query parameter', 'Tham số truy vấn'],
      path: ['Path parameter', 'Tham số đường dẫn'],
      header: ['Header', 'Trường tiêu đề'],
    }),
  ),
  group(
    'fieldErrorCodes',
    'Codes of field errors (`errors[].code` of a problem)',
    'Mã lỗi của từng trường (`errors[].code` trong thông báo lỗi)',
    Object.entries(FIELD_ERROR_LABELS).map(([code, l]) => ({ code, en: l.en, vi: l.vi })),
  ),
  group(
    'problemCodes',
    'Codes of problems (the `code` of an error answer)',
    'Mã lỗi (`code` của thông báo lỗi)',
    Object.entries(PROBLEM_CATALOGUE).map(([code, p]) => ({ code, en: p.en, vi: p.vi })),
  ),
]

/** The Vietnamese label of a value of a group, or undefined. */
export function viLabelOf(groupName: string, code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined
  return VOCABULARY.find((g) => g.name === groupName)?.codes.find((c) => c.code === code)?.vi
}
