import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';

/** The directives the site understands, as `type:name`; anything else is the editor's own text. */
const KNOWN_DIRECTIVES = new Set(['leafDirective:related']);

/**
 * Puts back, as written, any `:name`, `::name` or `:::name` that is not a directive
 * the site knows. Directive syntax would otherwise swallow ordinary prose such as
 * "Ratio:2" or a stray "::" line, and content must never silently disappear.
 */
export function remarkRestoreUnknownDirectives() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      if (KNOWN_DIRECTIVES.has(`${node.type}:${node.name}`) || !parent || index === undefined) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const literal: Text = { type: 'text', value: source.slice(start, end) };
      if (node.type === 'textDirective') {
        parent.children.splice(index, 1, literal);
      } else {
        parent.children.splice(index, 1, { type: 'paragraph', children: [literal] } as never);
      }
      return [SKIP, index + 1];
    });
  };
}
