import { storageText } from '@/components/lanes/StorageMeter'
import { formatBytes } from '@/lib/viewModel/formatBytes'

describe('formatBytes', () => {
  it('formats bytes', () => {
    expect(formatBytes(0)).toBe('0 bytes')
    expect(formatBytes(1)).toBe('1 byte')
    expect(formatBytes(623)).toBe('623 bytes')
    expect(formatBytes(1536)).toBe('1.5 kB')
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB')
    expect(storageText(623, 10 * 1024 * 1024)).toBe('623 bytes used of 10 MB')
    expect(storageText(623)).toBe('623 bytes used')
  })
})
