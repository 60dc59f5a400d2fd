// The lab's URL parameters (issue 6): what `/embed?…` and `/?…` accept, parsed into a typed
// LabConfig. Pure (no React, no DOM): every string in, a valid config out, never a throw. Each
// invalid value yields a notice naming the parameter and the default used; unknown parameters are
// ignored. serializeLabParams writes only the non-default values back, for share links.

import type { Protocol } from '@/lib/protocols'
import { MAX_DEVICES } from '@/lib/simulator/view'

/** The lab's protocols are the simulator's: lib/protocols' Protocol. */
export type LabProtocol = Protocol
export type ShowHide = 'show' | 'hide'
export type LabTheme = 'light' | 'dark' | 'auto'
export type LabControls = 'full' | 'minimal'

export interface LabConfig {
  /** A scenario id from content/scenarios. */
  scenario: string
  /** Which lanes to show, always in the order pop3, imap; never empty. */
  protocols: LabProtocol[]
  /** How many devices each lane shows (1–4), or null for the scenario's own number. */
  devices: number | null
  /** The step to start at (0 is the starting world); the lab clamps it to the scenario's length. */
  step: number
  autoplay: boolean
  /** Playback speed factor, 0.5–4. */
  speed: number
  transcript: ShowHide
  diagram: ShowHide
  theme: LabTheme
  controls: LabControls
  /**
   * Origins allowed to send commands, or null when `parentOrigin` is absent (then any parent may).
   * An empty list means `parentOrigin` was given but held no valid origin: no commands are taken.
   */
  parentOrigins: string[] | null
}

export interface ParamNotice {
  /** The parameter name as written in the URL, e.g. "speed". */
  param: string
  /** The rejected value, shortened for display. Always rendered as text. */
  value: string
  /** One sentence saying why it was rejected. */
  message: string
  /** What the lab uses instead, as the user would write it. */
  defaultUsed: string
}

export interface ParsedLabParams {
  config: LabConfig
  notices: ParamNotice[]
}

export interface LabParamsOptions {
  /** The known scenario ids; the first is the default unless defaultScenario is given. */
  scenarioIds: readonly string[]
  defaultScenario?: string
}

export const LAB_PROTOCOLS: readonly LabProtocol[] = ['pop3', 'imap']
export const MIN_DEVICES = 1
export { MAX_DEVICES }
export const MIN_SPEED = 0.5
export const MAX_SPEED = 4
/** Far beyond any scenario's length; larger step values are treated as invalid. */
export const MAX_STEP = 9999
/** Longest value shown in a notice; longer ones are cut with an ellipsis. */
export const NOTICE_VALUE_MAX = 60
export const FALLBACK_SCENARIO = 'download-and-delete'

/** The parameter names, as written in URLs. */
export const PARAM_NAMES = [
  'scenario',
  'protocols',
  'devices',
  'step',
  'autoplay',
  'speed',
  'transcript',
  'diagram',
  'theme',
  'controls',
  'parentOrigin',
] as const
export type ParamName = (typeof PARAM_NAMES)[number]

/** The configuration with no parameters at all. */
export function defaultLabConfig(options: LabParamsOptions): LabConfig {
  const scenario = options.defaultScenario ?? options.scenarioIds[0] ?? FALLBACK_SCENARIO
  return {
    scenario,
    protocols: [...LAB_PROTOCOLS],
    devices: null,
    step: 0,
    autoplay: false,
    speed: 1,
    transcript: 'show',
    diagram: 'show',
    theme: 'auto',
    controls: 'full',
    parentOrigins: null,
  }
}

/** Shortens a value for display in a notice (text only: callers never render it as HTML). */
export function displayValue(value: string): string {
  // Control characters would be invisible or break the line; show them as U+FFFD.
  const visible = value.replace(/[\u0000-\u001f\u007f]/g, '\ufffd')
  const chars = Array.from(visible)
  return chars.length > NOTICE_VALUE_MAX ? `${chars.slice(0, NOTICE_VALUE_MAX - 1).join('')}…` : visible
}

function oneOf<T extends string>(raw: string, allowed: readonly T[]): T | undefined {
  const value = raw.trim().toLowerCase()
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined
}

function parseBoolean(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase()
  if (['', '1', 'true', 'yes', 'on'].includes(value)) return true
  if (['0', 'false', 'no', 'off'].includes(value)) return false
  return undefined
}

