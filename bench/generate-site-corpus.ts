// Writes a generated archive in the content format: `<out>/site.yaml`,
// `<out>/regions.yaml` and `<out>/articles/<year>/<slug>.md`, with topics,
// regions, bylines, dates and subheadings spread like a real archive. The same
// count and seed always give the same files.
//
//   npx tsx bench/generate-site-corpus.ts --count 5000 --seed 1 --out bench/.work/corpus-5000
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { createRandom, generateRelatedCorpus } from './related-corpus';

/** Options of {@link writeSiteCorpus}. */
export interface SiteCorpusOptions {
  count: number;
  seed: number;
  outDir: string;
}

const FIRST_NAMES = ['Ana', 'Bruno', 'Carmen', 'Dario', 'Elena', 'Farid', 'Gloria', 'Hugo', 'Inés', 'Jonas', 'Kwame', 'Lucía', 'Mei', 'Nadia', 'Omar', 'Priya'];
const LAST_NAMES = ['Álvarez', 'Baptiste', 'Cruz', 'Dlamini', 'Esposito', 'Fischer', 'García', 'Haddad', 'Ibáñez', 'Jansen', 'Kowalski', 'López', 'Mensah', 'Novak', 'Okafor', 'Pereira'];

/** Writes the corpus and returns how many articles and bytes of Markdown it holds. */
export async function writeSiteCorpus({ count, seed, outDir }: SiteCorpusOptions): Promise<{ articles: number; bytes: number }> {
  const corpus = generateRelatedCorpus({ size: count, seed, draftShare: 0, pinShare: 0 });
  const random = createRandom(seed + 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const authors = Array.from({ length: 24 + Math.round(count / 200) }, (_, i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}${i >= 256 ? ` ${i}` : ''}`);
  const regionIds = [...new Set(corpus.flatMap((article) => article.input.regions))].sort();

  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, 'articles'), { recursive: true });
  await writeFile(path.join(outDir, 'site.yaml'), stringify({ name: 'Broadsheet Bench', tagline: 'A generated archive', language: 'en', timeZone: 'UTC', pageSize: 20 }));
  await writeFile(
    path.join(outDir, 'regions.yaml'),
    stringify(regionIds.map((id) => ({ id, name: id.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' '), description: `Generated coverage of ${id}.` }))),
  );

  let bytes = 0;
  const folders = new Set<string>();
  for (const { input } of corpus) {
    const year = String(input.date.getUTCFullYear());
    const folder = path.join(outDir, 'articles', year);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    const frontmatter = {
      title: input.title,
      description: input.description,
      author: random() < 0.15 ? [pick(authors), pick(authors)].filter((name, i, all) => all.indexOf(name) === i) : pick(authors),
      date: input.date.toISOString().slice(0, 10),
      regions: input.regions,
      topics: input.topics,
      ...(input.lang === 'en' ? {} : { lang: input.lang }),
    };
    const paragraphs = input.body.split('\n\n');
    const body = paragraphs
      .map((paragraph, i) => (i > 0 && i % 4 === 0 ? `## ${paragraph.split(' ').slice(0, 5).join(' ').replace(/\.$/, '')}\n\n${paragraph}` : paragraph))
      .join('\n\n');
    const text = `---\n${stringify(frontmatter)}---\n\n${body}\n`;
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(folder, `${input.slug}.md`), text);
  }
  return { articles: corpus.length, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const count = Number(values.count);
  const outDir = path.resolve(values.out ?? `bench/.work/corpus-${count}`);
  const { articles, bytes } = await writeSiteCorpus({ count, seed: Number(values.seed), outDir });
  console.log(`${articles} articles, ${(bytes / 1e6).toFixed(1)} MB of Markdown in ${outDir}`);
}
