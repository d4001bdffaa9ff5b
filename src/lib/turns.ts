import { setImmediate as nextTurn } from 'node:timers/promises'

/**
 * Requests this process is serving now, counted by the app (app.ts, from `onRequest` to the
 * response's `close`). A long loop takes shorter turns while others wait (see turnTaker).
 */
let requestsInFlight = 0
export const requestLoad = {
  begin: (): void => {
    requestsInFlight++
  },
  end: (): void => {
    requestsInFlight = Math.max(0, requestsInFlight - 1)
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
export function turnTaker(budget = TURN_BUDGET_MS, now: () => number = () => performance.now()): () => Promise<void> | undefined {
  let since = now()
  let steps = 0
  return () => {
    // The clock is read every 16 steps: a step is a row, microseconds of work.
    if ((++steps & 15) !== 0) return undefined
    // The loop's own request counts as one.
    const limit = requestsInFlight > 1 ? budget.shared : budget.alone
    if (now() - since < limit) return undefined
    return nextTurn().then(() => {
      since = now()
    })
  }
}
