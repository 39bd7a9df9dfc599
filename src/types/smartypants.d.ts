// smartypants (the JavaScript port of John Gruber's SmartyPants) ships no types.
// Only the function Broadsheet calls is declared.
declare module 'smartypants' {
  /**
   * Educates the quotes, dashes and ellipses of an HTML string, leaving tags and
   * the text inside pre, code, kbd, script and math alone, and returns the
   * result with Unicode characters rather than entities. `attributes` selects
   * the conversions: "1" is quotes, `--` as an em dash, `...` as an ellipsis and
   * ``backticks''.
   */
  export function smartypantsu(html: string, attributes?: string): string;
}
