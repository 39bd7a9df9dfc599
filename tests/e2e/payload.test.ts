import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element as HastElement } from 'hast';
import { toString } from 'hast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import type { Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listBuiltPages } from '../../src/lib/built-site';
import { useBrowserPage } from './browser';
import { fetchXml, readJsonLd, readMeta, readPage } from './published-files';
import { PROJECT_ROOT } from './site-build';

// The attacker's articles (tests/fixtures/payload-articles), built into the test site by the global setup.
const FRONTMATTER_ARTICLE = '/articles/payload-frontmatter/';
const BODY_ARTICLE = '/articles/payload-body/';
const PAYLOAD_TITLE = '<script>window.__pwned=1</script>Quokkaglyph headline <img src=x onerror=alert(1)>';

/** What a page did that it must not: scripts that ran, dialogs, handlers and javascript: addresses left in the DOM, CSP violations. */
interface PageFindings {
  pwned: unknown;
  dialogs: string[];
  handlers: string[];
  javascriptUrls: string[];
  scripts: string[];
  frames: string[];
  violations: string[];
}

/** Loads `pathname` and reports everything on it that could run, or did. */
async function inspect(page: Page, pathname: string, waitFor?: string): Promise<PageFindings> {
  const dialogs: string[] = [];
  const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  page.on('dialog', onDialog);
  try {
    const response = await page.goto(`${inject('baseUrl')}${pathname}`, { waitUntil: 'networkidle' });
    expect(response?.status(), pathname).toBe(200);
    if (waitFor) await page.waitForSelector(waitFor, { timeout: 20_000 });
    // Give a delayed handler (an image's onerror, a details' ontoggle) its moment.
    await page.waitForTimeout(300);
    const dom = await page.evaluate(() => {
      const elements = [...document.querySelectorAll('*')];
      const describe = (element: Element) => element.outerHTML.slice(0, 120);
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        handlers: elements
          .filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name)))
          .map(describe),
        javascriptUrls: elements
          .filter((element) =>
            [...element.attributes].some(
              (attribute) =>
                /^\s*(?:javascript|vbscript|data:text\/html)/i.test(attribute.value) &&
                /^(?:href|src|action|formaction|data|xlink:href|srcdoc)$/i.test(attribute.name),
            ),
          )
          .map(describe),
        scripts: [...document.querySelectorAll('script')]
          .filter(
            (script) =>
              script.type !== 'application/ld+json' && !(script.src && new URL(script.src).origin === location.origin),
          )
          .map(describe),
        frames: [...document.querySelectorAll('iframe, frame, object, embed')].map(describe),
        violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
      };
    });
    return { ...dom, dialogs };
  } finally {
    page.off('dialog', onDialog);
  }
}

const NOTHING_RAN: PageFindings = {
  pwned: undefined,
  dialogs: [],
  handlers: [],
  javascriptUrls: [],
  scripts: [],
  frames: [],
  violations: [],
};

