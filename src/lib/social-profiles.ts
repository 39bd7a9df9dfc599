/** One of the newsroom's accounts, as a link. */
export interface SocialProfile {
  network: 'x' | 'mastodon' | 'bluesky';
  /** The network's name, the link's words. */
  label: string;
  url: string;
}

/** The `social:` block of content/site.yaml. */
export interface SocialAccounts {
  x?: string | undefined;
  mastodon?: string | undefined;
  bluesky?: string | undefined;
}

/**
 * The newsroom's accounts as profile links, in a fixed order: X, Mastodon, Bluesky.
 * A Mastodon account written `@name@server` becomes `https://server/@name`.
 */
export function getSocialProfiles(social: SocialAccounts): SocialProfile[] {
  const profiles: SocialProfile[] = [];
  if (social.x) profiles.push({ network: 'x', label: 'X', url: `https://x.com/${social.x.replace(/^@/, '')}` });
  if (social.mastodon) profiles.push({ network: 'mastodon', label: 'Mastodon', url: getMastodonUrl(social.mastodon) });
  if (social.bluesky)
    profiles.push({
      network: 'bluesky',
      label: 'Bluesky',
      url: `https://bsky.app/profile/${social.bluesky.replace(/^@/, '')}`,
    });
  return profiles;
}

function getMastodonUrl(account: string): string {
  if (/^https?:\/\//.test(account)) return account;
  const handle = /^@?([^@\s/]+)@([^@\s/]+)$/.exec(account);
  return handle ? `https://${handle[2]}/@${handle[1]}` : account;
}

/** The words for a link to a writer's page elsewhere: its site, `mastodon.social`, `example.org`. */
export function labelProfileLink(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
