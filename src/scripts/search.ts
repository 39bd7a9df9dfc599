// The search page's results (/search/). The page itself is a plain GET form; this script reads
// the address (?q=…), searches every Pagefind bundle the build wrote (pagefind/bundles.json: one
// per language, see src/lib/search-bundles.ts), and lists the results in the page's own markup.
// It is bundled by Astro into /_astro/ and loads Pagefind from /pagefind/: nothing inline, nothing
// from elsewhere.

import type { SearchBundleManifest } from '../lib/search-bundles';
import {
  describeSearchResults,
  hasSearch,
  readSearchQuery,
  toPagefindOptions,
  writeSearchQuery,
  type PagefindSearchOptions,
  type SearchQuery,
} from '../lib/search-query';
import { mergeSearchResults, type MergedResults, type SearchHit } from '../lib/search-results';

/** Results shown at once, and added by "Show more results". */
const PAGE_SIZE = 10;
const MANIFEST_URL = '/pagefind/bundles.json';

/** A result's data as Pagefind loads it; the metadata comes from the article page's data-pagefind-meta. */
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; description?: string; date?: string; region?: string; published?: string; lang?: string };
}

/** The part of Pagefind's browser API (pagefind.js) this page uses. */
interface PagefindModule {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: Array<SearchHit<ResultData>> }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');

if (form && input && status && list && more) {
  for (const note of document.querySelectorAll<HTMLElement>('[data-search-needs-js]')) note.hidden = true;
  let bundles: Promise<PagefindModule[]> | undefined;
  let results: MergedResults<ResultData> | undefined;
  let searchId = 0;

  /** Imports one Pagefind instance per bundle. Each bundle's pagefind.js is its own module, with its own stemmer. */
  const loadBundles = (): Promise<PagefindModule[]> =>
    (bundles ??= (async () => {
      const manifestUrl = new URL(MANIFEST_URL, window.location.href);
      const response = await fetch(manifestUrl);
      if (!response.ok) throw new Error(`No search index (${response.status} for ${manifestUrl.pathname})`);
      const manifest = (await response.json()) as SearchBundleManifest;
      return Promise.all(
        manifest.bundles.map(async (bundle) => {
          const pagefind = (await import(
            /* @vite-ignore */ new URL(`${bundle.path}pagefind.js`, manifestUrl).href
          )) as PagefindModule;
          await pagefind.options({ excerptLength: 24 });
          return pagefind;
        }),
      );
    })().catch((error: unknown) => {
      // Let the next search try again (a dropped connection, say).
      bundles = undefined;
      throw error;
    }));

  const readForm = (): SearchQuery => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    return readSearchQuery(params);
  };

  /** Puts a search from the address into the form. */
  const fillForm = (query: SearchQuery): void => {
    input.value = query.text;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="region"]'))
      box.checked = query.regions.includes(box.value);
    for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
      const value =
        select.name === 'topic' ? query.topic : select.name === 'sort' && query.sort !== 'relevance' ? query.sort : '';
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    }
  };

  const run = async (query: SearchQuery): Promise<void> => {
    const id = ++searchId;
    more.hidden = true;
    if (!hasSearch(query)) {
      results = undefined;
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    list.setAttribute('aria-busy', 'true');
    // Emptied first, so that the same words searched again are announced again.
    status.textContent = '';
    try {
      const instances = await loadBundles();
      const options = toPagefindOptions(query);
      const searches = await Promise.all(instances.map((pagefind) => pagefind.search(query.text || null, options)));
      if (id !== searchId) return;
      const merged = mergeSearchResults(
        searches.map((search) => search.results),
        query.sort,
      );
      const first = await merged.next(PAGE_SIZE);
      if (id !== searchId) return;
      results = merged;
      list.replaceChildren(...first.map(renderResult));
      status.textContent = describeSearchResults(query, merged.total);
      more.hidden = merged.remaining === 0;
    } catch (error) {
      if (id !== searchId) return;
      console.error(error);
      results = undefined;
      list.replaceChildren();
      status.textContent = 'Search is not available right now. Try again later, or browse the regions and topics.';
    } finally {
      if (id === searchId) list.removeAttribute('aria-busy');
    }
  };

  /** Searches what the form holds and keeps it in the address, so the search can be shared and the Back button works. */
  const submit = (): void => {
    const query = readForm();
    const params = writeSearchQuery(query).toString();
    const url = `${window.location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url);
    void run(query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  // A filter or the order applies as soon as it changes, as on a shop's listing.
  form.addEventListener('change', (event) => {
    if (event.target !== input) submit();
  });
  more.addEventListener('click', async () => {
    const current = results;
    if (!current) return;
    const page = await current.next(PAGE_SIZE);
    if (current !== results) return;
    const items = page.map(renderResult);
    list.append(...items);
    more.hidden = current.remaining === 0;
    // Keyboard and screen reader users carry on from the first new result, not from the button.
    items[0]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    const query = readSearchQuery(new URLSearchParams(window.location.search));
    fillForm(query);
    void run(query);
  });

  const initial = readSearchQuery(new URLSearchParams(window.location.search));
  fillForm(initial);
  void run(initial);
  // Start Pagefind while the reader types the first search.
  input.addEventListener(
    'focus',
    () =>
      void loadBundles()
        .then((instances) => Promise.all(instances.map((pagefind) => pagefind.init())))
        .catch(() => undefined),
    { once: true },
  );
}

/** One result: headline link, region and date, dek, and the passage that matched. */
function renderResult(result: ResultData): HTMLLIElement {
  const { meta } = result;
  const lang = meta.lang || undefined;
  const item = document.createElement('li');
  item.className = 'search-result';

  const heading = document.createElement('h2');
  heading.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = meta.title ?? result.url;
  setLang(link, lang);
  heading.append(link);

  const line = document.createElement('p');
  line.className = 'search-result-meta';
  if (meta.region) {
    const region = document.createElement('span');
    region.className = 'search-result-region';
    region.textContent = meta.region;
    line.append(region);
  }
  if (meta.date) {
    if (meta.region) {
      const dot = document.createElement('span');
      dot.setAttribute('aria-hidden', 'true');
      dot.textContent = ' · ';
      line.append(dot);
    }
    const date = document.createElement('time');
    if (meta.published) date.dateTime = meta.published;
    date.textContent = meta.date;
    setLang(date, lang);
    line.append(date);
  }

  item.append(heading, line);
  if (meta.description) {
    const dek = document.createElement('p');
    dek.className = 'search-result-dek';
    dek.textContent = meta.description;
    setLang(dek, lang);
    item.append(dek);
  }
  if (result.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    // Pagefind escapes the page's text and adds only <mark> around the words found.
    excerpt.innerHTML = `…${result.excerpt}…`;
    setLang(excerpt, lang);
    item.append(excerpt);
  }
  return item;
}

function setLang(element: HTMLElement, lang: string | undefined): void {
  if (lang) element.lang = lang;
}
