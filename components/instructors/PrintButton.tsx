'use client'
// Opens the browser's print dialog for the worksheet (hidden on paper).
import { buttonClass } from '@/components/lanes/styles'

export function PrintButton() {
  return (
    <button type="button" className={`${buttonClass} text-sm print:hidden`} onClick={() => window.print()}>
      Print the worksheet
    </button>
  )
}
