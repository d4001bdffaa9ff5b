import type { MemberScore } from '../../domain/scoring.ts'
import type { Ranking, RankingMemo } from '../../domain/ranking.ts'

/**
 * Each member's score as JSON, without its closing brace, in UTF-8: kept for as long as the score
 * object lives. A RankingMemo hands out the same object while the member's reads do not change,
 * so a ranking computed again after one member's change writes that member's JSON, not 63.
 */
const scoreJson = new WeakMap<MemberScore, Buffer>()

/** The ranked fields and the view's own, in the order the view's member object has them after the score's. */
const tailOf = (m: Record<string, unknown>) =>
  JSON.stringify({
    rank: m.rank,
    tied: m.tied,
    tieResolution: m.tieResolution,
    classification: m.classification,
    eligibility: m.eligibility,
    name: m.name,
    awardEligibility: m.awardEligibility,
  })

/**
 * JSON.stringify(body) as UTF-8 bytes, for a ranking view whose `members[i]` is
 * `{ ...ranking.members[i], name, awardEligibility }` and each ranked member
 * `{ ...score, rank, tied, tieResolution, classification, eligibility }` (src/domain/ranking.ts):
 * the same bytes (test/modules/ranking-encode.test.ts), with each member's score written once per
 * score object. A member the memo did not rank is written whole.
 */
export function rankingBytes<B extends { members: readonly object[] }>(body: B, ranking: Ranking, memo: RankingMemo): Buffer {
  const head = JSON.stringify({ ...body, members: [] })
  // The keys before `members` are the view's own; any string value among them has its quotes escaped.
  const at = head.indexOf('"members":[]') + '"members":['.length
  const parts: Buffer[] = [Buffer.from(head.slice(0, at))]
  body.members.forEach((member, i) => {
    if (i > 0) parts.push(COMMA)
    const ranked = ranking.members[i]
    const source = ranked && memo.scoreOf(ranked)
    // The view's member is the ranked one and two more keys; anything else is written whole.
    const m = member as Record<string, unknown>
    const score = source && m.lines === source.lines && Object.keys(m).length === Object.keys(source).length + 7 ? source : undefined
    let kept = score && scoreJson.get(score)
    if (score && kept === undefined) {
      const json = JSON.stringify(score)
      // An object with no key writes "{}", to which ",tail" cannot be joined.
      if (json.length > 2) scoreJson.set(score, (kept = Buffer.from(json.slice(0, -1))))
    }
    if (kept === undefined) parts.push(Buffer.from(JSON.stringify(member)))
    else parts.push(kept, Buffer.from(',' + tailOf(m).slice(1)))
  })
  parts.push(Buffer.from(head.slice(at)))
  return Buffer.concat(parts)
}

const COMMA = Buffer.from(',')
