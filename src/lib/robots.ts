/**
 * `robots.txt`: every page may be crawled, and the sitemaps are named by their
 * absolute addresses (the one place crawlers look for them).
 */
export function buildRobotsTxt({ sitemaps }: { sitemaps: readonly string[] }): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((url) => `Sitemap: ${url}`), ''].join('\n');
}
