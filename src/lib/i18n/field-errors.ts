/**
 * Codes of field errors (`errors[].code` of a problem) that are not problem codes themselves:
 * those of request validation (src/plugins/problems.ts fieldErrors), of the scheme's and the
 * scoring inputs' checks, and of the rows of a bulk import. `vi` reads on its own after the
 * field's pointer ("/name: Thiếu trường bắt buộc").
 */
export const FIELD_ERROR_LABELS: Record<string, { en: string; vi: string }> = {
  REQUIRED: { en: 'Required', vi: 'Thiếu trường bắt buộc' },
  UNKNOWN_FIELD: { en: 'Not a known field', vi: 'Trường không được hỗ trợ' },
  INVALID_TYPE: { en: 'Wrong type', vi: 'Sai kiểu dữ liệu' },
  INVALID_FORMAT: { en: 'Wrong format', vi: 'Sai định dạng' },
  NOT_ALLOWED_VALUE: { en: 'Not one of the allowed values', vi: 'Không thuộc các giá trị được phép' },
  NO_MATCHING_ALTERNATIVE: { en: 'Matches none of the accepted forms', vi: 'Không khớp với dạng dữ liệu nào được chấp nhận' },
  INVALID_ENUM: { en: 'Not one of the allowed values', vi: 'Không thuộc các giá trị được phép' },
  INVALID_CODE: { en: 'Not a valid code', vi: 'Mã không hợp lệ' },
  INVALID_YEAR: { en: 'Not a four-digit year', vi: 'Năm phải gồm bốn chữ số' },
  INVALID_PERIOD: { en: 'Not a reporting period (H1 or FY)', vi: 'Kỳ báo cáo phải là H1 hoặc FY' },
  TOO_MANY_DECIMALS: { en: 'Too many decimal places', vi: 'Quá nhiều chữ số thập phân' },
  TOO_LONG: { en: 'Too long', vi: 'Quá dài' },
  DUPLICATE: { en: 'Listed more than once', vi: 'Bị lặp lại' },
  EMPTY: { en: 'Empty', vi: 'Không được để trống' },
  INDICATOR_REQUIRED: { en: 'This method needs an indicator', vi: 'Phương pháp chấm điểm này cần gắn với một chỉ tiêu' },
  INDICATOR_NOT_ALLOWED: { en: 'This method takes no indicator', vi: 'Phương pháp chấm điểm này không gắn với chỉ tiêu' },
  NOT_APPLICABLE: { en: 'Does not apply here', vi: 'Không áp dụng trong trường hợp này' },
  UNKNOWN_GROUP: { en: 'Not a criterion group of the scheme', vi: 'Không phải nhóm tiêu chí của phương án chấm điểm' },
  UNKNOWN_AWARD_TYPE: { en: 'Not an award type of the organiser', vi: 'Không phải loại khen thưởng của đơn vị tổ chức' },
  UNKNOWN_MEMBER: { en: 'Not a member of the cluster-year', vi: 'Không phải thành viên của cụm trong năm' },
  NOT_MANUAL: { en: 'The criterion is not scored by hand', vi: 'Tiêu chí không chấm điểm thủ công' },
  UNKNOWN_COMMITTEE: { en: 'No active committee has this code', vi: 'Không có Ủy ban đang hoạt động mang mã này' },
  UNKNOWN_CLUSTER: { en: 'No cluster has this code', vi: 'Không có cụm thi đua mang mã này' },
  UNKNOWN_CLUSTER_YEAR: { en: 'The cluster has no such year', vi: 'Cụm thi đua chưa có năm thi đua này' },
  DUPLICATE_ROW: { en: 'The same value appears on more than one row', vi: 'Cùng một số liệu xuất hiện ở nhiều dòng' },
  UNKNOWN_COLUMN: { en: 'Not a column of the import', vi: 'Không phải cột của tệp nhập số liệu' },
  MISSING_COLUMN: { en: 'A required column is missing', vi: 'Thiếu cột bắt buộc' },
  ORGANIZER_NOT_FOUND: { en: 'No such organising committee', vi: 'Không tìm thấy đơn vị tổ chức' },
}
