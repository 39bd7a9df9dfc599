import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addStyleSourcesToHeaders,
  clearInlineStyleSources,
  getPublishedInlineStyleSources,
  publishInlineStyleSource,
} from '../../src/lib/style-policy';

const HASH = "'sha256-Z2gv1fPzEwX3X9wjdAbvOyTq7jvDmJ8tBpZ8i9JRuAk='";
const OTHER = "'sha256-ZfO9v0w2Jq1QbXt0vS5u8oC5m3ZkqP0rJ9X0b5bWqSM='";
const publicHeaders = readFileSync(path.resolve(import.meta.dirname, '../../public/_headers'), 'utf8');

describe('addStyleSourcesToHeaders', () => {
  it("adds the stylesheet's hash to the style-src of the site's own _headers and changes nothing else", () => {
    const filled = addStyleSourcesToHeaders(publicHeaders, [HASH]);
    expect(filled).toBe(publicHeaders.replace("style-src 'self';", `style-src 'self' ${HASH};`));
  });

  it('keeps what a style-src allows already and does not repeat a source', () => {
    const headers =
      "/*\n  Content-Security-Policy: default-src 'self'; style-src 'self' " + HASH + "; img-src 'self'\n";
    expect(addStyleSourcesToHeaders(headers, [HASH, OTHER])).toBe(
      `/*\n  Content-Security-Policy: default-src 'self'; style-src 'self' ${HASH} ${OTHER}; img-src 'self'\n`,
    );
  });

  it('fills every policy in the file, a style-src at the end of one included', () => {
    const headers =
      "/*\n  Content-Security-Policy: style-src 'self'\n/search/*\n  Content-Security-Policy: style-src 'self'\n";
    expect(
      addStyleSourcesToHeaders(headers, [HASH]).match(new RegExp(HASH.replace(/[+/=]/g, '\\$&'), 'g')),
    ).toHaveLength(2);
  });

  it('stops the build when there is a hash to add and no policy with a style-src to take it', () => {
    expect(() => addStyleSourcesToHeaders('/*\n  X-Frame-Options: DENY\n', [HASH])).toThrow(
      'public/_headers has no Content-Security-Policy with a style-src',
    );
    // With nothing to add, a file without a policy is left as it is.
    expect(addStyleSourcesToHeaders('/*\n  X-Frame-Options: DENY\n', [])).toBe('/*\n  X-Frame-Options: DENY\n');
  });
});

describe('publishInlineStyleSource', () => {
  afterEach(() => clearInlineStyleSources());

  it('hands the sources over once each, in order, until cleared for the next build', () => {
    clearInlineStyleSources();
    publishInlineStyleSource(HASH);
    publishInlineStyleSource(OTHER);
    publishInlineStyleSource(HASH);
    expect(getPublishedInlineStyleSources()).toEqual([HASH, OTHER]);
    clearInlineStyleSources();
    expect(getPublishedInlineStyleSources()).toEqual([]);
  });
});
