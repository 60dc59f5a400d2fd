'use client'

// The lab's URL parameters as React state, for `/embed` and `/`. The static export prerenders with
// no query, so the server snapshot is the default config; the browser's query applies at hydration.

import { useMemo, useSyncExternalStore } from 'react'
import { parseLabParams, type LabParamsOptions, type ParsedLabParams } from '@/lib/labConfig/labParams'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}

export function useLabParams(options: LabParamsOptions): ParsedLabParams {
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => '')
  const ids = options.scenarioIds.join('\n')
  const { defaultScenario } = options
  return useMemo(
    () => parseLabParams(new URLSearchParams(search), { scenarioIds: ids ? ids.split('\n') : [], defaultScenario }),
    [search, ids, defaultScenario],
  )
}
