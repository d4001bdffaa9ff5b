import type { DbOrTx } from '../../db/client.ts'
import type { IndicatorRule } from '../../domain/indicators.ts'
import { indicatorRepository } from './repository.ts'

/** Every code of the catalogue (a scheme names indicators from it). */
export async function indicatorCodes(db: DbOrTx): Promise<string[]> {
  return indicatorRepository(db).allCodes()
}

/** The catalogue as the rules values are checked by, loaded once per request: the given codes, or all of it (bulk import). */
export async function indicatorRules(db: DbOrTx, codes?: readonly string[]): Promise<Map<string, IndicatorRule>> {
  const repo = indicatorRepository(db)
  const rows = codes ? await repo.findByCodes([...new Set(codes)]) : await repo.all()
  return new Map(rows.map((r) => [r.code, { code: r.code, valueType: r.valueType, minValue: r.minValue, maxValue: r.maxValue }]))
}
