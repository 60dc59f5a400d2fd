// The simulated clock in words (issue 12): minutes as a learner reads them, and whether a lane
// runs on the clock at all. Pure functions over the view contract.

/** Simulated minutes in words: 0 → "0 min", 15 → "15 min", 65 → "1 h 5 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes))
  if (whole < 60) return `${whole} min`
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** Whether a lane runs on the simulated clock: time has passed, or a device idles or polls. */
export function laneUsesClock(lane: { clockMinutes: number; devices: readonly { idling: boolean; nextCheckAt: number | null }[] }): boolean {
  return lane.clockMinutes > 0 || lane.devices.some((device) => device.idling || device.nextCheckAt !== null)
}
