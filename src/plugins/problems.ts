import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import FindMyWay from 'find-my-way'
import { refusalOf } from '../db/constraints.ts'
import { databaseFailureOf, RETRY_AFTER_SECONDS } from '../db/failures.ts'
import { DomainError, type ErrorKind, type FieldError } from '../domain/errors.ts'
import { ProblemSchema } from '../lib/http-schemas.ts'
import { negotiateLanguage, type Language } from '../lib/i18n/language.ts'
import { localizeProblem } from '../lib/i18n/localize.ts'

const KIND_STATUS: Record<ErrorKind, number> = {
  invalid: 422,
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  precondition_failed: 412,
  precondition_required: 428,
  unavailable: 503,
  unsupported_media_type: 415,
  too_large: 413,
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

export interface ProblemInit {
  status: number
  code: string
  detail: string
  errors?: (FieldError & { location?: string })[] | undefined
  details?: Record<string, unknown> | undefined
}

/** The language a request's problems are written in (Accept-Language; English by default). */
export const problemLanguageOf = (req: FastifyRequest): Language => negotiateLanguage(req.headers['accept-language'])

/**
 * Marks an answer as written in a language chosen by Accept-Language: Content-Language, and
 * Accept-Language in Vary (kept beside what Vary already names, e.g. Origin).
 */
export function markLanguage(reply: FastifyReply, lang: Language) {
  reply.header('content-language', lang)
  const vary = reply.getHeader('vary')
  const names = (Array.isArray(vary) ? vary.join(',') : vary === undefined ? '' : String(vary))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (!names.some((n) => n === '*' || n.toLowerCase() === 'accept-language')) reply.header('vary', [...names, 'Accept-Language'].join(', '))
}

/**
 * A problem's body, its title and detail (and field messages) in the request's language
 * (src/lib/i18n: by code, from the problem's fields); everything else is the same in every
 * language.
 */
export function problemBody(req: FastifyRequest, p: ProblemInit, lang: Language = problemLanguageOf(req)) {
  const body = {
    type: `/problems/${p.code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[p.status] ?? 'Error',
    status: p.status,
    detail: p.detail,
    code: p.code,
    requestId: String(req.id),
    instance: req.url,
    ...(p.errors ? { errors: p.errors } : {}),
    ...(p.details ? { details: p.details } : {}),
  }
  return localizeProblem(lang, body, (req.params ?? {}) as Record<string, unknown>)
}

export function sendProblem(req: FastifyRequest, reply: FastifyReply, p: ProblemInit) {
  const lang = problemLanguageOf(req)
  markLanguage(reply, lang)
  return reply
    .status(p.status)
    .type('application/problem+json')
    .send(problemBody(req, p, lang))
}

const LOCATION: Record<string, 'body' | 'query' | 'path' | 'header'> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
}

interface AjvError {
  keyword: string
  instancePath: string
  message?: string
  params: Record<string, unknown>
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')

/** Turns AJV errors into `{ pointer, code, message }` entries a script can act on. */
export function fieldErrors(errors: AjvError[], context: string) {
  const location = LOCATION[context] ?? 'body'
  const seen = new Set<string>()
  const out: (FieldError & { location: string })[] = []
  for (const e of errors) {
    let pointer = e.instancePath
    let code = 'INVALID_VALUE'
    let message = e.message ?? 'is invalid'
    switch (e.keyword) {
      case 'required':
        pointer += `/${escapePointer(String(e.params.missingProperty))}`
        code = 'REQUIRED'
        message = 'is required'
        break
      case 'additionalProperties':
        pointer += `/${escapePointer(String(e.params.additionalProperty))}`
        code = 'UNKNOWN_FIELD'
        message = 'is not a known field'
        break
      case 'type':
        code = 'INVALID_TYPE'
        break
      case 'format':
        code = 'INVALID_FORMAT'
        message = `must be a valid ${String(e.params.format)}`
        break
      case 'enum':
      case 'const':
        code = 'NOT_ALLOWED_VALUE'
        break
      case 'anyOf':
      case 'oneOf':
        code = 'NO_MATCHING_ALTERNATIVE'
        break
      case 'pattern':
        code = 'INVALID_FORMAT'
        break
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        code = 'OUT_OF_RANGE'
        break
    }
    if (location === 'path' && pointer === '') pointer = '/'
    const key = `${pointer}|${code}`
    // anyOf reports each branch; keep one entry per pointer and code.
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ pointer, location, code, message })
  }
  // A union failure is explained better by its branch errors when there are any.
  const precise = out.filter((e) => e.code !== 'NO_MATCHING_ALTERNATIVE')
  return precise.length > 0 ? precise : out
}

const FASTIFY_CODES: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'The Content-Type is not accepted here' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'INVALID_CONTENT_LENGTH', detail: 'Content-Length does not match the body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'The body is larger than the configured limit' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'EMPTY_BODY', detail: 'The JSON body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', detail: 'The body is not valid JSON' },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Content-Type is missing' },
  FST_ERR_CTP_INVALID_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Content-Type is invalid' },
  FST_ERR_BAD_URL: { status: 400, code: 'BAD_URL', detail: 'The URL is not valid: a percent-encoded sequence is not UTF-8 text' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'URI_TOO_LONG', detail: 'A path parameter is longer than any valid value' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: 'BAD_REQUEST', detail: 'The request could not be routed' },
}

/** A problem to answer with, and the headers that go with it. */
interface Answer {
  problem: ProblemInit
  headers?: Record<string, string>
  /** How loudly to log it; nothing for an ordinary client error. */
  log?: 'warn' | 'error'
}

type RequestError = FastifyError & { validation?: AjvError[]; validationContext?: string }

/** Decides the problem for any error: statuses come from kinds and codes, never from messages. */
function domainAnswer(err: DomainError): Answer {
  return {
    problem: {
      status: KIND_STATUS[err.kind],
      code: err.code,
      detail: err.message,
      errors: err.errors?.map((e) => ({ location: 'body', ...e })),
      details: err.details,
    },
    ...(err.retryAfterSeconds !== undefined ? { headers: { 'retry-after': String(err.retryAfterSeconds) } } : {}),
  }
}

function answerFor(err: RequestError, req: FastifyRequest): Answer {
  if (err instanceof DomainError) return domainAnswer(err)
  if (err.validation) {
    const context = err.validationContext ?? 'body'
    const errors = fieldErrors(err.validation, context)
    return {
      problem: {
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: `The request ${LOCATION[context] ?? context} is invalid: ${errors.map((e) => `${e.pointer || '(the whole value)'} ${e.message}`).join('; ')}`,
        errors,
      },
    }
  }
  // The database is down, slow or busy, or the request ran out of time: try again later.
  const failure = databaseFailureOf(err, req.dbScope)
  if (failure) {
    return {
      problem: { status: 503, code: failure.code, detail: `${failure.message}; retry later` },
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS[failure.code]) },
      log: 'warn',
    }
  }
  // A database refusal that a service did not anticipate still answers with a code (db/constraints.ts).
  const refusal = refusalOf(err)
  if (refusal) return { ...domainAnswer(refusal), log: 'warn' }
  const known = err.code ? FASTIFY_CODES[err.code] : undefined
  if (known) return { problem: known }
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500
  if (status === 500) {
    return {
      problem: { status, code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred; quote the requestId when reporting it' },
      log: 'error',
    }
  }
  return { problem: { status, code: err.code ?? 'BAD_REQUEST', detail: err.message } }
}

function logAnswer(req: FastifyRequest, err: unknown, answer: Answer) {
  if (answer.log === 'error') req.log.error({ err }, 'unhandled error')
  else if (answer.log === 'warn') req.log.warn({ err, code: answer.problem.code }, 'request failed')
}

/**
 * For a hook that has to turn an answer already on its way into a failure (the commit of an
 * idempotent request failed): sets the status and headers and returns the problem's bytes.
 */
export function failurePayload(req: FastifyRequest, reply: FastifyReply, err: unknown): string {
  const answer = answerFor(err as RequestError, req)
  logAnswer(req, err, answer)
  for (const h of ['etag', 'location', 'content-encoding', 'content-length', 'vary']) reply.removeHeader(h)
  reply.status(answer.problem.status).type('application/problem+json; charset=utf-8')
  if (answer.headers) reply.headers(answer.headers)
  const lang = problemLanguageOf(req)
  markLanguage(reply, lang)
  return JSON.stringify(problemBody(req, answer.problem, lang))
}

/**
 * Errors of Node's HTTP parser, before any request exists (a malformed request line, headers too
 * large, a request that took too long to arrive): answered as problems on the raw socket.
 */
export function clientError(err: NodeJS.ErrnoException, socket: import('node:net').Socket) {
  // An answer already under way on this connection (a pipelined request behind it failed):
  // writing a second status line into it would corrupt it. Node's own rule; then just close.
  const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy()
    return
  }
  const [status, code, detail] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', 'The request headers are too large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'REQUEST_TIMEOUT', 'The request did not arrive in time']
        : [400, 'MALFORMED_REQUEST', 'The request is not valid HTTP']
  const body = JSON.stringify({ type: `/problems/${code.toLowerCase().replace(/_/g, '-')}`, title: TITLES[status], status, detail, code })
  // Closed once written, whatever the client does: a slow or silent client keeps nothing open.
  socket.end(
    `HTTP/1.1 ${status} ${TITLES[status]}\r\ncontent-type: application/problem+json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    () => socket.destroy(),
  )
}

/** Router errors (a URL that is not UTF-8, an over-long parameter) leave as problems too. */
export function frameworkError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const known = (err.code && FASTIFY_CODES[err.code]) || { status: 400, code: 'BAD_REQUEST', detail: 'The request could not be routed' }
  // No hook has run for such a request: it still echoes its id.
  reply.header('x-request-id', req.id)
  return sendProblem(req, reply, known)
}

