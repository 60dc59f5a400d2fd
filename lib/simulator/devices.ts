// The devices a world can hold: their ids, the labels a learner sees, and how many at most.

export type DeviceId = 'phone' | 'laptop' | 'tablet' | 'desktop'
export const DEVICE_IDS: readonly DeviceId[] = ['phone', 'laptop', 'tablet', 'desktop']
/** A world holds at most one device of each kind. */
export const MAX_DEVICES = DEVICE_IDS.length
/** The sender's mail server, when it hands over mail from outside over SMTP (transcript speaker "relay"). */
export const RELAY_LABEL = "Sender's server"

export const DEVICE_LABELS: Readonly<Record<DeviceId, string>> = {
  phone: 'Phone',
  laptop: 'Laptop',
  tablet: 'Tablet',
  desktop: 'Desktop',
}
