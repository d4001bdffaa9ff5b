/**
 * The ranking and the award decisions as tables for offices (spreadsheets): UTF-8 with BOM,
 * Vietnamese headers, decimals exactly as the JSON gives them (src/lib/csv.ts). The ranking route
 * serves the first with Accept: text/csv; the cluster-year export serves both (format=csv).
 */
import type { Scheme } from '../../domain/scheme.ts'
import type { AwardProposalAction, AwardProposalStatus } from '../../domain/workflows.ts'
import { csvBytes, type CsvColumn } from '../../lib/csv.ts'
import type { RankedMember } from '../../domain/ranking.ts'

export interface CsvFile {
  bytes: Buffer
  filename: string
}

const ELIGIBILITY_VI: Record<string, string> = {
  DISQUALIFIED: 'Bị loại khỏi xét khen thưởng',
  MISSING_FY_SUBMISSION: 'Chưa có báo cáo cả năm được chấp nhận',
}

type RankingRow = RankedMember & { name: string }

/** What the table needs of a ranking view (GET …/ranking's, live or frozen). */
interface RankingTable {
  final: boolean
  members: RankingRow[]
}

/**
 * The ranking as a table for offices: one row per member in rank order, Vietnamese headers, and
 * one column per criterion of the scheme (its points). Decimals are the JSON's strings, as they are.
 */
function rankingCsvColumns(ranking: RankingTable, titles: Map<string, string>): CsvColumn<RankingRow>[] {
  const criteria = ranking.members[0]?.lines.map((l) => ({ code: l.criterionCode, maxPoints: l.maxPoints })) ?? []
  return [
    { header: 'Hạng', value: (m) => m.rank },
    { header: 'Đồng hạng', value: (m) => (m.tied ? 'Có' : '') },
    { header: 'Mã đơn vị', kind: 'text', value: (m) => m.code },
    { header: 'Tên đơn vị', kind: 'text', value: (m) => m.name },
    { header: 'Tổng điểm', value: (m) => m.total },
    { header: 'Điểm tiêu chí chính', value: (m) => m.standard },
    { header: 'Điểm thưởng', value: (m) => m.bonus },
    { header: 'Điểm trừ', value: (m) => m.penalty },
    { header: 'Xếp loại', kind: 'text', value: (m) => m.classification?.label },
    { header: 'Đủ điều kiện khen thưởng', value: (m) => (m.eligibility.eligible ? 'Có' : 'Không') },
    { header: 'Lý do không đủ điều kiện', kind: 'text', value: (m) => m.eligibility.reasons.map((r) => ELIGIBILITY_VI[r] ?? r).join('; ') },
    ...criteria.map((c): CsvColumn<RankingRow> => ({
      header: `${titles.get(c.code) ?? c.code} (${c.code}, tối đa ${c.maxPoints})`,
      value: (m) => m.lines.find((l) => l.criterionCode === c.code)?.points,
    })),
  ]
}

/** The ranking (live or frozen) as a CSV file named after the cluster and year. */
export function rankingCsv(view: RankingTable, scheme: Scheme | null | undefined, clusterCode: string, year: number): CsvFile {
  const titles = new Map((scheme?.criteria ?? []).map((c) => [c.code, c.title]))
  return {
    bytes: csvBytes(rankingCsvColumns(view, titles), view.members),
    filename: `xep-hang-${clusterCode}-${year}${view.final ? '' : '-tam-tinh'}.csv`,
  }
}

const STATUS_VI: Record<AwardProposalStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã trình',
  approved: 'Đã duyệt',
  rejected: 'Không duyệt',
  revoked: 'Đã thu hồi',
}

const ACTION_VI: Record<AwardProposalAction, string> = {
  submit: 'Trình',
  approve: 'Duyệt',
  reject: 'Không duyệt',
  revoke: 'Thu hồi',
}

/** One award proposal with the decision that settled it last (approval, rejection, revocation), if any. */
export interface AwardRow {
  committeeCode: string | null
  committeeName: string
  awardTypeCode: string
  awardTypeName: string | null
  status: AwardProposalStatus
  decision: {
    action: AwardProposalAction
    decisionNumber: string | null
    decisionDate: string | null
    signer: string | null
    reason: string | null
  } | null
}

const AWARD_COLUMNS: CsvColumn<AwardRow>[] = [
  { header: 'Mã đơn vị', kind: 'text', value: (r) => r.committeeCode },
  { header: 'Tên đơn vị', kind: 'text', value: (r) => r.committeeName },
  { header: 'Mã hình thức khen thưởng', kind: 'text', value: (r) => r.awardTypeCode },
  { header: 'Hình thức khen thưởng', kind: 'text', value: (r) => r.awardTypeName },
  { header: 'Trạng thái', value: (r) => STATUS_VI[r.status] },
  { header: 'Quyết định', value: (r) => (r.decision ? ACTION_VI[r.decision.action] : null) },
  { header: 'Số quyết định', kind: 'text', value: (r) => r.decision?.decisionNumber },
  { header: 'Ngày quyết định', value: (r) => r.decision?.decisionDate },
  { header: 'Người ký', kind: 'text', value: (r) => r.decision?.signer },
  { header: 'Lý do', kind: 'text', value: (r) => r.decision?.reason },
]

/** The award proposals and their decisions as a CSV file named after the cluster and year. */
export function awardsCsv(rows: AwardRow[], clusterCode: string, year: number): CsvFile {
  return { bytes: csvBytes(AWARD_COLUMNS, rows), filename: `khen-thuong-${clusterCode}-${year}.csv` }
}
