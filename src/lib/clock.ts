/**
 * The time the service's rules see. Injected through `buildApp` (BuildOptions.clock) and handed
 * to every service, so tests can set it; nothing in src/modules asks the system clock for a rule.
 */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()

/** A clock that stands at `start` until moved: for tests and scripted demos. */
export function manualClock(start: Date | string): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let now = new Date(start).getTime()
  const clock = () => new Date(now)
  clock.set = (at: Date | string) => {
    now = new Date(at).getTime()
  }
  clock.advance = (ms: number) => {
    now += ms
  }
  return clock
}
