'use client'

// Applies the `theme` parameter: data-theme="light" | "dark" on <html> forces one (see
// app/globals.css); "auto" removes it, so the page follows the system setting.

import { useEffect } from 'react'
import type { LabTheme } from '@/lib/labConfig/labParams'

export function useApplyTheme(theme: LabTheme | null): void {
  useEffect(() => {
    if (theme === null) return
    const root = document.documentElement
    if (theme === 'auto') root.removeAttribute('data-theme')
    else root.setAttribute('data-theme', theme)
  }, [theme])
}
