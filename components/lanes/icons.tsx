// Tiny inline icons (no icon pack). Decorative: every use sits beside a text alternative.
import type { SVGProps } from 'react'

type IconProps = SVGProps<SVGSVGElement>

function Icon({ children, className = 'size-4', ...rest }: IconProps) {
  return (
    <svg
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={`shrink-0 ${className}`}
      {...rest}
    >
      {children}
    </svg>
  )
}

export function FlagIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M3.5 14V2.5M3.5 2.5h8l-1.8 3 1.8 3h-8" fill="currentColor" />
    </Icon>
  )
}

export function OnlineIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M1.5 6a9 9 0 0 1 13 0M4 8.7a5.5 5.5 0 0 1 8 0M6.5 11.3a2 2 0 0 1 3 0" />
    </Icon>
  )
}

export function OfflineIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M1.5 6a9 9 0 0 1 13 0M4 8.7a5.5 5.5 0 0 1 8 0M6.5 11.3a2 2 0 0 1 3 0M2 2l12 12" />
    </Icon>
  )
}

export function HeadersOnlyIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="2" y="3" width="12" height="10" rx="1" strokeDasharray="2 1.5" />
      <path d="M4.5 6h7" />
    </Icon>
  )
}

export function TrashIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" />
    </Icon>
  )
}

export function ArrowIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2 8h11M9.5 4.5 13 8l-3.5 3.5" />
    </Icon>
  )
}

export function OpenIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2 6.5 8 2.5l6 4V13.5H2zM2 6.5l6 4 6-4" />
    </Icon>
  )
}

export function ArchiveIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M1.5 3h13v3h-13zM2.5 6v7.5h11V6M6 9h4" />
    </Icon>
  )
}

export function BellIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 11V7a4 4 0 0 1 8 0v4l1.5 1.5h-11zM6.5 14h3" />
    </Icon>
  )
}

export function ClockIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.5V8l2.5 1.5" />
    </Icon>
  )
}
