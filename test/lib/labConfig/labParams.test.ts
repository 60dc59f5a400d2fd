import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  clampStep,
  defaultLabConfig,
  displayValue,
  labQueryString,
  MAX_DEVICES,
  MAX_SPEED,
  MIN_DEVICES,
  MIN_SPEED,
  NOTICE_VALUE_MAX,
  normalizeOrigin,
  PARAM_NAMES,
  parseLabParams,
  serializeLabParams,
  type LabConfig,
} from '@/lib/labConfig/labParams'

const scenarioIds = ['download-and-delete', 'second-device', 'read-sync', 'free-play']
const options = { scenarioIds }
const parse = (query: string) => parseLabParams(new URLSearchParams(query), options)

function expectValid(config: LabConfig) {
  expect(scenarioIds).toContain(config.scenario)
  expect(config.protocols.length).toBeGreaterThan(0)
  expect(config.protocols).toEqual(['pop3', 'imap'].filter((p) => config.protocols.includes(p as 'pop3')))
  if (config.devices !== null) {
    expect(Number.isInteger(config.devices)).toBe(true)
    expect(config.devices).toBeGreaterThanOrEqual(MIN_DEVICES)
    expect(config.devices).toBeLessThanOrEqual(MAX_DEVICES)
  }
  expect(Number.isSafeInteger(config.step)).toBe(true)
  expect(config.step).toBeGreaterThanOrEqual(0)
  expect(typeof config.autoplay).toBe('boolean')
  expect(config.speed).toBeGreaterThanOrEqual(MIN_SPEED)
  expect(config.speed).toBeLessThanOrEqual(MAX_SPEED)
  expect(['show', 'hide']).toContain(config.transcript)
  expect(['show', 'hide']).toContain(config.diagram)
  expect(['light', 'dark', 'auto']).toContain(config.theme)
  expect(['full', 'minimal']).toContain(config.controls)
  if (config.parentOrigins !== null) {
    for (const origin of config.parentOrigins) expect(new URL(origin).origin).toBe(origin)
  }
}

