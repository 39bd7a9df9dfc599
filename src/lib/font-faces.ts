// Small edits to the @font-face rules that @fontsource packages ship, so faces from two
// packages can serve one font family. The rules arrive as written or minified (Vite inlines
// them minified), so declarations are matched with or without spaces and quotes. Each edit
// fails the build when a rule lacks what it expects: a package that changed its CSS must not
// quietly change which file a page loads.

/** Gives every `@font-face` in `css` named `from` the family name `to`. */
export function renameFontFamily(css: string, from: string, to: string): string {
  const declaration = new RegExp(`font-family\\s*:\\s*(['"]?)${escapeRegExp(from)}\\1\\s*(?=[;}])`, 'g');
  return replaceInEveryFontFace(css, declaration, `font-family:'${to}'`, `named '${from}'`);
}

/** Sets the `font-weight` range of every `@font-face` in `css` that has the range `from` ("200 800"). */
export function setFontWeightRange(css: string, from: string, to: string): string {
  const [low, high] = from.split(/\s+/);
  const declaration = new RegExp(`font-weight\\s*:\\s*${low}\\s+${high}\\s*(?=[;}])`, 'g');
  return replaceInEveryFontFace(css, declaration, `font-weight:${to}`, `with font-weight ${from}`);
}

function replaceInEveryFontFace(css: string, declaration: RegExp, replacement: string, described: string): string {
  const faces = css.match(/@font-face/g)?.length ?? 0;
  const found = css.match(declaration)?.length ?? 0;
  if (faces === 0 || found !== faces)
    throw new Error(
      `Expected every @font-face rule to be ${described}, found ${found} of ${faces}: has the font package changed its CSS?`,
    );
  return css.replace(declaration, replacement);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
