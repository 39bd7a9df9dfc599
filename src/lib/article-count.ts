/** "1 article", "12 articles": how lists, pages, search and the content check count articles. */
export function formatArticleCount(count: number): string {
  return count === 1 ? '1 article' : `${count} articles`;
}
