import { describe, expect, it } from 'vitest';
import { renameFontFamily, setFontWeightRange } from '../../src/lib/font-faces';

const face = (family: string, weight: string, file: string) =>
  `@font-face {\n  font-family: '${family}';\n  font-style: italic;\n  font-weight: ${weight};\n  src: url(./files/${file}) format('woff2');\n}\n`;

describe('renameFontFamily', () => {
  it('renames the family of every face and leaves the rest of the rule alone', () => {
    const css = face('Newsreader', '400', 'latin.woff2') + face('Newsreader', '400', 'latin-ext.woff2');
    expect(renameFontFamily(css, 'Newsreader', 'Newsreader Variable')).toBe(
      (face('Newsreader Variable', '400', 'latin.woff2') + face('Newsreader Variable', '400', 'latin-ext.woff2')).replaceAll(
        "font-family: 'Newsreader Variable'",
        "font-family:'Newsreader Variable'",
      ),
    );
  });

  it('reads minified rules, where the name may lose its quotes', () => {
    const minified = '@font-face{font-family:Newsreader;font-style:italic;font-weight:400;src:url(/a.woff2)}';
    expect(renameFontFamily(minified, 'Newsreader', 'Newsreader Variable')).toBe(
      "@font-face{font-family:'Newsreader Variable';font-style:italic;font-weight:400;src:url(/a.woff2)}",
    );
  });

  it('leaves a longer family name that starts the same alone', () => {
    const css = face('Newsreader Display', '400', 'a.woff2');
    expect(() => renameFontFamily(css, 'Newsreader', 'X')).toThrow(/found 0 of 1/);
  });

  it('fails, naming what it expected, when a face has another family or there is no face', () => {
    const mixed = face('Newsreader', '400', 'a.woff2') + face('Literata', '400', 'b.woff2');
    expect(() => renameFontFamily(mixed, 'Newsreader', 'X')).toThrow(/named 'Newsreader', found 1 of 2/);
    expect(() => renameFontFamily('body { color: red }', 'Newsreader', 'X')).toThrow(/found 0 of 0/);
  });
});

describe('setFontWeightRange', () => {
  it('narrows the weight range of every face', () => {
    const css = face('Newsreader Variable', '200 800', 'latin.woff2');
    expect(setFontWeightRange(css, '200 800', '401 800')).toBe(
      face('Newsreader Variable', '401 800', 'latin.woff2').replace('font-weight: 401 800', 'font-weight:401 800'),
    );
    expect(setFontWeightRange('@font-face{font-weight:200 800;src:url(/a.woff2)}', '200 800', '401 800')).toBe(
      '@font-face{font-weight:401 800;src:url(/a.woff2)}',
    );
  });

  it('fails when a face has another range', () => {
    const css = face('Newsreader Variable', '200 800', 'a.woff2') + face('Newsreader Variable', '300 900', 'b.woff2');
    expect(() => setFontWeightRange(css, '200 800', '401 800')).toThrow(/font-weight 200 800, found 1 of 2/);
  });
});
