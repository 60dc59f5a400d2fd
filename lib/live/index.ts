// lib/live: what the live server (scripts/live) tells the /live page, as plain types (docs/live.md), and
// (liveState, liveLanes, wireObservations) how the page folds those events into the view contract.
export * from './events'
