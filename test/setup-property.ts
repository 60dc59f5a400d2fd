// Setup for the unit and dom projects: every fast-check property runs from one fixed seed, so a
// failure replays exactly. fast-check prints the seed (and the shrink path) in its failure
// message, e.g. `{ seed: 1501, path: "12:3", endOnFailure: true }`. To explore other inputs for a
// while, run with FC_SEED=<n>; a property that passes its own `seed` option keeps that one.
import fc from 'fast-check'

export const PROPERTY_SEED = Number(process.env.FC_SEED ?? 1501)

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: PROPERTY_SEED })