function parseInteger(raw: string, min: number, max: number): number | undefined {
  const value = raw.trim()
  if (!/^\d{1,6}$/.test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

function parseSpeed(raw: string): number | undefined {
  const value = raw.trim().replace(/x$/i, '')
  if (!/^\d{1,3}(\.\d{1,3})?$|^\.\d{1,3}$/.test(value)) return undefined
  const n = Number(value)
  return n >= MIN_SPEED && n <= MAX_SPEED ? n : undefined
}

function parseProtocols(raw: string): LabProtocol[] | undefined {
  const tokens = raw
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean)
  if (tokens.length === 0 || tokens.some((token) => !(LAB_PROTOCOLS as readonly string[]).includes(token))) return undefined
  return LAB_PROTOCOLS.filter((protocol) => tokens.includes(protocol))
}

/** An http(s) origin exactly as `URL.origin` writes it, or undefined. */
export function normalizeOrigin(raw: string): string | undefined {
  const value = raw.trim().replace(/\/+$/, '')
  if (!/^https?:\/\/[^/?#\s]+$/i.test(value)) return undefined
  try {
    const url = new URL(value)
    if (url.username || url.password) return undefined
    return url.origin === 'null' ? undefined : url.origin
  } catch {
    return undefined
  }
}

/** Parses the lab's URL parameters. Never throws; every invalid value gets a notice. */
export function parseLabParams(params: URLSearchParams, options: LabParamsOptions): ParsedLabParams {
  const config = defaultLabConfig(options)
  const notices: ParamNotice[] = []
  const reject = (param: ParamName, value: string, message: string, defaultUsed: string) =>
    notices.push({ param, value: displayValue(value), message, defaultUsed })

  const read = (param: ParamName): string | null => params.get(param)

  const scenario = read('scenario')
  if (scenario !== null) {
    const id = scenario.trim()
    if (options.scenarioIds.includes(id)) config.scenario = id
    else reject('scenario', scenario, 'There is no scenario with this id.', config.scenario)
  }

  const protocols = read('protocols')
  if (protocols !== null) {
    const parsed = parseProtocols(protocols)
    if (parsed) config.protocols = parsed
    else reject('protocols', protocols, 'Use pop3, imap, or pop3,imap.', config.protocols.join(','))
  }

  const devices = read('devices')
  if (devices !== null) {
    const parsed = parseInteger(devices, MIN_DEVICES, MAX_DEVICES)
    if (parsed !== undefined) config.devices = parsed
    else reject('devices', devices, `Use a whole number from ${MIN_DEVICES} to ${MAX_DEVICES}.`, "the scenario's own devices")
  }

  const step = read('step')
  if (step !== null) {
    const parsed = parseInteger(step, 0, MAX_STEP)
    if (parsed !== undefined) config.step = parsed
    else reject('step', step, 'Use a whole number: 0 is the start of the scenario.', String(config.step))
  }

  const autoplay = read('autoplay')
  if (autoplay !== null) {
    const parsed = parseBoolean(autoplay)
    if (parsed !== undefined) config.autoplay = parsed
    else reject('autoplay', autoplay, 'Use autoplay, autoplay=1 or autoplay=0.', 'off')
  }

  const speed = read('speed')
  if (speed !== null) {
    const parsed = parseSpeed(speed)
    if (parsed !== undefined) config.speed = parsed
    else reject('speed', speed, `Use a number from ${MIN_SPEED} to ${MAX_SPEED}.`, String(config.speed))
  }

  for (const param of ['transcript', 'diagram'] as const) {
    const raw = read(param)
    if (raw === null) continue
    const parsed = oneOf(raw, ['show', 'hide'] as const)
    if (parsed) config[param] = parsed
    else reject(param, raw, 'Use show or hide.', config[param])
  }

  const theme = read('theme')
  if (theme !== null) {
    const parsed = oneOf(theme, ['light', 'dark', 'auto'] as const)
    if (parsed) config.theme = parsed
    else reject('theme', theme, 'Use light, dark or auto.', config.theme)
  }

  const controls = read('controls')
  if (controls !== null) {
    const parsed = oneOf(controls, ['full', 'minimal'] as const)
    if (parsed) config.controls = parsed
    else reject('controls', controls, 'Use full or minimal.', config.controls)
  }

  const origins = params.getAll('parentOrigin')
  if (origins.length > 0) {
    const accepted: string[] = []
    for (const raw of origins.flatMap((value) => value.split(','))) {
      if (!raw.trim()) continue
      const origin = normalizeOrigin(raw)
      if (origin) {
        if (!accepted.includes(origin)) accepted.push(origin)
      } else {
        reject('parentOrigin', raw, 'Use an origin such as https://school.example (scheme, host and port only).', 'the other origins listed, if any')
      }
    }
    // Fail closed: an instructor who restricted commands keeps them restricted even on a typo.
    config.parentOrigins = accepted
    if (accepted.length === 0 && !notices.some((notice) => notice.param === 'parentOrigin')) {
      reject('parentOrigin', origins.join(','), 'No origin was given.', 'no commands accepted')
    }
  }

  return { config, notices }
}

/**
 * The URL parameters for a config: only the values that differ from the defaults, in the order of
 * PARAM_NAMES, so share links stay short and stable.
 */
export function serializeLabParams(config: LabConfig, options: LabParamsOptions): URLSearchParams {
  const defaults = defaultLabConfig(options)
  const params = new URLSearchParams()
  if (config.scenario !== defaults.scenario) params.set('scenario', config.scenario)
  if (config.protocols.join(',') !== defaults.protocols.join(',')) params.set('protocols', config.protocols.join(','))
  if (config.devices !== defaults.devices && config.devices !== null) params.set('devices', String(config.devices))
  if (config.step !== defaults.step) params.set('step', String(config.step))
  if (config.autoplay !== defaults.autoplay) params.set('autoplay', config.autoplay ? '1' : '0')
  if (config.speed !== defaults.speed) params.set('speed', String(config.speed))
  if (config.transcript !== defaults.transcript) params.set('transcript', config.transcript)
  if (config.diagram !== defaults.diagram) params.set('diagram', config.diagram)
  if (config.theme !== defaults.theme) params.set('theme', config.theme)
  if (config.controls !== defaults.controls) params.set('controls', config.controls)
  if (config.parentOrigins !== null && config.parentOrigins.length > 0) params.set('parentOrigin', config.parentOrigins.join(','))
  return params
}

/** "?a=1&b=2", or "" when every value is the default. */
export function labQueryString(config: LabConfig, options: LabParamsOptions): string {
  const query = serializeLabParams(config, options).toString()
  return query ? `?${query}` : ''
}

/** Clamps the start step to a scenario's length, with a notice when it had to. */
export function clampStep(step: number, totalSteps: number): { step: number; notice: ParamNotice | null } {
  if (step <= totalSteps) return { step, notice: null }
  return {
    step: totalSteps,
    notice: {
      param: 'step',
      value: String(step),
      message: `This scenario has ${totalSteps === 1 ? 'one step' : `${totalSteps} steps`}.`,
      defaultUsed: String(totalSteps),
    },
  }
}
