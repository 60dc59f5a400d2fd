// lib/live: what the live server (scripts/live) tells the /live page, as plain types (docs/live.md).
export * from './events'
