/**
 * Demo data drawn from the five seed reports in shared/seeds (Vietnamese news reports of
 * 2023). Province codes are the official administrative-unit codes; district-level units carry
 * none here rather than a guessed one.
 */
export interface DemoCommittee {
  key: string
  name: string
  shortName?: string
  code?: string
  level: 'central' | 'province' | 'district' | 'commune'
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
]

export interface DemoCluster {
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
  handover?: { head: string; deputy?: string; handedOverAt: string; venue: string }
}

export const DEMO_CLUSTERS: DemoCluster[] = [
  {
    code: 'UBTU-TDMNPB',
    name: 'Cụm thi đua các tỉnh trung du và miền núi phía Bắc',
    organizer: 'UBTU',
    memberLevel: 'province',
    rotationPolicy: 'deputy_succeeds',
    description: 'Seed 003: Phú Thọ was head in 2023 and handed the rotating flag to Bắc Kạn, acclaimed head for 2024.',
    year: 2023,
    members: ['PHU_THO', 'BAC_KAN', 'BAC_GIANG', 'HOA_BINH', 'TUYEN_QUANG', 'YEN_BAI', 'THAI_NGUYEN'],
    head: 'PHU_THO',
    deputy: 'BAC_KAN',
    handover: { head: 'BAC_KAN', handedOverAt: '2023-12-01T09:00:00+07:00', venue: 'Phú Thọ' },
  },
  {
    code: 'UBTU-TNB',
    name: 'Cụm thi đua Tây Nam Bộ',
    organizer: 'UBTU',
    memberLevel: 'province',
    rotationPolicy: 'deputy_succeeds',
    description: 'Seed 000: Bến Tre hosted the 2023 review; Kiên Giang became head and Đồng Tháp deputy for 2024.',
    year: 2023,
    members: ['BEN_TRE', 'KIEN_GIANG', 'DONG_THAP'],
    head: 'BEN_TRE',
    deputy: 'KIEN_GIANG',
    handover: { head: 'KIEN_GIANG', deputy: 'DONG_THAP', handedOverAt: '2023-12-15T09:00:00+07:00', venue: 'TP Bến Tre' },
  },
  {
    code: 'UBTU-TPTTTU',
    name: 'Cụm thi đua các thành phố trực thuộc Trung ương',
    organizer: 'UBTU',
    memberLevel: 'province',
    rotationPolicy: 'elected',
    description: 'Seed 002: the six-month review (sơ kết) of 2023 was held in Cần Thơ.',
    year: 2023,
    members: ['HO_CHI_MINH', 'HA_NOI', 'CAN_THO', 'DA_NANG', 'HAI_PHONG'],
    head: 'CAN_THO',
  },
  {
    code: 'THA-CUM-1',
    name: 'Cụm thi đua số 1 (Thanh Hóa)',
    organizer: 'THANH_HOA',
    memberLevel: 'district',
    rotationPolicy: 'elected',
    description: 'Seed 004: Thanh Hóa city was head in 2023; Quảng Xương became head and Nghi Sơn deputy for 2024.',
    year: 2023,
    members: ['NGA_SON', 'QUANG_XUONG', 'HOANG_HOA', 'HAU_LOC', 'NGHI_SON', 'BIM_SON', 'TP_THANH_HOA', 'SAM_SON', 'CONG_AN_TINH', 'KHOI_CQDN'],
    head: 'TP_THANH_HOA',
    handover: { head: 'QUANG_XUONG', deputy: 'NGHI_SON', handedOverAt: '2023-12-20T08:00:00+07:00', venue: 'TP Thanh Hóa' },
  },
]