describe('parseLabParams', () => {
  it('gives the defaults, and no notice, for an empty query', () => {
    const { config, notices } = parse('')
    expect(config).toEqual(defaultLabConfig(options))
    expect(config.scenario).toBe('download-and-delete')
    expect(notices).toEqual([])
  })

  it('uses defaultScenario when given', () => {
    expect(parseLabParams(new URLSearchParams(), { scenarioIds, defaultScenario: 'free-play' }).config.scenario).toBe('free-play')
  })

  it('reads every parameter', () => {
    const { config, notices } = parse(
      'scenario=read-sync&protocols=imap&devices=3&step=4&autoplay&speed=2&transcript=hide&diagram=hide&theme=dark&controls=minimal&parentOrigin=https://school.example',
    )
    expect(notices).toEqual([])
    expect(config).toEqual({
      scenario: 'read-sync',
      protocols: ['imap'],
      devices: 3,
      step: 4,
      autoplay: true,
      speed: 2,
      transcript: 'hide',
      diagram: 'hide',
      theme: 'dark',
      controls: 'minimal',
      parentOrigins: ['https://school.example'],
    })
  })

  it('is lenient with case, spaces and order', () => {
    const { config, notices } = parse('protocols=IMAP,%20pop3&theme=%20Light&speed=0.5x&autoplay=no')
    expect(notices).toEqual([])
    expect(config.protocols).toEqual(['pop3', 'imap'])
    expect(config.theme).toBe('light')
    expect(config.speed).toBe(0.5)
    expect(config.autoplay).toBe(false)
  })

  it('ignores unknown parameters', () => {
    const { config, notices } = parse('foo=bar&Scenario=read-sync&__proto__=x')
    expect(notices).toEqual([])
    expect(config).toEqual(defaultLabConfig(options))
  })

  it.each([
    ['scenario', '<script>alert(1)</script>', 'download-and-delete'],
    ['scenario', 'nope', 'download-and-delete'],
    ['protocols', 'smtp', 'pop3,imap'],
    ['protocols', '', 'pop3,imap'],
    ['devices', '0', "the scenario's own devices"],
    ['devices', '5', "the scenario's own devices"],
    ['devices', '2.5', "the scenario's own devices"],
    ['step', '-1', '0'],
    ['step', '1e9', '0'],
    ['step', '99999999999999999999999', '0'],
    ['step', 'NaN', '0'],
    ['speed', '0.1', '1'],
    ['speed', 'Infinity', '1'],
    ['speed', '1e3', '1'],
    ['autoplay', 'maybe', 'off'],
    ['transcript', 'visible', 'show'],
    ['diagram', '1', 'show'],
    ['theme', 'pink', 'auto'],
    ['controls', 'none', 'full'],
  ])('rejects %s=%j with a notice naming the default', (param, value, defaultUsed) => {
    const { config, notices } = parse(new URLSearchParams([[param, value]]).toString())
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ param, defaultUsed })
    expect(notices[0]!.value).toBe(displayValue(value))
    expect(notices[0]!.message.length).toBeGreaterThan(0)
    expect(config).toEqual(defaultLabConfig(options))
  })

  it('keeps the valid parentOrigins, notes the invalid ones, and fails closed', () => {
    const some = parse('parentOrigin=https://a.example,javascript:alert(1)&parentOrigin=http://localhost:8080/')
    expect(some.config.parentOrigins).toEqual(['https://a.example', 'http://localhost:8080'])
    expect(some.notices.map((n) => n.param)).toEqual(['parentOrigin'])

    const none = parse('parentOrigin=*')
    expect(none.config.parentOrigins).toEqual([])
    expect(none.notices).toHaveLength(1)

    const empty = parse('parentOrigin=')
    expect(empty.config.parentOrigins).toEqual([])
    expect(empty.notices).toHaveLength(1)
  })

  it('shortens long values and hides control characters in notices', () => {
    const { notices } = parse(`scenario=${'x'.repeat(5000)}%00`)
    expect(Array.from(notices[0]!.value)).toHaveLength(NOTICE_VALUE_MAX)
    expect(notices[0]!.value.endsWith('…')).toBe(true)
    expect(displayValue('a\u0000b\nc')).toBe('a\ufffdb\ufffdc')
  })

  it('never throws and always gives a valid config, whatever the strings', () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('<script>alert(1)</script>', '1e308', '-0', 'NaN', '0x10', ' 2 ', '9'.repeat(400), '\u0000', 'pop3,,imap'),
    )
    const entries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAM_NAMES), fc.string()), value), { maxLength: 14 })
    fc.assert(
      fc.property(entries, (pairs) => {
        const { config, notices } = parseLabParams(new URLSearchParams(pairs), options)
        expectValid(config)
        for (const notice of notices) {
          expect(PARAM_NAMES as readonly string[]).toContain(notice.param)
          expect(Array.from(notice.value).length).toBeLessThanOrEqual(NOTICE_VALUE_MAX)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('normalizeOrigin', () => {
  it.each([
    ['https://School.Example', 'https://school.example'],
    ['http://127.0.0.1:4000/', 'http://127.0.0.1:4000'],
    ['https://a.example:443', 'https://a.example'],
  ])('%s → %s', (raw, origin) => expect(normalizeOrigin(raw)).toBe(origin))

  it.each(['*', 'null', 'file:///x', 'https://a.example/path', 'https://u:p@a.example', 'javascript:alert(1)', 'https://'])(
    'rejects %s',
    (raw) => expect(normalizeOrigin(raw)).toBeUndefined(),
  )
})

const configArb: fc.Arbitrary<LabConfig> = fc.record({
  scenario: fc.constantFrom(...scenarioIds),
  protocols: fc.constantFrom<LabConfig['protocols']>(['pop3'], ['imap'], ['pop3', 'imap']),
  devices: fc.option(fc.integer({ min: MIN_DEVICES, max: MAX_DEVICES }), { nil: null }),
  step: fc.integer({ min: 0, max: 200 }),
  autoplay: fc.boolean(),
  speed: fc.constantFrom(0.5, 0.75, 1, 1.5, 2, 3, 4),
  transcript: fc.constantFrom('show' as const, 'hide' as const),
  diagram: fc.constantFrom('show' as const, 'hide' as const),
  theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
  controls: fc.constantFrom('full' as const, 'minimal' as const),
  parentOrigins: fc.option(fc.uniqueArray(fc.constantFrom('https://a.example', 'http://localhost:3000', 'http://127.0.0.1:8080'), { minLength: 1 }), {
    nil: null,
  }),
})

describe('serializeLabParams', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeLabParams(defaultLabConfig(options), options).toString()).toBe('')
    expect(labQueryString(defaultLabConfig(options), options)).toBe('')
  })

  it('writes only what differs', () => {
    const config = { ...defaultLabConfig(options), scenario: 'read-sync', step: 3, protocols: ['imap' as const] }
    expect(labQueryString(config, options)).toBe('?scenario=read-sync&protocols=imap&step=3')
  })

  it('round-trips every valid config', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const { config: back, notices } = parseLabParams(serializeLabParams(config, options), options)
        expect(notices).toEqual([])
        expect(back).toEqual(config)
      }),
    )
  })
})

describe('clampStep', () => {
  it('keeps a step inside the scenario', () => expect(clampStep(3, 5)).toEqual({ step: 3, notice: null }))
  it('clamps a step past the end, with a notice', () => {
    const { step, notice } = clampStep(40, 6)
    expect(step).toBe(6)
    expect(notice).toMatchObject({ param: 'step', value: '40', defaultUsed: '6', message: 'This scenario has 6 steps.' })
    expect(clampStep(2, 1).notice?.message).toBe('This scenario has one step.')
  })
})
