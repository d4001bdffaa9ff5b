/**
 * Demo data drawn from the five seed reports in shared/seeds (Vietnamese news reports of
 * 2023) and from Resolution 202/2025/QH15 (the provinces merged on 1 July 2025). Province codes
 * are the official administrative-unit codes of 2023; district-level units, and the successors
 * the demo adds for the reform, carry none rather than a guessed one. What the reports give is
 * fact; what they do not (scores, values, most dates of the cycle, decision numbers) is
 * illustrative and says so where it is stored (see docs/demo-data.md). The cycles themselves
 * are driven in demo-seed.ts.
 */
export interface DemoCommittee {
  key: string
  name: string
  shortName?: string
  code?: string
  level: 'central' | 'province' | 'district' | 'commune' | 'residential_area'
  kind?: 'front_committee' | 'party_organization' | 'agency'
  parent?: string
}

const province = (key: string, name: string, code: string): DemoCommittee => ({
  key,
  name: `Ủy ban MTTQ Việt Nam tỉnh ${name}`,
  shortName: name,
  code,
  level: 'province',
  parent: 'UBTU',
})
const city = (key: string, name: string, code: string): DemoCommittee => ({
  key,
  name: `Ủy ban MTTQ Việt Nam thành phố ${name}`,
  shortName: name,
  code,
  level: 'province',
  parent: 'UBTU',
})
const district = (key: string, name: string, shortName: string, kind: DemoCommittee['kind'] = 'front_committee'): DemoCommittee => ({
  key,
  name,
  shortName,
  level: 'district',
  kind,
  parent: 'THANH_HOA',
})

