import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { env } from '@/lib/env'
import { SITE_DESCRIPTION, SITE_NAME, SOCIAL_CARD, THEME_COLOR } from '@/lib/site-identity'
import './globals.css'

export const metadata: Metadata = {
  // Absolute URLs for canonical links and Open Graph; the site's public address (SITE_URL).
  metadataBase: new URL(env.SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  icons: { icon: [{ url: '/favicon.ico', sizes: '48x48' }, { url: '/icon.svg', type: 'image/svg+xml' }], apple: '/apple-touch-icon.png' },
  openGraph: { siteName: SITE_NAME, images: [SOCIAL_CARD] },
  twitter: { card: 'summary_large_image', images: [SOCIAL_CARD.url] },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR }

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
