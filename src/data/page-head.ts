import { createHash } from 'node:crypto';
// The site's whole stylesheet, written into every page's <head> so the first paint waits for no
// request (about 4.6 KB gzipped a page). Only the weight axis of the fonts: the optical-size axis
// more than doubles every Newsreader file (58 → 132 KB for Latin). Each face downloads only when a
// page uses it (the italic ones only for italic text) and only the subsets (unicode-range) whose
// characters the page holds.
import newsreaderCss from '@fontsource-variable/newsreader/wght.css?inline';
import newsreaderItalicCss from '@fontsource-variable/newsreader/wght-italic.css?inline';
import newsreaderItalic400Css from '@fontsource/newsreader/400-italic.css?inline';
import franklinCss from '@fontsource-variable/libre-franklin/wght.css?inline';
import { renameFontFamily, setFontWeightRange } from '../lib/font-faces';
import { publishInlineStyleSource } from '../lib/style-policy';
import globalCss from '../styles/global.css?inline';

// Worked out once per build, here rather than in the layout, which runs for every page.

/**
 * Italic text in the body (`<em>`, quotations) is set at weight 400, and the first paragraph of
 * an article often has some, so its face is fetched with the page's first bytes, beside the lead
 * picture. The static 400 italic (Latin 24 KB) serves it rather than the variable italic (64 KB);
 * the variable one keeps every other italic weight, so no italic is ever synthesised.
 */
const NEWSREADER_ITALIC_CSS =
  renameFontFamily(newsreaderItalic400Css, 'Newsreader', 'Newsreader Variable') +
  setFontWeightRange(newsreaderItalicCss, '200 800', '401 800');

/** The stylesheet every page carries inline. */
export const INLINE_STYLESHEET = [newsreaderCss, NEWSREADER_ITALIC_CSS, franklinCss, globalCss].join('');

/** The inline stylesheet as a CSP source; handed to the build's `_headers` as well (src/lib/style-policy.ts). */
const INLINE_STYLESHEET_SOURCE = `'sha256-${createHash('sha256').update(INLINE_STYLESHEET).digest('base64')}'`;
publishInlineStyleSource(INLINE_STYLESHEET_SOURCE);

/**
 * The Content-Security-Policy of the built site (not in `astro dev`, whose scripts and styles are
 * inline): scripts only from the site itself (no inline or third-party script; 'wasm-unsafe-eval'
 * lets the search page's own Pagefind compile its WebAssembly, nothing more); styles from the site
 * and the one inline stylesheet above, named by its hash, so no other <style> or style attribute
 * applies; fonts and pictures only from the site; video frames only from the trusted players
 * (src/markdown/rehype-trusted-embeds.ts); no plugins. public/_headers sends the same policy plus
 * frame-ancestors; the build adds this hash to it (src/integrations/csp-headers.ts), since browsers enforce both.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  `style-src 'self' ${INLINE_STYLESHEET_SOURCE}`,
  "img-src 'self' data:",
  "font-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