export const DEMO_COMMITTEES: DemoCommittee[] = [
  { key: 'UBTU', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', shortName: 'UBTƯ MTTQ', level: 'central' },
  // Cụm thi đua các tỉnh trung du và miền núi phía Bắc (seed 003)
  province('PHU_THO', 'Phú Thọ', '25'),
  province('BAC_KAN', 'Bắc Kạn', '06'),
  province('BAC_GIANG', 'Bắc Giang', '24'),
  province('HOA_BINH', 'Hòa Bình', '17'),
  province('TUYEN_QUANG', 'Tuyên Quang', '08'),
  province('YEN_BAI', 'Yên Bái', '15'),
  province('THAI_NGUYEN', 'Thái Nguyên', '19'),
  // Cụm thi đua Tây Nam Bộ (seed 000)
  province('BEN_TRE', 'Bến Tre', '83'),
  province('KIEN_GIANG', 'Kiên Giang', '91'),
  province('DONG_THAP', 'Đồng Tháp', '87'),
  // Cụm thi đua các thành phố trực thuộc Trung ương (seed 002)
  city('HA_NOI', 'Hà Nội', '01'),
  city('HO_CHI_MINH', 'Hồ Chí Minh', '79'),
  city('HAI_PHONG', 'Hải Phòng', '31'),
  city('DA_NANG', 'Đà Nẵng', '48'),
  city('CAN_THO', 'Cần Thơ', '92'),
  // Thanh Hóa and its cluster no. 1 (seed 004)
  province('THANH_HOA', 'Thanh Hóa', '38'),
  district('TP_THANH_HOA', 'Ủy ban MTTQ Việt Nam thành phố Thanh Hóa', 'TP Thanh Hóa'),
  district('SAM_SON', 'Ủy ban MTTQ Việt Nam thành phố Sầm Sơn', 'TP Sầm Sơn'),
  district('BIM_SON', 'Ủy ban MTTQ Việt Nam thị xã Bỉm Sơn', 'TX Bỉm Sơn'),
  district('NGHI_SON', 'Ủy ban MTTQ Việt Nam thị xã Nghi Sơn', 'TX Nghi Sơn'),
  district('NGA_SON', 'Ủy ban MTTQ Việt Nam huyện Nga Sơn', 'Nga Sơn'),
  district('QUANG_XUONG', 'Ủy ban MTTQ Việt Nam huyện Quảng Xương', 'Quảng Xương'),
  district('HOANG_HOA', 'Ủy ban MTTQ Việt Nam huyện Hoằng Hóa', 'Hoằng Hóa'),
  district('HAU_LOC', 'Ủy ban MTTQ Việt Nam huyện Hậu Lộc', 'Hậu Lộc'),
  district('CONG_AN_TINH', 'Đảng bộ Công an tỉnh Thanh Hóa', 'Công an tỉnh', 'party_organization'),
  district('KHOI_CQDN', 'Đảng bộ Khối cơ quan và Doanh nghiệp tỉnh Thanh Hóa', 'Khối CQ&DN tỉnh', 'party_organization'),
  // Seed 001: a ward's committee (Quảng Ninh province, Móng Cái city)
  province('QUANG_NINH', 'Quảng Ninh', '22'),
  { key: 'MONG_CAI', name: 'Ủy ban MTTQ Việt Nam thành phố Móng Cái', shortName: 'TP Móng Cái', level: 'district', parent: 'QUANG_NINH' },
  { key: 'BINH_NGOC', name: 'Ủy ban MTTQ Việt Nam phường Bình Ngọc', shortName: 'Phường Bình Ngọc', level: 'commune', parent: 'MONG_CAI' },
  // Two of the ward's four working boards (Ban Công tác Mặt trận), the two the report names
  {
    key: 'BINH_NGOC_KHU_2',
    name: 'Ban Công tác Mặt trận khu 2, phường Bình Ngọc',
    shortName: 'Khu 2 (Bình Ngọc)',
    level: 'residential_area',
    parent: 'BINH_NGOC',
  },
  {
    key: 'BINH_NGOC_KHU_4',
    name: 'Ban Công tác Mặt trận khu 4, phường Bình Ngọc',
    shortName: 'Khu 4 (Bình Ngọc)',
    level: 'residential_area',
    parent: 'BINH_NGOC',
  },
  // The successors of the 1 July 2025 reform that the seeds do not name (Resolution 202/2025/QH15);
  // their post-reform codes are left empty rather than guessed.
  { key: 'BAC_NINH', name: 'Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh', shortName: 'Bắc Ninh', level: 'province', parent: 'UBTU' },
  { key: 'LAO_CAI', name: 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai', shortName: 'Lào Cai', level: 'province', parent: 'UBTU' },
  { key: 'VINH_LONG', name: 'Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long', shortName: 'Vĩnh Long', level: 'province', parent: 'UBTU' },
  { key: 'AN_GIANG', name: 'Ủy ban MTTQ Việt Nam tỉnh An Giang', shortName: 'An Giang', level: 'province', parent: 'UBTU' },
]

/**
 * Officers the reports name, in office on the day of the report. The day a tenure started is not
 * reported: the tenure opens on the report's date, and `reason` says so.
 */
export interface DemoOfficer {
  committee: string
  position: 'chair' | 'standing_vice_chair' | 'vice_chair' | 'working_board_head'
  personName: string
  title?: string
  effectiveDate: string
  termLabel?: string
  reason: string
}

const inOffice = (seed: string, date: string) =>
  `${seed}: in office on ${date} as the report names; the start of the tenure is not reported, so it opens on the report's date`

export const DEMO_OFFICERS: DemoOfficer[] = [
  {
    committee: 'UBTU',
    position: 'chair',
    personName: 'Đỗ Văn Chiến',
    title: 'Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam',
    effectiveDate: '2023-08-03',
    reason: inOffice('Seed 002', '3/8/2023'),
  },
  {
    committee: 'UBTU',
    position: 'vice_chair',
    personName: 'Trương Thị Ngọc Ánh',
    title: 'Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam',
    effectiveDate: '2023-12-01',
    reason: inOffice('Seeds 003 and 000', '1/12/2023'),
  },
  {
    committee: 'PHU_THO',
    position: 'chair',
    personName: 'Nguyễn Hải',
    title: 'Chủ tịch Ủy ban MTTQ tỉnh Phú Thọ, Cụm trưởng cụm thi đua năm 2023',
    effectiveDate: '2023-12-01',
    reason: inOffice('Seed 003', '1/12/2023'),
  },
  {
    committee: 'THANH_HOA',
    position: 'vice_chair',
    personName: 'Lê Thị Huyền',
    title: 'Phó Chủ tịch Ủy ban MTTQ tỉnh Thanh Hóa',
    effectiveDate: '2023-11-27',
    reason: inOffice('Seed 004', '27/11/2023'),
  },
  {
    committee: 'TP_THANH_HOA',
    position: 'chair',
    personName: 'Nguyễn Việt Hùng',
    title: 'Ủy viên BTV Thành ủy, Trưởng Ban Dân vận, Chủ tịch Ủy ban MTTQ thành phố Thanh Hóa',
    effectiveDate: '2023-11-27',
    reason: inOffice('Seed 004', '27/11/2023'),
  },
  {
    committee: 'KIEN_GIANG',
    position: 'standing_vice_chair',
    personName: 'Ngô Phương Vũ',
    title: 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Kiên Giang',
    effectiveDate: '2023-12-15',
    reason: inOffice('Seed 000', '15/12/2023'),
  },
  {
    committee: 'BINH_NGOC',
    position: 'chair',
    personName: 'Khổng Minh Nguyên',
    title: 'Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ, Trưởng Khối Dân vận phường',
    effectiveDate: '2023-11-29',
    reason: inOffice('Seed 001', '29/11/2023'),
  },
  {
    committee: 'BINH_NGOC',
    position: 'standing_vice_chair',
    personName: 'Lăng Thị Thanh',
    title: 'Phó Chủ tịch Thường trực Ủy ban MTTQ phường',
    effectiveDate: '2023-11-29',
    reason: inOffice('Seed 001', '29/11/2023'),
  },
]

/**
 * Seed 001: at the 29/11/2023 conference the ward thanked two former heads of working boards
 * (Nguyễn Thị Xuân, khu 4; Nguyễn Thị Hằng, khu 2). Their tenures are recorded and closed by a
 * handover; neither when they started nor who followed them is reported, so the start date and
 * the incoming holder are illustrative, and the handover is dated the conference's day.
 */
export const DEMO_WORKING_BOARD_HANDOVERS = [
  { committee: 'BINH_NGOC_KHU_4', outgoing: 'Nguyễn Thị Xuân' },
  { committee: 'BINH_NGOC_KHU_2', outgoing: 'Nguyễn Thị Hằng' },
].map((h) => ({
  ...h,
  outgoingSince: '2019-01-01',
  outgoingReason: 'Seed 001 names her as a former head (nguyên Trưởng Ban) on 29/11/2023; the start of her tenure is illustrative (minh họa)',
  handoverDate: '2023-11-29',
  incoming: 'Trưởng Ban kế nhiệm (minh họa — seed 001 không nêu tên)',
  handoverReason: 'Seed 001: the ward thanked her on leaving (tặng quà chia tay) at the 29/11/2023 conference; her successor is not named (illustrative)',
}))

/**
 * The 1 July 2025 reform: the demo's provinces that merged, and into which (Resolution
 * 202/2025/QH15 of the National Assembly, passed on 12 June 2025); and the end of the district
 * level, here Thanh Hóa's eight district-level units of cluster no. 1. Their area went to new
 * communes and wards that the demo does not hold, so no successor is named; the province-level
 * decision that ended them is not in the reports: its number, date and issuer are illustrative.
 * The two sector Party organisations of the cluster are not a district level and stay active.
 */
export const DEMO_REFORM = {
  effectiveDate: '2025-07-01',
  decision: { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội (National Assembly)' },
  districtsEnded: ['TP_THANH_HOA', 'SAM_SON', 'BIM_SON', 'NGHI_SON', 'NGA_SON', 'QUANG_XUONG', 'HOANG_HOA', 'HAU_LOC'],
  districtDecision: {
    number: '…/QĐ-MTTQ-BTT (minh họa)',
    date: '2025-06-30',
    issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa — minh họa (illustrative): no report gives this decision',
  },
  merges: [
    { merged: 'BAC_KAN', successor: 'THAI_NGUYEN' },
    { merged: 'HOA_BINH', successor: 'PHU_THO' },
    { merged: 'BAC_GIANG', successor: 'BAC_NINH' },
    { merged: 'YEN_BAI', successor: 'LAO_CAI' },
    { merged: 'BEN_TRE', successor: 'VINH_LONG' },
    { merged: 'KIEN_GIANG', successor: 'AN_GIANG' },
  ],
}

export interface DemoCluster {
  key: 'NORTH' | 'TNB' | 'CITIES' | 'THA1'
  code: string
  name: string
  organizer: string
  memberLevel: 'province' | 'district'
  rotationPolicy: 'deputy_succeeds' | 'round_robin' | 'elected'
  description: string
  year: number
  members: string[]
  head: string
  deputy?: string
  /** The seed's handover to the next year, when it reports one. */
  handover?: { head: string; deputy?: string; handedOverAt: string; venue: string; rotatingFlag: boolean; minutesRef: string }
}

export const DEMO_CLUSTERS: DemoCluster[] = [
  {
    key: 'NORTH',
    code: 'UBTU-TDMNPB',
    name: 'Cụm thi đua các tỉnh trung du và miền núi phía Bắc',
    organizer: 'UBTU',
    memberLevel: 'province',
    rotationPolicy: 'elected',
    description:
      'Seed 003 (conference of 1/12/2023 in Phú Thọ): Phú Thọ headed 2023; the cluster proposed the comprehensive-excellence flag for Phú Thọ, ' +
      'the excellence flag for Bắc Kạn and certificates of merit for the other five, acclaimed Bắc Kạn head for 2024 (Phú Thọ handed it the ' +
      'rotating flag) and signed the 2024 pact. Illustrative (minh họa): the 2023 scheme, targets, H1 and FY values, peer scores, the 2023 ' +
      'pact date, the 2024 scheme and targets, and the approval decisions; the FY values add up to the totals the report gives.',
    year: 2023,
    members: ['PHU_THO', 'BAC_KAN', 'HOA_BINH', 'TUYEN_QUANG', 'YEN_BAI', 'BAC_GIANG', 'THAI_NGUYEN'],
    head: 'PHU_THO',
    handover: {
      head: 'BAC_KAN',
      handedOverAt: '2023-12-01T10:00:00+07:00',
      venue: 'Phú Thọ',
      rotatingFlag: true,
      minutesRef: 'Seed 003: hội nghị tổng kết Cụm thi đua năm 2023, Phú Thọ, 1/12/2023 (the hour is illustrative)',
    },
  },
  {
    key: 'TNB',
    code: 'UBTU-TNB',
    name: 'Cụm thi đua Tây Nam Bộ',
    organizer: 'UBTU',
    memberLevel: 'province',
    rotationPolicy: 'elected',
    description:
      'Seed 000 (15/12/2023, TP Bến Tre): Bến Tre hosted the 2023 review; Kiên Giang became head and Đồng Tháp deputy for 2024. ' +
      'Only the three provinces the report names are members here. Illustrative (minh họa): Bến Tre as the 2023 head (the report says it hosted).',
    year: 2023,
    members: ['BEN_TRE', 'KIEN_GIANG', 'DONG_THAP'],
    head: 'BEN_TRE',
    handover: {
      head: 'KIEN_GIANG',
      deputy: 'DONG_THAP',
      handedOverAt: '2023-12-15T09:00:00+07:00',
      venue: 'TP Bến Tre',
      rotatingFlag: true,
      minutesRef: 'Seed 000: hội nghị công tác Mặt trận Cụm thi đua Tây Nam Bộ năm 2023, TP Bến Tre, 15/12/2023 (the hour is illustrative)',
    },
  },
  {
    key: 'CITIES',
    code: 'UBTU-TPTTTU',
    name: 'Cụm thi đua các thành phố trực thuộc Trung ương',
    organizer: 'UBTU',
    memberLevel: 'province',
    rotationPolicy: 'elected',
    description:
      'Seed 002 (3/8/2023, Cần Thơ): the six-month review (sơ kết) of 2023; the five cities raised over 157 billion đồng for the Fund for the Poor ' +
      'and built or repaired over 1,242 Great Unity houses. Illustrative (minh họa): Cần Thơ as the 2023 head (the report says it hosted), ' +
      'the scheme, the pact date and how the totals split between the cities (they add up to exactly 157 billion and 1,242).',
    year: 2023,
    members: ['HO_CHI_MINH', 'HA_NOI', 'CAN_THO', 'DA_NANG', 'HAI_PHONG'],
    head: 'CAN_THO',
  },
  {
    key: 'THA1',
    code: 'THA-CUM-1',
    name: 'Cụm thi đua số 1 (Thanh Hóa)',
    organizer: 'THANH_HOA',
    memberLevel: 'district',
    rotationPolicy: 'elected',
    description:
      'Seed 004 (27/11/2023, TP Thanh Hóa): Thanh Hóa city headed 2023; the conference agreed the 2023 scoring and proposed the province ' +
      "committee's leading-unit flag (cờ dẫn đầu) for Thanh Hóa city; Quảng Xương was elected head and Nghi Sơn deputy for 2024. " +
      'Illustrative (minh họa): the points agreed (the report gives none), the pact date and the FY window.',
    year: 2023,
    members: ['NGA_SON', 'QUANG_XUONG', 'HOANG_HOA', 'HAU_LOC', 'NGHI_SON', 'BIM_SON', 'TP_THANH_HOA', 'SAM_SON', 'CONG_AN_TINH', 'KHOI_CQDN'],
    head: 'TP_THANH_HOA',
    handover: {
      head: 'QUANG_XUONG',
      deputy: 'NGHI_SON',
      handedOverAt: '2023-11-27T17:00:00+07:00',
      venue: 'TP Thanh Hóa',
      rotatingFlag: false,
      minutesRef: 'Seed 004: hội nghị giao ban công tác dân vận và hoạt động MTTQ năm 2023, TP Thanh Hóa, chiều 27/11/2023 (the hour is illustrative)',
    },
  },
]
