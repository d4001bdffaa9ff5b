import type { Contract, Schema } from './contract.ts'
import type { Rng } from './rng.ts'

/** Real ids and codes created by the setup, so that generated requests reach the handlers. */
export interface Pools {
  committees: string[]
  clusters: string[]
  submissions: string[]
  proposals: string[]
  awardTypes: string[]
  indicators: string[]
  apiKeys: string[]
  adjustments: string[]
  /** Attachments (learnt as they are uploaded). */
  attachments: string[]
  /** What a document can be attached to: a finalised cluster-year, submissions, award proposals. */
  attachmentOwners: string[]
  /** A kind and an owner that agree (an upload's query). */
  attachmentTargets: { kind: string; ownerId: string }[]
  years: number[]
  committeeCodes: string[]
  clusterCodes: string[]
  indicatorCodes: string[]
  criterionCodes: string[]
  awardTypeCodes: string[]
  groups: string[]
}

export type IdPool =
  'committees' | 'clusters' | 'submissions' | 'proposals' | 'awardTypes' | 'indicators' | 'apiKeys' | 'adjustments' | 'attachments' | 'attachmentOwners'

/** Which pool a uuid field or a path's `{id}` draws from, by its name or its collection. */
export function idPoolFor(name: string): IdPool | undefined {
  if (/committee|parent|organizer|head|deputy|successor|assessor|target|members|roundRobin|^tally$/i.test(name)) return 'committees'
  if (/^clusters?$|cluster/i.test(name)) return 'clusters'
  if (/submission/i.test(name)) return 'submissions'
  if (/proposal/i.test(name)) return 'proposals'
  if (/award-?types?/i.test(name)) return 'awardTypes'
  if (/indicator/i.test(name)) return 'indicators'
  if (/api-?keys?/i.test(name)) return 'apiKeys'
  if (/adjustment/i.test(name)) return 'adjustments'
  if (/attachments?|^supersedes$/i.test(name)) return 'attachments'
  if (/^ownerId$/.test(name)) return 'attachmentOwners'
  return undefined
}

const PHRASES = [
  'Ủy ban MTTQ tỉnh Phú Thọ',
  'Cụm thi đua số 1',
  'Biểu quyết tại hội nghị tổng kết',
  'Hội trường Ủy ban',
  'Kê khai không trung thực',
  'Nguyễn Văn An',
  'Đỗ Văn Chiến',
  'Nhà Đại đoàn kết',
  'fuzz',
]

let serial = 0

/**
 * Valid values for a contract schema: within its types, enums, formats, patterns and bounds,
 * drawn from the real ids and codes where a field's name says what it holds.
 */
export class ValueGenerator {
  constructor(
    private readonly rng: Rng,
    private readonly contract: Contract,
    private readonly pools: Pools,
  ) {}

  value(schema: Schema, name = '', depth = 0): unknown {
    const s = this.contract.deref(schema)
    if ('const' in s) return s.const
    if (Array.isArray(s.enum)) return this.rng.pick(s.enum)
    for (const key of ['anyOf', 'oneOf'] as const) {
      const branches = s[key] as Schema[] | undefined
      if (branches) {
        // Null branches are valid but say little; prefer the others.
        const nonNull = branches.filter((b) => this.contract.deref(b).type !== 'null')
        return this.value(nonNull.length > 0 && this.rng.chance(0.85) ? this.rng.pick(nonNull) : this.rng.pick(branches), name, depth)
      }
    }
    if (Array.isArray(s.allOf)) return Object.assign({}, ...s.allOf.map((b) => this.value(b as Schema, name, depth)))
    const type = Array.isArray(s.type) ? this.rng.pick(s.type as string[]) : (s.type as string | undefined)
    switch (type) {
      case 'string':
        return this.string(s, name)
      case 'integer':
      case 'number':
        return this.number(s, name, type === 'integer')
      case 'boolean':
        return this.rng.chance(0.5)
      case 'null':
        return null
      case 'array':
        return this.array(s, name, depth)
      case 'object':
        return this.object(s, depth)
      default:
        // An unconstrained schema (e.g. `Type.Unknown()`): any small JSON value.
        return this.rng.pick([name || 'x', 1, true, null])
    }
  }

