import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A video player an article may embed with `<iframe>`: the host, and the path its players live under. */
export interface TrustedEmbed {
  name: string;
  /** The host the player is served from (`www.youtube.com/embed/…` is moved to this one). */
  host: string;
  /** Other hosts of the same player, rewritten to `host`. */
  aliases: readonly string[];
  /** The player path, e.g. `/embed/<video id>`. */
  path: RegExp;
  /** Query parameters added to every player address (privacy switches). */
  params?: Readonly<Record<string, string>>;
}

/**
 * The players an article may embed. YouTube is moved to its no-cookie host and Vimeo is
 * told not to track, so a reader who never presses play is not followed by either.
 * Keep in step with `frame-src` in the Content-Security-Policy (src/data/page-head.ts, public/_headers).
 */
export const TRUSTED_EMBEDS: readonly TrustedEmbed[] = [
  {
    name: 'YouTube',
    host: 'www.youtube-nocookie.com',
    aliases: ['youtube-nocookie.com', 'www.youtube.com', 'youtube.com'],
    path: /^\/embed\/[\w-]{6,}$/,
  },
  { name: 'Vimeo', host: 'player.vimeo.com', aliases: [], path: /^\/video\/\d+$/, params: { dnt: '1' } },
];

/**
 * What a trusted player may do inside its frame: run its own scripts on its own origin,
 * go full screen and open the video on its site in a new tab. It may not navigate
 * the article, open forms or downloads, or reach the page around it.
 */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox';

/**
 * Lets an article embed a video from the players in {@link TRUSTED_EMBEDS} and nothing else.
 * Runs after rehype-sanitize, which lets `<iframe src title width height>` through with an
 * http(s) `src`: a frame from any other address is reported to the editor, with its line,
 * and removed; a frame whose address the sanitiser already dropped (`javascript:`) is removed.
 * A trusted frame gets a sandbox, lazy loading, a referrer policy and a title whatever the editor wrote.
 */
export function rehypeTrustedEmbeds({ embeds = TRUSTED_EMBEDS }: { embeds?: readonly TrustedEmbed[] } = {}) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'iframe' || !parent || index === undefined) return;
      const src = typeof node.properties['src'] === 'string' ? node.properties['src'] : undefined;
      const player = src === undefined ? undefined : toTrustedPlayer(src, embeds);
      if (!player) {
        if (src !== undefined) {
          const allowed = embeds
            .map((embed) => `${embed.name} (https://${embed.host}${describePath(embed.path)})`)
            .join(' and ');
          file.message(
            `<iframe src="${src}">: only videos from ${allowed} can be embedded; link to anything else instead`,
            node,
          );
        }
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const title =
        typeof node.properties['title'] === 'string' && node.properties['title'].trim()
          ? node.properties['title']
          : `Video from ${player.embed.name}`;
      node.properties = {
        src: player.url,
        title,
        ...pickDimension('width', node.properties['width']),
        ...pickDimension('height', node.properties['height']),
        className: ['embed'],
        sandbox: EMBED_SANDBOX.split(' '),
        allow: 'fullscreen; picture-in-picture; encrypted-media',
        allowFullScreen: true,
        loading: 'lazy',
        // YouTube refuses to play in a frame that sends no referrer; the origin is all it gets.
        referrerPolicy: 'strict-origin-when-cross-origin',
      };
      node.children = [];
      return SKIP;
    });
  };
}

/** The player address to use for `src`, or nothing when it is not a trusted player. */
function toTrustedPlayer(
  src: string,
  embeds: readonly TrustedEmbed[],
): { url: string; embed: TrustedEmbed } | undefined {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.port) return undefined;
  const embed = embeds.find((candidate) => candidate.host === url.hostname || candidate.aliases.includes(url.hostname));
  if (!embed || !embed.path.test(url.pathname)) return undefined;
  url.protocol = 'https:';
  url.hostname = embed.host;
  for (const [key, value] of Object.entries(embed.params ?? {})) url.searchParams.set(key, value);
  return { url: url.href, embed };
}

function pickDimension(name: 'width' | 'height', value: unknown): Record<string, string> {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^\d{1,4}$/.test(text) ? { [name]: text } : {};
}

function describePath(path: RegExp): string {
  // `/^\/embed\/[\w-]{6,}$/` → `/embed/…`
  return path.source
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replaceAll('\\/', '/')
    .replace(/\/[^/]*$/, '/…');
}
