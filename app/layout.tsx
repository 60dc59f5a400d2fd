import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { ServiceWorkerRegistration } from '@/components/site/ServiceWorkerRegistration'
import { WelcomeSeenScript } from '@/components/lab/WelcomeSeenScript'
import { EarlyUseScript } from '@/components/platform/EarlyUseScript'
import './globals.css'

export const metadata: Metadata = {
  title: {
    default: 'Mail Protocol Lab',
    template: '%s · Mail Protocol Lab',
  },
  description:
    'An interactive simulator that runs POP3 and IMAP side by side on the same mailbox, across a server and several devices, with the real protocol conversation beside it.',
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
}

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="en">
      <head>
        <WelcomeSeenScript />
        <EarlyUseScript />
      </head>
      <body className="min-h-dvh">
        {children}
        <ServiceWorkerRegistration />
      </body>
    </html>
  )
}