  private string(s: Schema, name: string): string {
    const pools = this.pools
    const format = s.format as string | undefined
    if (format === 'uuid') {
      const pool = idPoolFor(name)
      const ids = pool ? pools[pool] : []
      return ids.length > 0 && this.rng.chance(0.9) ? this.rng.pick(ids) : this.rng.uuid()
    }
    if (format === 'date-time') {
      // Ends of windows and expiries lie ahead; everything else (signed, handed over, since) behind.
      const ahead = /^(expires|closes)At$/.test(name)
      return new Date(Date.now() + (ahead ? 1 : -1) * this.rng.int(0, 400) * 86_400_000 + (ahead ? 3_600_000 : -3_600_000)).toISOString()
    }
    if (format === 'date') return `20${this.rng.int(20, 26)}-0${this.rng.int(1, 9)}-${String(this.rng.int(10, 28))}`
    if (format === 'uri') return `https://example.org/evidence/${this.rng.word()}`
    const hinted: Record<string, string[]> = {
      indicatorCode: pools.indicatorCodes,
      criterionCode: pools.criterionCodes,
      awardTypeCode: pools.awardTypeCodes,
      committeeCode: pools.committeeCodes,
      clusterCode: pools.clusterCodes,
      group: pools.groups,
      tieBreakGroups: pools.groups,
      period: ['H1', 'FY'],
      year: pools.years.map(String),
    }
    const hint = hinted[name]
    if (hint && hint.length > 0 && this.rng.chance(0.85)) return this.rng.pick(hint)
    const pattern = s.pattern as string | undefined
    const max = typeof s.maxLength === 'number' ? s.maxLength : 200
    const min = typeof s.minLength === 'number' ? s.minLength : 0
    let out: string
    if (pattern === '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$') out = this.decimal()
    else if (pattern === '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$') out = `FZ_${this.rng.word(1, 6).toUpperCase()}${++serial}`
    else if (pattern === '^[0-9A-Za-z._-]+$') out = `fz${this.rng.word(1, 6)}${++serial}`
    else if (pattern === '^[0-9a-f]{64}$') out = Array.from({ length: 64 }, () => this.rng.int(0, 15).toString(16)).join('')
    else if (pattern)
      out = this.rng.word(Math.max(min, 1), Math.min(max, 12)) // unknown pattern: may not match, then it is one more invalid input
    else out = this.rng.chance(0.7) ? this.rng.pick(PHRASES) : this.rng.word(1, 20)
    if (out.length > max) out = out.slice(0, max)
    while (out.length < min) out += 'x'
    return out
  }

  private decimal(): string {
    const int = String(this.rng.int(0, 1_000_000))
    return this.rng.chance(0.3) ? `${int}.${this.rng.int(0, 99)}` : int
  }

  private number(s: Schema, name: string, integer: boolean): number {
    if (name === 'year' || name === 'fromYear') return this.rng.pick(this.pools.years)
    const lo = typeof s.minimum === 'number' ? s.minimum : 0
    const hi = typeof s.maximum === 'number' ? Math.min(s.maximum, lo + 1000) : lo + 100
    const n = this.rng.int(Math.ceil(lo), Math.floor(hi))
    return integer || this.rng.chance(0.5) ? n : Math.min(hi, n + 0.5)
  }

  private array(s: Schema, name: string, depth: number): unknown[] {
    const min = typeof s.minItems === 'number' ? s.minItems : 0
    const max = Math.min(typeof s.maxItems === 'number' ? s.maxItems : 4, min + 4)
    const n = depth > 6 ? min : this.rng.int(min, max)
    const items = (s.items as Schema | undefined) ?? {}
    const out: unknown[] = []
    for (let i = 0; i < n; i++) out.push(this.value(items, name, depth + 1))
    return s.uniqueItems ? [...new Set(out.map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v) as unknown) : out
  }

  private object(s: Schema, depth: number): Record<string, unknown> {
    const props = (s.properties ?? {}) as Record<string, Schema>
    const required = new Set((s.required ?? []) as string[])
    const out: Record<string, unknown> = {}
    for (const [key, prop] of Object.entries(props)) {
      if (required.has(key) || (depth < 6 && this.rng.chance(0.5))) out[key] = this.value(prop, key, depth + 1)
    }
    const extra = s.additionalProperties
    if (extra && typeof extra === 'object' && Object.keys(props).length === 0 && depth < 6) {
      // A record: keys that mean something where the values are per committee (a vote tally).
      for (let i = this.rng.int(0, 3); i > 0; i--) {
        const key = this.pools.committees.length > 0 && this.rng.chance(0.6) ? this.rng.pick(this.pools.committees) : this.rng.word()
        out[key] = this.value(extra as Schema, '', depth + 1)
      }
    }
    return out
  }
}
