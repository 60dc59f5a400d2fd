// The framer-motion features the lab's `m` components need, loaded lazily by LabMotion so they
// stay out of the first-load bundle (see ../../../shared/stack.md). domMax rather than
// domAnimation: layoutId (a card travelling from the server to a device) needs the layout feature,
// which only domMax carries.
import { domMax } from 'framer-motion'

export const motionFeatures = domMax
export default motionFeatures
