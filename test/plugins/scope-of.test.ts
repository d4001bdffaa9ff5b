import Fastify from 'fastify'
import t from 'tap'
import { Type } from 'typebox'
import { IdParams, Uuid, YearParams } from '../../src/lib/http-schemas.ts'
import auth, { grant, scopeOf } from '../../src/plugins/auth.ts'
import problems from '../../src/plugins/problems.ts'

const app = async () => {
  const a = Fastify({ logger: false })
  await a.register(problems)
  await a.register(auth, { cacheTtlMs: 0, findKey: async () => undefined, ancestorsOrSelf: async (id) => [id] })
  return a
}

t.test("a typed scope must read what the route's schemas declare: checked when the route is added", async (t) => {
  const ok = await app()
  t.teardown(() => ok.close())
  // A scope over { id } serves a route whose params are { id, year }.
  ok.get(
    '/x/:id/:year',
    {
      schema: { params: YearParams },
      config: {
        access: [
          grant(
            'organizer',
            scopeOf({ params: IdParams }, async ({ params }) => params.id),
          ),
        ],
      },
    },
    async () => 'ok',
  )
  await ok.ready()
  t.pass('registered')

  const missing = await app()
  t.teardown(() => missing.close())
  t.throws(
    () =>
      missing.get(
        '/y',
        {
          config: {
            access: [
              grant(
                'organizer',
                scopeOf({ params: IdParams }, async ({ params }) => params.id),
              ),
            ],
          },
        },
        async () => 'no',
      ),
    /a scope reads params\.id/,
    'a route without the parameter is refused',
  )
  const Body = Type.Object({ committeeId: Uuid })
  t.throws(
    () =>
      missing.post(
        '/z',
        {
          schema: { body: Type.Object({ committeeId: Type.String() }) },
          config: {
            access: [
              grant(
                'submitter',
                scopeOf({ body: Body }, async ({ body }) => body.committeeId),
              ),
            ],
          },
        },
        async () => 'no',
      ),
    /a scope reads body\.committeeId/,
    'a property declared otherwise is refused too',
  )
})
