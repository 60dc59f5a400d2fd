// The lane's simulated clock: whole minutes since the scenario began, moved only by the
// `clock.advance` action (never by a real clock, so replays are exact). It keeps each polling
// client's next due check ("check every N minutes") and, for clients waiting in IMAP IDLE, the
// minute their IDLE must be renewed (RFC 2177 §3: re-issue at least every 29 minutes).

/** RFC 2177 §3: a client should end IDLE and re-issue it at least every 29 minutes. */
export const IDLE_RENEW_MINUTES = 29

/** Something the clock makes happen to one client at a given minute. */
export interface TimedEvent<Client> {
  minute: number
  kind: 'check' | 'renew'
  client: Client
}

export class SimulatedClock<Client> {
  /** Simulated minutes since the scenario began. */
  minutes = 0
  private readonly polling = new Map<Client, { every: number; next: number }>()
  private readonly idleSince = new Map<Client, number>()

  /** A client that checks every `every` minutes (absent or < 1: it does not poll), first at now + every. */
  poll(client: Client, every: number | undefined): void {
    if (every === undefined || !Number.isFinite(every) || every < 1) return
    const whole = Math.floor(every)
    this.polling.set(client, { every: whole, next: this.minutes + whole })
  }

  /** The minute of the client's next automatic check, or null if it does not poll. */
  nextCheckAt(client: Client): number | null {
    return this.polling.get(client)?.next ?? null
  }

  /** The client is (again) waiting in IDLE from now; its renewal is due 29 minutes on. */
  idleFromNow(client: Client): void {
    this.idleSince.set(client, this.minutes)
  }

  notIdle(client: Client): void {
    this.idleSince.delete(client)
  }

  isIdle(client: Client): boolean {
    return this.idleSince.has(client)
  }

  forget(client: Client): void {
    this.polling.delete(client)
    this.idleSince.delete(client)
  }

  /**
   * The earliest event due at or before `until`: by minute, then by the clients' order (the lane's
   * device order, then account order). An idling client has no check due: IDLE already hears.
   */
  nextEvent(clients: readonly Client[], until: number): TimedEvent<Client> | null {
    let best: TimedEvent<Client> | null = null
    for (const client of clients) {
      const since = this.idleSince.get(client)
      const candidate: TimedEvent<Client> | null =
        since !== undefined
          ? { minute: since + IDLE_RENEW_MINUTES, kind: 'renew', client }
          : this.polling.has(client)
            ? { minute: (this.polling.get(client) as { next: number }).next, kind: 'check', client }
            : null
      if (candidate && candidate.minute <= until && (!best || candidate.minute < best.minute)) best = candidate
    }
    return best
  }

  /**
   * Moves the clock to the event's minute and schedules what follows it: the next check N
   * minutes on (a check missed while offline is skipped, not made up), or the next renewal.
   */
  fire(event: TimedEvent<Client>): void {
    this.minutes = Math.max(this.minutes, event.minute)
    const schedule = this.polling.get(event.client)
    if (schedule) {
      // Idling postpones checks; whatever fell due meanwhile is not made up.
      while (schedule.next <= this.minutes) schedule.next += schedule.every
    }
    if (event.kind === 'renew') this.idleSince.set(event.client, this.minutes)
  }

  /** Lets time run to `minute` once every event before it has fired. */
  advanceTo(minute: number): void {
    this.minutes = Math.max(this.minutes, minute)
    for (const schedule of this.polling.values()) while (schedule.next <= this.minutes) schedule.next += schedule.every
  }
}
