import { describe, expect, it } from 'vitest';
import { buildRobotsTxt } from '../../src/lib/robots';

describe('buildRobotsTxt', () => {
  it('allows every crawler and names each sitemap on its own line', () => {
    expect(
      buildRobotsTxt({
        sitemaps: ['https://news.example.org/sitemap-index.xml', 'https://news.example.org/news-sitemap.xml'],
      }),
    ).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap-index.xml\nSitemap: https://news.example.org/news-sitemap.xml\n',
    );
  });
});
