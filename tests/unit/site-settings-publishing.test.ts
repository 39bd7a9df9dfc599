import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK_SITE_URL, loadSiteSettings, resolveSiteUrl, SiteConfigError } from '../../src/lib/site-config';

// The publishing settings of content/site.yaml: url, logo, social accounts, promo and the news sitemap window.
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-settings-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(yaml: string) {
  const file = path.join(dir, `site-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(file, yaml);
  return loadSiteSettings(file);
}

describe('loadSiteSettings with publishing settings', () => {
  it('reads the address, logo, accounts, promo and news window', async () => {
    const settings = await load(
      [
        'name: Broadsheet',
        'url: https://news.example.org',
        'logo: /logo.svg',
        'social:',
        '  x: "@broadsheetnews"',
        '  mastodon: "@broadsheet@social.example"',
        '  bluesky: broadsheet.bsky.social',
        'promo:',
        '  title: The Picket Line',
        '  text: Our weekly podcast.',
        '  url: https://podcasts.example.org/the-picket-line',
        '  label: Listen',
        'newsSitemapDays: 3',
      ].join('\n'),
    );
    expect(settings).toMatchObject({
      url: 'https://news.example.org',
      logo: '/logo.svg',
      social: { x: 'broadsheetnews', mastodon: '@broadsheet@social.example', bluesky: 'broadsheet.bsky.social' },
      promo: {
        title: 'The Picket Line',
        text: 'Our weekly podcast.',
        url: 'https://podcasts.example.org/the-picket-line',
        label: 'Listen',
      },
      newsSitemapDays: 3,
    });
  });

  it('defaults to no address, the standard logo, no accounts, no promo and a two-day news window', async () => {
    const settings = await load('name: Broadsheet');
    expect(settings.url).toBeUndefined();
    expect(settings.logo).toBe('/logo.svg');
    expect(settings.social).toEqual({});
    expect(settings.promo).toBeUndefined();
    expect(settings.newsSitemapDays).toBe(2);
  });

  it('rejects an address that is not a web address, naming the field', async () => {
    await expect(load('name: B\nurl: news.example.org')).rejects.toThrow(/url: must be the site’s address/);
  });

  it('rejects a promo without its link words, and an X handle with spaces', async () => {
    await expect(load('name: B\npromo:\n  title: T\n  text: T\n  url: /podcast/')).rejects.toThrow(SiteConfigError);
    await expect(load('name: B\nsocial:\n  x: broad sheet')).rejects.toThrow(/social\.x: must be an X handle/);
  });
});

describe('resolveSiteUrl', () => {
  it('takes SITE_URL from the environment first', () => {
    expect(resolveSiteUrl({ url: 'https://news.example.org' }, { SITE_URL: 'https://staging.example.org' })).toBe(
      'https://staging.example.org',
    );
  });

  it('then url from content/site.yaml', () => {
    expect(resolveSiteUrl({ url: 'https://news.example.org' }, {})).toBe('https://news.example.org');
    expect(resolveSiteUrl({ url: 'https://news.example.org' }, { SITE_URL: '  ' })).toBe('https://news.example.org');
  });

  it('then the local preview address', () => {
    expect(resolveSiteUrl({ url: undefined }, {})).toBe(FALLBACK_SITE_URL);
  });
});
