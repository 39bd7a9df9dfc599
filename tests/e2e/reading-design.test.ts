import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';

const ARTICLE_WITH_IMAGE = '/articles/peru-national-strike-january-19/';
// No italics in its text, so it needs no italic face.
const PLAIN_ARTICLE = '/articles/uk-nurses-strike/';

/** Characters per line of the article's body paragraphs (those of three lines or more), on average. */
function measureCharactersPerLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const counts = Array.from(document.querySelectorAll<HTMLElement>('.article-body > p')).flatMap((paragraph) => {
      const lines = Math.round(
        paragraph.getBoundingClientRect().height / parseFloat(getComputedStyle(paragraph).lineHeight),
      );
      return lines >= 3 ? [(paragraph.textContent ?? '').length / lines] : [];
    });
    return counts.reduce((sum, count) => sum + count, 0) / counts.length;
  });
}

/** The scale's custom properties in `src/styles/global.css`, smallest first. */
const TYPE_SCALE = ['--text-xs', '--text-s', '--text-m', '--text-l', '--text-xl', '--text-2xl'];
/** Headlines, the dek and the masthead scale with the screen, outside the fixed steps. */
const FLUID_TEXT = '.masthead-name, .headline, .dek, .card-lead .card-title, .listing-header h1';

/**
 * Every text on the page that is set in a size off the type scale, or in the sans serif
 * at a weight other than 400 or 700, as "size weight family: text".
 */
function findTextOffScale(page: Page): Promise<{ scale: number[]; offScale: string[] }> {
  return page.evaluate(
    ([names, fluid]) => {
      const root = getComputedStyle(document.documentElement);
      const rem = parseFloat(root.fontSize);
      const scale = names.map((name) => {
        const value = root.getPropertyValue(name).trim();
        if (!value.endsWith('rem')) throw new Error(`${name} is "${value}", expected a size in rem`);
        return parseFloat(value) * rem;
      });
      const offScale = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        // Laid-out text only, visually hidden text included: it needs its font as much.
        if (!element || !node.textContent?.trim() || element.getClientRects().length === 0) continue;
        if (element.closest(fluid)) continue;
        const style = getComputedStyle(element);
        const size = parseFloat(style.fontSize);
        const sans = style.fontFamily.startsWith('"Libre Franklin');
        const offSize = !scale.some((step) => Math.abs(step - size) < 0.01);
        const offWeight = sans && style.fontWeight !== '400' && style.fontWeight !== '700';
        if (offSize || offWeight)
          offScale.add(
            `${size}px ${style.fontWeight} ${style.fontFamily.split(',')[0]}: ${node.textContent.trim().slice(0, 40)}`,
          );
      }
      return { scale, offScale: [...offScale] };
    },
    [TYPE_SCALE, FLUID_TEXT] as const,
  );
}

