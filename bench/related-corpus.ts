// A deterministic generator of labelled corpora for the related-articles
// benchmarks. Articles are made of words; what makes two of them related is
// only that they were written from the same topic's vocabulary. The text is
// deliberately unkind: topic vocabularies overlap, most of every body is filler
// shared by the whole site, place names follow the (random) regions, and a fifth
// of the articles are in Spanish with their own inflections.

import type { RelatedArticleInput } from '../src/lib/related';

/** One generated article with the topics it was written from. */
export interface GeneratedArticle {
  input: RelatedArticleInput;
  /** The topics the text was generated from (the ground truth), whatever `input.topics` says. */
  labels: string[];
}

/** Knobs for `generateRelatedCorpus`; every one has a default. */
export interface CorpusOptions {
  size: number;
  seed?: number;
  /** Share of articles in Spanish. */
  spanishShare?: number;
  /** How many topics; by default grows with the corpus (one per 120 articles, at least 20). */
  topicCount?: number;
  /** Share of articles with one or two editors' pins (some pointing at slugs that do not exist). */
  pinShare?: number;
  /** Share of drafts. */
  draftShare?: number;
}

/** A seeded PRNG (sfc32): the same seed gives the same corpus on every machine. */
export function createRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

// Real function words: the engine must drop them through its stop-word lists.
const FUNCTION_WORDS = {
  en: 'the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
    ' ',
  ),
  es: 'el la de que y a en un ser se no haber por con su para como estar tener le lo todo pero más hacer o poder decir este ir otro ese la si me ya ver porque dar cuando él muy sin vez mucho saber qué sobre mi alguno mismo yo también hasta año dos querer entre así primero desde grande eso ni nos llegar pasar tiempo ella sí día uno bien poco deber entonces poner cosa tanto hombre parecer nuestro tan donde ahora parte después vida quedar siempre creer hablar llevar dejar nada cada seguir menos nuevo encontrar algo solo los las del al una unos unas es fue son han había sus está están dijo según durante mientras'.split(
    ' ',
  ),
} as const;

const SYLLABLES = {
  en: 'ba be bi bo bu ca co cu da de di do fa fe fi fo ga ge go ha he hi ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi wa we wi ya yo za ze bar ber cor dan den fen gar hol kin lan len lor man mer mon nor par per ran ren sel ser son tan ter tor van ver win'.split(
    ' ',
  ),
  es: 'ba be bi bo bu ca ce ci co cu cha che chi cho da de di do du fa fe fi fo ga gue go gu ja je ji jo ju la le li lo lu lla lle llo ma me mi mo mu na ne ni no nu ña ño pa pe pi po pu que qui ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za zo bran cal can cor dar fal gan lan mar mien nal par ran sal tar tor ven'.split(
    ' ',
  ),
} as const;

// Inflections applied to a lemma, so stemming has real work to do ("huelga"/"huelgas").
const ENDINGS = {
  en: ['', '', 's', 'ed', 'ing', 'er', 'ers', 'ation'],
  es: ['a', 'as', 'o', 'os', 'ación', 'aciones', 'ar', 'ando', 'ado', 'ista', 'istas'],
} as const;

type Lang = 'en' | 'es';

interface Lexeme {
  lemma: string;
  /** Proper names keep their form in both languages and are never inflected. */
  proper: boolean;
}

const REGIONS = [
  'latin-america',
  'andes',
  'southern-cone',
  'caribbean',
  'central-america',
  'north-america',
  'western-europe',
  'southern-europe',
  'eastern-europe',
  'nordics',
  'west-africa',
  'east-africa',
  'southern-africa',
  'north-africa',
  'middle-east',
  'south-asia',
  'east-asia',
  'southeast-asia',
  'oceania',
  'central-asia',
];

const NAMED_TOPICS = [
  'Strikes',
  'pensions',
  'elections',
  'climate',
  'housing',
  'migration',
  'health',
  'education',
  'mining',
  'courts',
  'police',
  'farming',
  'energy',
  'water',
  'press-freedom',
  'corruption',
  'transport',
  'tourism',
  'fisheries',
  'indigenous-rights',
  'technology',
  'trade',
  'debt',
  'football',
];