describe('pages built from articles written to attack the site', () => {
  const openBrowser = useBrowserPage();

  beforeAll(async () => {
    const { page } = openBrowser();
    // Record what the Content-Security-Policy blocks: a payload it had to stop still got too far.
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
  });

  it('run nothing from the frontmatter on the article page, and show the headline as text', async () => {
    const { page } = openBrowser();
    expect(await inspect(page, FRONTMATTER_ARTICLE)).toEqual(NOTHING_RAN);
    await expect(page.locator('h1').innerText()).resolves.toBe(PAYLOAD_TITLE);
    await expect(page.title()).resolves.toContain(PAYLOAD_TITLE);
    await expect(page.locator('.lead-image img').getAttribute('alt')).resolves.toBe(
      'A picture" onerror="window.__pwned=1" data-x="<script>alert(1)</script>',
    );
    await expect(page.locator('.source-note a').getAttribute('href')).resolves.toMatch(
      /^https:\/\/example\.org\/story\?q=/,
    );
  });

  it('run nothing from raw HTML in the body, keeping the article’s words', async () => {
    const { page } = openBrowser();
    expect(await inspect(page, BODY_ARTICLE)).toEqual(NOTHING_RAN);
    const body = page.locator('.article-body');
    await expect(body.textContent()).resolves.toContain('A plain paragraph about the quokkaglyph.');
    await expect(body.locator('code').innerText()).resolves.toBe('<img src=x onerror=window.__pwned=1> quokkaglyph');
    await expect(body.locator('.related-callout a').innerText()).resolves.toBe(PAYLOAD_TITLE);
    // Every link the attacker wrote is still there, as text, without its address.
    expect(await body.locator('a:not([href])').count()).toBe(4);
    await expect(body.locator('details').count()).resolves.toBe(1);
    await expect(body.locator('[style], style, svg, meta, base').count()).resolves.toBe(0);
  });

  it('run nothing on the lists that show them: region, author, topic and front page', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}${FRONTMATTER_ARTICLE}`);
    const topicPage = await page.locator('.topic-tags a').first().getAttribute('href');
    expect(topicPage).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
    for (const pathname of ['/regions/oceania/', '/authors/payload-tester/', topicPage ?? '', '/']) {
      expect(await inspect(page, pathname), pathname).toEqual(NOTHING_RAN);
    }
    await page.goto(`${inject('baseUrl')}/authors/payload-tester/`);
    await expect(page.locator('.card-title', { hasText: 'Quokkaglyph headline' }).innerText()).resolves.toBe(
      PAYLOAD_TITLE,
    );
  });

  it('run nothing in search results that quote them', async () => {
    const { page } = openBrowser();
    const findings = await inspect(page, '/search/?q=quokkaglyph', '.search-result');
    expect(findings).toEqual(NOTHING_RAN);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  });

  it('keep the headline as data in structured data, meta tags and feeds', async () => {
    const html = await readPage(FRONTMATTER_ARTICLE);
    // Parsed as a browser would: `<` inside a quoted attribute value is only text.
    expect(findCodeThatCouldRun(html)).toEqual([]);
    const [article] = readJsonLd(html);
    expect(article?.['headline']).toBe(PAYLOAD_TITLE);
    expect(readMeta(html, 'og:title')).toEqual([PAYLOAD_TITLE]);
    const { rss } = await fetchXml('/regions/oceania/rss.xml');
    const titles = (rss.channel.item as { title: string }[]).map((item) => item.title);
    expect(titles).toContain(PAYLOAD_TITLE);
  });
});

/**
 * What in a page could run code or needs an exception in the policy, read from the parsed document:
 * a script that is neither a JSON-LD block nor loaded from a file, a style element the page's own
 * policy does not name by its hash (the site's stylesheet is the one it names), a style attribute,
 * an event handler, or a javascript: address.
 */
function findCodeThatCouldRun(html: string): string[] {
  const findings: string[] = [];
  const allowedStyles = readStyleHashes(readMetaPolicies(html)[0] ?? '');
  visit(fromHtml(html), 'element', (element: HastElement) => {
    const { tagName, properties } = element;
    if (tagName === 'script' && properties['type'] !== 'application/ld+json' && !properties['src'])
      findings.push('an inline <script>');
    if (tagName === 'style' && !allowedStyles.includes(hashStyle(toString(element))))
      findings.push('a <style> element the policy does not name');
    for (const [name, value] of Object.entries(properties)) {
      if (name === 'style') findings.push(`a style attribute on <${tagName}>`);
      if (/^on/i.test(name)) findings.push(`${name} on <${tagName}>`);
      if (/^(?:href|src|action|formAction|data)$/.test(name) && /^\s*javascript:/i.test(String(value)))
        findings.push(`${name}="${String(value)}" on <${tagName}>`);
    }
  });
  return findings;
}

/** The CSP source expression of a `<style>` element's text: `'sha256-…'`. */
function hashStyle(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/** The policies of a page's Content-Security-Policy <meta> tags. */
function readMetaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/g)].map(
    (match) => match[1]?.replaceAll('&#39;', "'") ?? '',
  );
}

/** The hashes a policy's style-src allows. */
function readStyleHashes(policy: string): string[] {
  return [...(/(?:^|;)\s*style-src ([^;]*)/.exec(policy)?.[1] ?? '').matchAll(/'sha256-[^']+'/g)].map(([hash]) => hash);
}

/** Every HTML file of the built site, relative to it. */
/** The policy a `_headers` file sends for every path (`/*`). */
function readHeadersPolicy(headers: string): string | undefined {
  return /^\/\*\n(?:[ \t]+.*\n)*?[ \t]+Content-Security-Policy: (.+)$/m.exec(headers)?.[1]?.trim();
}

describe('the Content-Security-Policy', () => {
  it('is on every page, as in the built _headers but for frame-ancestors (which only a header can carry)', async () => {
    const outDir = inject('outDir');
    const headers = await readFile(path.join(outDir, '_headers'), 'utf8');
    const policy = readHeadersPolicy(headers);
    expect(policy).toContain("frame-ancestors 'none'");
    // The build's copy of public/_headers differs only by the stylesheet's hash in style-src (src/integrations/csp-headers.ts).
    const styleHashes = readStyleHashes(policy ?? '');
    expect(styleHashes).toHaveLength(1);
    expect(headers).toBe(
      (await readFile(path.join(PROJECT_ROOT, 'public/_headers'), 'utf8')).replace(
        "style-src 'self';",
        `style-src 'self' ${styleHashes.join(' ')};`,
      ),
    );
    const metaPolicy = policy?.replace(/;\s*frame-ancestors [^;]+/, '');
    for (const file of await listBuiltPages(outDir)) {
      const html = await readFile(path.join(outDir, file), 'utf8');
      expect(readMetaPolicies(html), file).toEqual([metaPolicy]);
      // First in <head> after the charset, so it covers everything the page loads.
      expect(html, file).toMatch(/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" /);
    }
  });

  it('names by its hash the one stylesheet every page carries inline, and links none', async () => {
    const outDir = inject('outDir');
    const policy = readHeadersPolicy(await readFile(path.join(outDir, '_headers'), 'utf8')) ?? '';
    for (const file of await listBuiltPages(outDir)) {
      const styles: string[] = [];
      const links: string[] = [];
      visit(fromHtml(await readFile(path.join(outDir, file), 'utf8')), 'element', (element: HastElement) => {
        if (element.tagName === 'style') styles.push(hashStyle(toString(element)));
        const rel = element.properties['rel'];
        if (element.tagName === 'link' && Array.isArray(rel) && rel.includes('stylesheet')) links.push(file);
      });
      expect(styles, file).toEqual(readStyleHashes(policy));
      expect(links, file).toEqual([]);
    }
  });

  it('allows scripts, styles and fonts from the site only, no plugins, no inline code but the hashed stylesheet, and no other base or form target', async () => {
    const policy = readHeadersPolicy(await readFile(path.join(inject('outDir'), '_headers'), 'utf8')) ?? '';
    const directives = Object.fromEntries(
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );
    expect(directives).toMatchObject({
      'default-src': ["'self'"],
      // Pagefind compiles its WebAssembly; 'wasm-unsafe-eval' allows that and no JavaScript eval.
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      // The site's own stylesheet, inline in every page, and nothing else inline.
      'style-src': ["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  });

  it('needs no exception for the built pages: no inline script, event handler, unlisted style element or style attribute', async () => {
    const outDir = inject('outDir');
    const offending: string[] = [];
    for (const file of await listBuiltPages(outDir)) {
      for (const finding of findCodeThatCouldRun(await readFile(path.join(outDir, file), 'utf8')))
        offending.push(`${file}: ${finding}`);
    }
    expect(offending).toEqual([]);
  });

  it('would still catch a style element the policy does not name', () => {
    const policy = `default-src 'self'; style-src 'self' ${hashStyle('p{color:red}')}`;
    const page = (body: string) =>
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"><style>p{color:red}</style></head><body>${body}</body></html>`;
    expect(findCodeThatCouldRun(page(''))).toEqual([]);
    expect(findCodeThatCouldRun(page('<style>p{color:blue}</style>'))).toEqual([
      'a <style> element the policy does not name',
    ]);
  });
});