describe('the reading experience', () => {
  const openBrowser = useBrowser();

  it('sets article text to a comfortable measure: about 60–75 characters a line on a wide screen', async () => {
    const page = await openBrowser().newPage({ width: 1280 });
    await page.goto(`${inject('baseUrl')}${PLAIN_ARTICLE}`);
    await page.evaluate(() => document.fonts.ready);
    const perLine = await measureCharactersPerLine(page);
    expect(perLine).toBeGreaterThanOrEqual(58);
    expect(perLine).toBeLessThanOrEqual(76);
    await page.close();
  });

  it('loads only the font files a page uses: the Latin subsets, and an italic face only for italic text', async () => {
    const fontsOf = async (pathname: string) => {
      const page = await openBrowser().newPage();
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'font')
          fonts.push(new URL(request.url()).pathname.replace(/^\/_astro\/|\.[\w-]+\.woff2$/g, ''));
      });
      await page.goto(`${inject('baseUrl')}${pathname}`, { waitUntil: 'networkidle' });
      await page.close();
      return fonts.sort();
    };
    expect(await fontsOf(PLAIN_ARTICLE)).toEqual(['libre-franklin-latin-wght-normal', 'newsreader-latin-wght-normal']);
    // This one has an <em> in its text, at the body's weight: the static 400 italic, not the variable one.
    expect(await fontsOf(ARTICLE_WITH_IMAGE)).toEqual([
      'libre-franklin-latin-wght-normal',
      'newsreader-latin-400-italic',
      'newsreader-latin-wght-normal',
    ]);
    expect(await fontsOf('/')).toEqual(['libre-franklin-latin-wght-normal', 'newsreader-latin-wght-normal']);
  });

  it('keeps to one type scale: six sizes besides the headlines, and the sans serif in two weights', async () => {
    // Each size of each face is a font the browser sets up before its first layout, so a
    // stray 0.8rem costs time as well as consistency (docs/quality.md).
    const pages = [
      '/',
      '/regions/latin-america/',
      ARTICLE_WITH_IMAGE,
      '/authors/lena-brandt/',
      '/topics/strikes/',
      '/search/',
    ];
    for (const width of [390, 1280]) {
      const page = await openBrowser().newPage({ width });
      for (const pathname of pages) {
        await page.goto(`${inject('baseUrl')}${pathname}`);
        const { scale, offScale } = await findTextOffScale(page);
        expect(scale).toEqual([12, 14, 16, 18, 20, 24]);
        expect(offScale, `${pathname} at ${width} px`).toEqual([]);
      }
      await page.close();
    }
  });

  it('gives every picture its size up front, in AVIF and WebP with widths, the lead eager and the rest lazy', async () => {
    const page = await openBrowser().newPage({ width: 390, height: 844 });
    // Oceania's first page lists the cyclone story, which has a picture.
    for (const pathname of ['/', '/regions/oceania/', ARTICLE_WITH_IMAGE]) {
      await page.goto(`${inject('baseUrl')}${pathname}`);
      const images = await page.locator('main img').evaluateAll((elements: HTMLImageElement[]) =>
        elements.map((image) => ({
          width: image.getAttribute('width'),
          height: image.getAttribute('height'),
          srcset: image.getAttribute('srcset') ?? '',
          avif: image.parentElement?.querySelector('source[type="image/avif"]')?.getAttribute('srcset') ?? '',
          loading: image.getAttribute('loading'),
          lead: image.closest('.lead-image, .card-lead') !== null,
        })),
      );
      expect(images.length, pathname).toBeGreaterThan(0);
      for (const image of images) {
        expect(image.width, pathname).toMatch(/^\d+$/);
        expect(image.height, pathname).toMatch(/^\d+$/);
        // Several widths where the source is large enough (Astro never upscales a small one).
        expect(image.srcset, pathname).toMatch(/\.webp \d+w/);
        expect(image.avif, pathname).toMatch(/\.avif \d+w/);
        expect(image.loading, pathname).toBe(image.lead ? 'eager' : 'lazy');
      }
    }
    await expect(page.locator('figure.lead-image img').getAttribute('fetchpriority')).resolves.toBe('high');
    const leadWidths = (await page.locator('figure.lead-image img').getAttribute('srcset'))?.split(', ') ?? [];
    expect(leadWidths.length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('does not move while it loads (cumulative layout shift under 0.02)', async () => {
    const page = await openBrowser().newPage({ width: 390, height: 844 });
    await page.goto(`${inject('baseUrl')}${ARTICLE_WITH_IMAGE}`, { waitUntil: 'networkidle' });
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<
              PerformanceEntry & { value: number; hadRecentInput: boolean }
            >) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBeLessThan(0.02);
    await page.close();
  });

  it('lets a keyboard user skip to the content first, with a visible focus ring on every stop', async () => {
    const page = await openBrowser().newPage();
    await page.goto(`${inject('baseUrl')}${ARTICLE_WITH_IMAGE}`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      return {
        text: element.textContent,
        href: element.getAttribute('href'),
        visible: box.top >= 0 && box.bottom <= innerHeight && box.width > 0,
      };
    });
    expect(skip).toEqual({ text: 'Skip to content', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    for (let stop = 0; stop < 6; stop += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
    await page.close();
  });

  it('has a dark scheme for readers who prefer one: light ink on dark paper', async () => {
    const page = await openBrowser().newPage({ colorScheme: 'dark' });
    await page.goto(`${inject('baseUrl')}${ARTICLE_WITH_IMAGE}`);
    const luminance = await page.evaluate(() => {
      const channels = (color: string) => (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const light = (color: string) => channels(color).reduce((sum, channel) => sum + channel, 0) / 3;
      const body = getComputedStyle(document.body);
      return { paper: light(body.backgroundColor), ink: light(body.color) };
    });
    expect(luminance.paper).toBeLessThan(60);
    expect(luminance.ink).toBeGreaterThan(180);
    await page.close();
  });

  it('prints an article without navigation, sidebar, share links, tags or search, and with the address of each link', async () => {
    const page = await openBrowser().newPage({ colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(`${inject('baseUrl')}${ARTICLE_WITH_IMAGE}`);
    const hidden = await page.evaluate(() =>
      [
        '.skip-link',
        '.region-nav',
        'nav.share',
        '.region-tags',
        '.topic-tags',
        '.article-aside',
        '.more-in-region',
        '.site-footer nav',
        'form[role="search"]',
      ].flatMap((selector) =>
        Array.from(document.querySelectorAll(selector)).map(
          (element) => `${selector}: ${getComputedStyle(element).display}`,
        ),
      ),
    );
    expect(hidden.length).toBeGreaterThan(4);
    for (const line of hidden) expect(line).toMatch(/: none$/);
    const printed = await page.locator('.source-note a').evaluate((link) => getComputedStyle(link, '::after').content);
    expect(printed).toContain('https://');
    // Black on white even when the screen is dark.
    await expect(page.evaluate(() => getComputedStyle(document.body).color)).resolves.toBe('rgb(0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
