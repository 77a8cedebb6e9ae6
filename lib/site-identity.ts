// What the site calls itself, wherever it introduces itself: page titles, the web manifest, the
// social card, the publisher of each ClaimReview. The images live in public/.

export const SITE_NAME = 'Claimtrail'

export const SITE_DESCRIPTION = 'Checked claims, each traced to the exact words of a preserved source.'

/** The picture a link to any page shows where it is shared (1200 × 630). */
export const SOCIAL_CARD = { url: '/social-card.png', width: 1200, height: 630, alt: `${SITE_NAME}: ${SITE_DESCRIPTION}` }

/** The site's accent colour (app/globals.css, --accent), for browsers that tint their frame. */
export const THEME_COLOR = '#0b5f73'