/**
 * One error handler and one not-found handler: every error leaves as an RFC 9457 problem with a
 * stable code. Statuses come from the error's kind or Fastify's error code, never its message.
 */
async function problemsPlugin(app: FastifyInstance) {
  app.addSchema(ProblemSchema)

  // Routes seen so far, to tell an unknown path (404) from a known path with another method (405).
  const known = FindMyWay()
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    for (const m of methods) {
      if (m === 'HEAD') continue
      try {
        known.on(m.toUpperCase() as 'GET', route.url, () => {})
      } catch {
        /* the same route declared for HEAD by Fastify */
      }
    }
  })

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!
    const allowed = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => known.find(m as 'GET', path) !== null)
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '))
      return sendProblem(req, reply, {
        status: 405,
        code: 'METHOD_NOT_ALLOWED',
        detail: `${req.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`,
      })
    }
    return sendProblem(req, reply, { status: 404, code: 'ROUTE_NOT_FOUND', detail: `No route ${req.method} ${path}` })
  })

  app.setErrorHandler((err: RequestError, req, reply) => {
    const answer = answerFor(err, req)
    logAnswer(req, err, answer)
    if (answer.headers) reply.headers(answer.headers)
    return sendProblem(req, reply, answer.problem)
  })
}

export default fp(problemsPlugin, { name: 'problems' })
