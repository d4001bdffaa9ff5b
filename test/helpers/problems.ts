import type { Test } from 'tap'

/** What the assertions below need of a tap test and of an injected answer. */
type Asserts = Pick<Test, 'equal' | 'match' | 'has'>
interface Answer {
  statusCode: number
  headers: Record<string, unknown>
  json(): { code?: unknown; details?: unknown }
}

/**
 * The one way the tests check a refusal: its status, an application/problem+json body and its
 * stable code, and (when given) members of its details, each compared strictly.
 */
export function expectProblem(t: Asserts, res: Answer, status: number, code: string, details?: Record<string, unknown>) {
  t.equal(res.statusCode, status, `${code} answers ${status}`)
  t.match(res.headers['content-type'], /^application\/problem\+json/, `${code} is a problem`)
  t.equal(res.json().code, code)
  if (details) t.has(res.json().details, details, `${code} names what it conflicts with`)
}

/** 409 with a stable code: a unique rule (checked first, or its constraint after a race) or a state. */
export const expectConflict = (t: Asserts, res: Answer, code: string, details?: Record<string, unknown>) => expectProblem(t, res, 409, code, details)
