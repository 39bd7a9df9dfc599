import { describe, expect, it } from 'vitest';
import { getShareLinks } from '../../src/lib/share-links';

const url = 'https://news.example.org/articles/peru-strike/?ref=a&b=c';
const title = 'Peru’s strike: “We will not stop” & more';
const links = getShareLinks({ url, title });
const hrefOf = (network: string) => links.find((link) => link.network === network)?.href ?? '';

describe('getShareLinks', () => {
  it('offers Facebook, X and email, in that order, each with a label', () => {
    expect(links.map((link) => [link.network, link.label])).toEqual([
      ['facebook', 'Facebook'],
      ['x', 'X (Twitter)'],
      ['email', 'Email'],
    ]);
  });

  it('passes the article URL to Facebook encoded', () => {
    const href = new URL(hrefOf('facebook'));
    expect(href.origin + href.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(href.searchParams.get('u')).toBe(url);
    expect(hrefOf('facebook')).not.toContain('&b=c');
  });

  it('passes the URL and the headline to X encoded', () => {
    const href = new URL(hrefOf('x'));
    expect(href.origin + href.pathname).toBe('https://x.com/intent/post');
    expect(href.searchParams.get('url')).toBe(url);
    expect(href.searchParams.get('text')).toBe(title);
    expect([...href.searchParams.keys()]).toEqual(['url', 'text']);
  });

  it('shares by email with a mailto link: the headline as subject, the URL as body', () => {
    const href = hrefOf('email');
    expect(href.startsWith('mailto:?')).toBe(true);
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe(title);
    expect(params.get('body')).toBe(url);
  });

  it('leaves no raw space, ampersand or quote from the headline in any link', () => {
    for (const link of links) {
      expect(link.href, link.network).not.toMatch(/[ "“”’]/);
      expect(link.href.split('&').length, link.network).toBeLessThanOrEqual(2);
    }
  });
});
