import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { env } from '@/lib/env'
import './globals.css'

export const metadata: Metadata = {
  // Absolute URLs for canonical links and Open Graph; the site's public address (SITE_URL).
  metadataBase: new URL(env.SITE_URL),
  title: { default: 'Claimtrail', template: '%s · Claimtrail' },
  description: 'Checked claims, each traced to the exact words of a preserved source.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
