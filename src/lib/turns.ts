import { setImmediate as nextTurn } from 'node:timers/promises'

/**
 * Requests this process is serving now, counted by the app (app.ts, from `onRequest` to the
 * response's `close`). A long loop takes shorter turns while others wait (see turnTaker). A
 * request that waits on nothing of this process (a change-feed long poll between its reads) is
 * not counted meanwhile: it would otherwise keep every import on short turns for as long as a
 * portal polls.
 */
let requestsInFlight = 0
/** One request's place in the count: counted until it ends, or while it is not idle. */
export interface LoadTicket {
  counted: boolean
  ended: boolean
}
export const requestLoad = {
  begin: (): LoadTicket => {
    requestsInFlight++
    return { counted: true, ended: false }
  },
  /** The request is over (its response closed); ending twice counts once. */
  end: (ticket: LoadTicket): void => {
    ticket.ended = true
    requestLoad.idle(ticket)
  },
  /** The request waits on nothing of this process's for now: not counted until `busy`. */
  idle: (ticket: LoadTicket): void => {
    if (!ticket.counted) return
    ticket.counted = false
    requestsInFlight--
  },
  /** The request works again (counted again, unless it has ended meanwhile). */
  busy: (ticket: LoadTicket): void => {
    if (ticket.counted || ticket.ended) return
    ticket.counted = true
    requestsInFlight++
  },
  inFlight: (): number => requestsInFlight,
}

/** How long a loop may hold the event loop: alone, and while other requests are in flight. */
export const TURN_BUDGET_MS = { alone: 4, shared: 0.5 }

/**
 * Takes turns with the rest of the process in a long CPU-bound loop (a bulk import parsing and
 * checking 100,000 rows): call it once per step and await what it returns, when it returns
 * something. Once the loop has held the event loop for its budget, it waits for the next turn
 * (`setImmediate`, after pending I/O), so the requests the replica serves meanwhile, and the
 * audit sequencer's open transaction, wait at most about that long. The budget is short while
 * other requests are in flight (each of a write's round trips to the database waits for the
 * loop's turn to end) and longer when the loop has the process to itself (fewer turns, a faster
 * import). Awaiting promises alone never lets I/O in: an async generator fed from memory runs
 * on microtasks only.
 */
export function turnTaker(
  opts: {
    budget?: { alone: number; shared: number }
    now?: () => number
    /** The loop runs for a request (a bulk import), which counts itself; not so the sequencer's. */
    ownRequest?: boolean
    /** Steps between reads of the clock (a power of two): a row is microseconds of work, an audit event to hash up to a hundred. */
    every?: number
  } = {},
): () => Promise<void> | undefined {
  const { budget = TURN_BUDGET_MS, now = () => performance.now(), ownRequest = true, every = 16 } = opts
  const mask = every - 1
  const others = ownRequest ? 1 : 0
  let since = now()
  let steps = 0
  return () => {
    if ((++steps & mask) !== 0) return undefined
    const limit = requestsInFlight > others ? budget.shared : budget.alone
    if (now() - since < limit) return undefined
    return nextTurn().then(() => {
      since = now()
    })
  }
}
