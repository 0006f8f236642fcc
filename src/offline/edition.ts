/**
 * Which edition a build makes. `npm run zim` builds the Kiwix edition (ORBITAL_EDITION=kiwix):
 * the same pages without what only a web server can give (the service worker, Pagefind's search
 * box); Kiwix brings its own full-text search.
 */
export const KIWIX_EDITION = process.env.ORBITAL_EDITION === 'kiwix';