/** Builds `options.size` articles; the same options always give the same corpus. */
export function generateRelatedCorpus(options: CorpusOptions): GeneratedArticle[] {
  const { size, seed = 1, spanishShare = 0.2, pinShare = 0, draftShare = 0 } = options;
  const topicCount = options.topicCount ?? Math.max(20, Math.round(size / 120));
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

  const usedWords = new Set<string>();
  const makeWord = (lang: Lang, syllables: number): string => {
    for (;;) {
      let word = '';
      for (let i = 0; i < syllables; i++) word += pick(SYLLABLES[lang]);
      if (!usedWords.has(word)) {
        usedWords.add(word);
        return word;
      }
      syllables += random() < 0.3 ? 1 : 0;
    }
  };
  const makeName = (): string => {
    const word = makeWord(random() < 0.5 ? 'en' : 'es', between(2, 3));
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const makeLexicon = (lang: Lang, count: number): Lexeme[] =>
    Array.from({ length: count }, () => ({ lemma: makeWord(lang, between(2, 3)), proper: false }));

  // Topic vocabularies: 30 own lemmas per language and 6 proper names, then each
  // topic borrows 10 lemmas from a sibling and a random other topic.
  const topicNames = Array.from(
    { length: topicCount },
    (_, i) => NAMED_TOPICS[i] ?? `topic-${String(i + 1).padStart(3, '0')}`,
  );
  const own = topicNames.map(() => ({
    en: makeLexicon('en', 30),
    es: makeLexicon('es', 30),
    names: Array.from({ length: 6 }, (): Lexeme => ({ lemma: makeName(), proper: true })),
  }));
  const vocabularies = own.map((mine, i) => {
    const sibling = own[(i + 1) % topicCount]!;
    const other = own[Math.floor(random() * topicCount)]!;
    const borrow = (lang: Lang): Lexeme[] => [...sibling[lang].slice(0, 6), ...other[lang].slice(6, 10)];
    return {
      en: [...mine.en, ...borrow('en'), ...mine.names],
      es: [...mine.es, ...borrow('es'), ...mine.names],
    };
  });

  // Filler shared by every article: function words plus a long Zipfian tail of general words.
  const filler = { en: makeLexicon('en', 3000), es: makeLexicon('es', 3000) };
  const places = REGIONS.map(() => Array.from({ length: 4 }, (): Lexeme => ({ lemma: makeName(), proper: true })));

  const topicWeights = zipfWeights(topicCount, 0.7);
  const regionWeights = zipfWeights(REGIONS.length, 0.6);
  const fillerWeights = zipfWeights(3000, 1);
  const topicWordWeights = zipfWeights(46, 0.5);

  const inflect = (lexeme: Lexeme, lang: Lang): string =>
    lexeme.proper ? lexeme.lemma : lexeme.lemma + pick(ENDINGS[lang]);
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;

  const articles: GeneratedArticle[] = [];
  for (let index = 0; index < size; index++) {
    const lang: Lang = random() < spanishShare ? 'es' : 'en';
    const topicTotal = random() < 0.5 ? 1 : random() < 0.7 ? 2 : 3;
    const topics: number[] = [];
    while (topics.length < topicTotal) {
      const topic = sampleIndex(topicWeights, random);
      if (!topics.includes(topic)) topics.push(topic);
    }
    const regions: number[] = [sampleIndex(regionWeights, random)];
    if (random() < 0.3) {
      const second = sampleIndex(regionWeights, random);
      if (second !== regions[0]) regions.push(second);
    }

    // Each article leans on its topics to a different degree: some are barely on-topic.
    const topicShare = 0.1 + random() * 0.2;
    const word = (share: number): string => {
      const roll = random();
      if (roll < share) {
        const topic = random() < 0.7 ? topics[0]! : pick(topics);
        return inflect(vocabularies[topic]![lang][sampleIndex(topicWordWeights, random)]!, lang);
      }
      if (roll < share + 0.02) return pick(places[pick(regions)]!).lemma;
      if (random() < 0.45) return pick(FUNCTION_WORDS[lang]);
      return inflect(filler[lang][sampleIndex(fillerWeights, random)]!, lang);
    };
    const sentence = (length: number, share: number): string => {
      const words = Array.from({ length }, () => word(share));
      words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
      return `${words.join(' ')}.`;
    };
    const title = sentence(between(6, 11), Math.min(0.8, topicShare * 2.5)).slice(0, -1);
    const description = sentence(between(16, 30), Math.min(0.6, topicShare * 1.5));
    const paragraphs: string[] = [];
    let remaining = between(250, 950);
    while (remaining > 0) {
      const sentences: string[] = [];
      for (let s = between(2, 5); s > 0 && remaining > 0; s--) {
        const length = Math.min(remaining, between(8, 30));
        sentences.push(sentence(length, topicShare));
        remaining -= length;
      }
      paragraphs.push(sentences.join(' '));
    }

    const labels = topics.map((topic) => topicNames[topic]!);
    articles.push({
      labels,
      input: {
        slug: `story-${index.toString(36).padStart(4, '0')}`,
        title,
        description,
        body: paragraphs.join('\n\n'),
        regions: regions.map((region) => REGIONS[region]!),
        // Editors are not consistent about case; the engine must not care.
        topics: labels.map((label) => (random() < 0.1 ? label.toUpperCase() : label)),
        date: new Date(start + Math.floor(random() * span)),
        lang: lang === 'es' ? (random() < 0.5 ? 'es' : 'es-PE') : 'en',
        related: [],
        draft: random() < draftShare,
      },
    });
  }

  if (pinShare > 0) {
    for (const article of articles) {
      if (random() >= pinShare) continue;
      for (let n = between(1, 2); n > 0; n--) {
        article.input.related.push(random() < 0.2 ? `missing-${between(1, 999)}` : pick(articles).input.slug);
      }
    }
  }
  return articles;
}

/** Cumulative weights of a Zipf law with exponent `s` over `count` ranks. */
function zipfWeights(count: number, s: number): Float64Array {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let rank = 0; rank < count; rank++) {
    total += 1 / Math.pow(rank + 1, s);
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < count; rank++) cumulative[rank]! /= total;
  return cumulative;
}

function sampleIndex(cumulative: Float64Array, random: () => number): number {
  const target = random();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
