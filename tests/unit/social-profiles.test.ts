import { describe, expect, it } from 'vitest';
import { getSocialProfiles, labelProfileLink } from '../../src/lib/social-profiles';

describe('getSocialProfiles', () => {
  it('links each account to its profile page, X then Mastodon then Bluesky', () => {
    expect(
      getSocialProfiles({
        bluesky: 'broadsheet.bsky.social',
        mastodon: '@broadsheet@social.example',
        x: 'broadsheetnews',
      }),
    ).toEqual([
      { network: 'x', label: 'X', url: 'https://x.com/broadsheetnews' },
      { network: 'mastodon', label: 'Mastodon', url: 'https://social.example/@broadsheet' },
      { network: 'bluesky', label: 'Bluesky', url: 'https://bsky.app/profile/broadsheet.bsky.social' },
    ]);
  });

  it('keeps a Mastodon profile given as an address', () => {
    expect(getSocialProfiles({ mastodon: 'https://social.example/@broadsheet' })[0]?.url).toBe(
      'https://social.example/@broadsheet',
    );
  });

  it('accepts handles written with an @', () => {
    expect(
      getSocialProfiles({ x: '@broadsheetnews', bluesky: '@broadsheet.bsky.social' }).map((profile) => profile.url),
    ).toEqual(['https://x.com/broadsheetnews', 'https://bsky.app/profile/broadsheet.bsky.social']);
  });

  it('lists nothing when the site has no accounts', () => {
    expect(getSocialProfiles({})).toEqual([]);
  });
});

describe('labelProfileLink', () => {
  it('names a writer’s page elsewhere by its site, without www.', () => {
    expect(labelProfileLink('https://social.example/@jrojas')).toBe('social.example');
    expect(labelProfileLink('https://www.lenabrandt.example/about')).toBe('lenabrandt.example');
  });
});
