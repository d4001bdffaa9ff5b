import { asConflict } from '../../db/constraints.ts'
import type { Db, DbOrTx } from '../../db/client.ts'
import { conflict } from '../../domain/errors.ts'
import { validateIndicatorBounds, type IndicatorRule } from '../../domain/indicators.ts'
import { foldForSearch, toNfc } from '../../domain/text.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { auditView, recordAudit, type Actor } from '../audit-events/service.ts'
import { indicatorRepository, type IndicatorRow } from './repository.ts'

export interface IndicatorInput {
  code: string
  nameVi: string
  nameEn?: string | null | undefined
  unit: string
  valueType: IndicatorRow['valueType']
  direction?: IndicatorRow['direction'] | undefined
  minValue?: string | number | null | undefined
  maxValue?: string | number | null | undefined
  description?: string | null | undefined
}

const asDecimal = (v: string | number | null | undefined) => (v === undefined || v === null ? null : String(v))

/** What a search of the catalogue matches: code and names, folded. */
export const indicatorSearchText = (r: { code: string; nameVi: string; nameEn: string | null }) =>
  [r.code, r.nameVi, r.nameEn]
    .filter(Boolean)
    .map((s) => foldForSearch(s!))
    .join(' | ')

/** The catalogue's writes: each with its audit event, in one transaction. */
export function indicatorService(db: Db, clock: Clock) {
  return {
    async create(actor: Actor, b: IndicatorInput): Promise<IndicatorRow> {
      const minValue = asDecimal(b.minValue)
      const maxValue = asDecimal(b.maxValue)
      validateIndicatorBounds(b.valueType, minValue, maxValue)
      return db.transaction(async (tx) => {
        const r = indicatorRepository(tx)
        if (await r.findByCode(b.code)) throw conflict('INDICATOR_CODE_TAKEN', `Indicator ${b.code} exists`)
        const now = clock()
        const nameVi = toNfc(b.nameVi)
        const nameEn = b.nameEn ? toNfc(b.nameEn) : null
        const created = await r
          .insert({
            id: uuidv7(),
            code: b.code,
            nameVi,
            nameEn,
            unit: toNfc(b.unit),
            valueType: b.valueType,
            direction: b.direction ?? 'higher',
            minValue,
            maxValue,
            description: b.description ?? null,
            searchText: indicatorSearchText({ code: b.code, nameVi, nameEn }),
            createdAt: now,
            updatedAt: now,
          })
          .catch(asConflict('indicators_code_uq', `Indicator ${b.code} exists`))
        await recordAudit(tx, actor, { action: 'indicator.created', entityType: 'indicator', entityId: created.id, after: auditView(created) })
        return created
      })
    },
  }
}

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
