import type { Category, Failure, SentRequest } from './contract.ts'

export const CATEGORIES: Category[] = [
  'server error (5xx)',
  'error not a problem',
  'undeclared status',
  'body or media type outside the contract',
  'unmatched route not a 404/405 problem',
  '429/503 without Retry-After',
]

/** Request headers that change an answer, shown in reproductions (content-type and auth are shown apart). */
const NOTABLE_HEADERS = ['idempotency-key', 'if-match', 'if-none-match', 'content-length', 'accept-encoding']

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…(${s.length})` : s)

/** One line that, with the seed, lets someone send the request again by hand. */
export function reproduction(req: SentRequest): string {
  const ct = req.headers['content-type']
  const payload = req.payload === undefined ? undefined : Buffer.isBuffer(req.payload) ? req.payload.toString('utf8') : req.payload
  const body = payload === undefined ? '' : ` body=${clip(JSON.stringify(payload), 80)}`
  const labels = req.labels.length > 0 ? ` [${req.labels.join('; ')}]` : ''
  const notable = NOTABLE_HEADERS.filter((h) => req.headers[h] !== undefined)
    .map((h) => ` ${h}=${JSON.stringify(clip(req.headers[h]!, 40))}`)
    .join('')
  return `${req.method} ${clip(req.url, 110)}${labels} auth=${req.auth}${ct !== undefined ? ` ct=${JSON.stringify(ct.slice(0, 40))}` : ''}${notable}${body}`
}

/** A mutation's kind without its particular value ("deep nesting: array ×20000" → "deep nesting"). */
const kindOf = (label: string) => label.split(':')[0]!

interface Group {
  failure: Failure
  count: number
  operations: Set<string>
  example: string
}

/**
 * Failures grouped by what went wrong (category, status, code, detail, kind of mutation), each
 * group listing its operations and its shortest reproduction: a readable report of thousands.
 */
export class Findings {
  readonly #groups = new Map<string, Group>()

  add(failures: Failure[]) {
    for (const f of failures) {
      const kinds = [...new Set(f.request.labels.map(kindOf))].sort().join('+') || 'valid'
      const key = [f.category, f.status, f.code, f.what, kinds].join('|')
      const example = reproduction(f.request)
      const g = this.#groups.get(key)
      if (!g) this.#groups.set(key, { failure: f, count: 1, operations: new Set([f.operation]), example })
      else {
        g.count++
        g.operations.add(f.operation)
        if (example.length < g.example.length) g.example = example
      }
    }
  }

  lines(category: Category): string[] {
    return [...this.#groups.values()]
      .filter((g) => g.failure.category === category)
      .sort((a, b) => b.count - a.count)
      .map((g) => {
        const ops = [...g.operations]
        const opList = `${ops.slice(0, 6).join(', ')}${ops.length > 6 ? ` +${ops.length - 6} more` : ''}`
        const kinds = [...new Set(g.failure.request.labels.map(kindOf))].join('+') || 'valid request'
        return `${g.failure.status} ${g.failure.code} (${g.failure.what}) via ${kinds}: ×${g.count} on ${opList} — e.g. ${g.example}`
      })
  }
}
