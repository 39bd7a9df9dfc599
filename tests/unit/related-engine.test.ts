import { describe, expect, it } from 'vitest';
import { generateRelatedCorpus, createRandom } from '../../bench/related-corpus';
import { computeRelatedArticles, type RelatedArticleInput, type RelatedNeighbour } from '../../src/lib/related';
import { RELATED_WEIGHTS } from '../../src/lib/related/weights';

let counter = 0;

/** Words no other article uses (and no stemmer shortens), so an article only relates through what a test gives it. */
function ownWords(count = 12): string {
  return Array.from({ length: count }, () => `zq${counter++}x`).join(' ');
}

function article(slug: string, fields: Partial<RelatedArticleInput> = {}): RelatedArticleInput {
  return {
    slug,
    title: ownWords(4),
    description: ownWords(8),
    body: ownWords(40),
    regions: [],
    topics: [],
    date: new Date('2024-06-01T12:00:00Z'),
    lang: 'en',
    related: [],
    ...fields,
  };
}

function slugsOf(related: Map<string, RelatedNeighbour[]>, slug: string): string[] {
  return (related.get(slug) ?? []).map((neighbour) => neighbour.slug);
}

function daysBefore(days: number): Date {
  return new Date(Date.UTC(2024, 5, 1, 12) - days * 86_400_000);
}

describe('computeRelatedArticles', () => {
  it('ranks an article sharing a rare topic above one sharing a topic half the site uses', () => {
    const articles = [
      article('reform-vote', { topics: ['pensions', 'politics'] }),
      article('pension-march', { topics: ['pensions'] }),
      article('budget-debate', { topics: ['politics'] }),
      ...Array.from({ length: 6 }, (_, i) => article(`politics-${i}`, { topics: ['politics'] })),
      ...Array.from({ length: 6 }, (_, i) => article(`other-${i}`, { topics: [`other-${i}`] })),
    ];
    const order = slugsOf(computeRelatedArticles(articles), 'reform-vote');
    expect(order[0]).toBe('pension-march');
    expect(order).toContain('budget-debate');
  });

  it('ranks a shared topic above a shared region', () => {
    const articles = [
      article('lima-strike', { topics: ['strikes'], regions: ['andes'] }),
      article('santiago-strike', { topics: ['strikes'], regions: ['southern-cone'] }),
      article('lima-floods', { topics: ['climate'], regions: ['andes'] }),
      ...Array.from({ length: 8 }, (_, i) =>
        article(`elsewhere-${i}`, { topics: [`topic-${i}`], regions: ['europe'] }),
      ),
    ];
    const order = slugsOf(computeRelatedArticles(articles), 'lima-strike');
    expect(order[0]).toBe('santiago-strike');
    expect(order.indexOf('lima-floods')).not.toBe(0);
  });

  it('adds a shared region to a shared topic', () => {
    const articles = [
      article('lima-strike', { topics: ['strikes'], regions: ['andes'] }),
      article('santiago-strike', { topics: ['strikes'], regions: ['southern-cone'] }),
      article('cusco-strike', { topics: ['strikes'], regions: ['andes'] }),
      ...Array.from({ length: 8 }, (_, i) =>
        article(`elsewhere-${i}`, { topics: [`topic-${i}`], regions: ['europe'] }),
      ),
    ];
    expect(slugsOf(computeRelatedArticles(articles), 'lima-strike').slice(0, 2)).toEqual([
      'cusco-strike',
      'santiago-strike',
    ]);
  });

  it('finds untagged neighbours through their title, dek and body', () => {
    const articles = [
      article('pension-reform', {
        title: 'Pension reform passes the senate',
        description: 'Retirement age rises to 64 despite months of strikes',
        body: `${ownWords(20)} The pension reform raises the retirement age. Unions called new strikes against the reform.`,
      }),
      article('pension-strikes', {
        title: 'Unions strike against the pension reform',
        description: 'Refinery workers walk out over the retirement age',
        body: `${ownWords(20)} Strikes spread as unions reject the pension reform and the higher retirement age.`,
      }),
      article('football-final', {
        title: 'Late goal settles the football final',
        description: 'A header in stoppage time wins the cup',
        body: `${ownWords(20)} The final was decided by a late goal from a corner.`,
      }),
      ...Array.from({ length: 6 }, (_, i) => article(`noise-${i}`)),
    ];
    const related = computeRelatedArticles(articles);
    expect(slugsOf(related, 'pension-reform')).toEqual(['pension-strikes']);
    const [neighbour] = related.get('pension-reform')!;
    expect(neighbour?.reasons[0]).toMatchObject({ kind: 'text' });
    expect(neighbour?.reasons[0]?.kind === 'text' && neighbour.reasons[0].terms).toEqual(
      expect.arrayContaining(['pension', 'reform']),
    );
  });

  it('ranks the newer of two equally related articles first', () => {
    const articles = [
      article('today', { topics: ['housing'] }),
      article('three-years-ago', { topics: ['housing'], date: daysBefore(3 * 365) }),
      article('last-month', { topics: ['housing'], date: daysBefore(30) }),
      ...Array.from({ length: 6 }, (_, i) => article(`other-${i}`, { topics: [`other-${i}`] })),
    ];
    expect(slugsOf(computeRelatedArticles(articles), 'today')).toEqual(['last-month', 'three-years-ago']);
  });

  it('lets a strong old match beat a weak new one', () => {
    const articles = [
      article('today', { topics: ['mining', 'water'], regions: ['andes'] }),
      article('five-years-ago', { topics: ['mining', 'water'], date: daysBefore(5 * 365) }),
      article('yesterday', { topics: ['water'], regions: ['andes'], date: daysBefore(1) }),
      ...Array.from({ length: 10 }, (_, i) => article(`other-${i}`, { topics: [`other-${i}`], regions: ['europe'] })),
    ];
    expect(slugsOf(computeRelatedArticles(articles), 'today')).toEqual(['five-years-ago', 'yesterday']);
  });

  it('puts editors’ pins first, in their order, then the scored neighbours without repeating them', () => {
    const articles = [
      article('main', { topics: ['courts'], related: ['pinned-unrelated', 'best-match'] }),
      article('best-match', { topics: ['courts'] }),
      article('second-match', { topics: ['courts'] }),
      article('pinned-unrelated'),
      ...Array.from({ length: 4 }, (_, i) => article(`other-${i}`)),
    ];
    const neighbours = computeRelatedArticles(articles).get('main')!;
    expect(neighbours.map((neighbour) => neighbour.slug)).toEqual(['pinned-unrelated', 'best-match', 'second-match']);
    expect(neighbours[0]?.reasons).toEqual([{ kind: 'pinned' }]);
    expect(neighbours[1]?.reasons[0]).toEqual({ kind: 'pinned' });
    expect(neighbours[1]?.reasons[1]).toEqual({ kind: 'topics', topics: ['courts'] });
  });

  it('skips pins to slugs that do not exist, to drafts and to the article itself', () => {
    const articles = [
      article('main', { related: ['no-such-article', 'a-draft', 'main', 'real-pin', 'real-pin'] }),
      article('a-draft', { draft: true }),
      article('real-pin'),
    ];
    expect(slugsOf(computeRelatedArticles(articles), 'main')).toEqual(['real-pin']);
  });

  it('never lists an article as its own neighbour', () => {
    const articles = Array.from({ length: 8 }, (_, i) =>
      article(`same-${i}`, { title: 'Identical title', topics: ['same'] }),
    );
    for (const [slug, neighbours] of computeRelatedArticles(articles)) {
      expect(neighbours.map((neighbour) => neighbour.slug)).not.toContain(slug);
    }
  });

  it('gives drafts no list and never lists them', () => {
    const articles = [
      article('published', { topics: ['elections'] }),
      article('draft', { topics: ['elections'], draft: true }),
      article('also-published', { topics: ['elections'] }),
      article('unrelated'),
    ];
    const related = computeRelatedArticles(articles);
    expect([...related.keys()]).toEqual(['also-published', 'published', 'unrelated']);
    expect(slugsOf(related, 'published')).toEqual(['also-published']);
  });

  it('returns at most k neighbours, pins included, five by default', () => {
    const articles = [
      article('main', { topics: ['trade'], related: ['pin-a', 'pin-b', 'pin-c'] }),
      article('pin-a'),
      article('pin-b'),
      article('pin-c'),
      ...Array.from({ length: 10 }, (_, i) => article(`trade-${i}`, { topics: ['trade'] })),
    ];
    expect(computeRelatedArticles(articles).get('trade-0')).toHaveLength(5);
    expect(slugsOf(computeRelatedArticles(articles, { k: 2 }), 'main')).toEqual(['pin-a', 'pin-b']);
    expect(computeRelatedArticles(articles, { k: 4 }).get('main')).toHaveLength(4);
    expect(computeRelatedArticles(articles, { k: 0 }).get('main')).toEqual([]);
  });

  it('returns an empty map for an empty site', () => {
    expect(computeRelatedArticles([]).size).toBe(0);
  });

  it('rejects a k that is not a whole number', () => {
    expect(() => computeRelatedArticles([], { k: -1 })).toThrow(RangeError);
    expect(() => computeRelatedArticles([], { k: 2.5 })).toThrow(RangeError);
  });

  it('compares topics and regions without regard to case, naming them as the article does', () => {
    const articles = [
      article('a', { topics: ['Press Freedom'], regions: ['Andes'] }),
      article('b', { topics: ['press freedom '], regions: ['andes'] }),
      ...Array.from({ length: 8 }, (_, i) => article(`other-${i}`, { topics: [`other-${i}`], regions: ['europe'] })),
    ];
    const [neighbour] = computeRelatedArticles(articles).get('a')!;
    expect(neighbour?.slug).toBe('b');
    expect(neighbour?.reasons).toEqual([
      { kind: 'topics', topics: ['Press Freedom'] },
      { kind: 'regions', regions: ['Andes'] },
    ]);
  });

  it('lists shared topics rarest first in the reason', () => {
    const articles = [
      article('a', { topics: ['politics', 'lithium'] }),
      article('b', { topics: ['lithium', 'politics'] }),
      ...Array.from({ length: 6 }, (_, i) => article(`politics-${i}`, { topics: ['politics'] })),
    ];
    expect(computeRelatedArticles(articles).get('a')?.[0]?.reasons[0]).toEqual({
      kind: 'topics',
      topics: ['lithium', 'politics'],
    });
  });

  it('gives every pair sharing just one topic the same reason, frozen, and each spelling its own', () => {
    const related = computeRelatedArticles([
      article('a', { topics: ['Mining'] }),
      article('b', { topics: ['mining'] }),
      article('c', { topics: ['Mining'] }),
      ...Array.from({ length: 8 }, (_, i) => article(`other-${i}`, { topics: [`other-${i}`] })),
    ]);
    const reasonOf = (from: string, to: string) => related.get(from)!.find((n) => n.slug === to)!.reasons[0]!;
    expect(reasonOf('a', 'b')).toEqual({ kind: 'topics', topics: ['Mining'] });
    expect(reasonOf('a', 'b')).toBe(reasonOf('a', 'c'));
    expect(reasonOf('a', 'b')).toBe(reasonOf('c', 'b'));
    expect(reasonOf('b', 'a')).toEqual({ kind: 'topics', topics: ['mining'] });
    const shared = reasonOf('a', 'b');
    expect(Object.isFrozen(shared) && shared.kind === 'topics' && Object.isFrozen(shared.topics)).toBe(true);
  });

  it('matches Spanish articles across inflections ("huelgas" and "huelga")', () => {
    const articles = [
      article('huelgas-mineras', {
        lang: 'es',
        title: 'Las huelgas paralizan las minas del sur',
        description: 'Los mineros exigen mejores salarios',
        body: `${ownWords(20)} Las huelgas continúan en las minas.`,
      }),
      article('huelga-minera', {
        lang: 'es-PE',
        title: 'La huelga minera entra en su tercera semana',
        description: 'El sindicato minero rechaza la oferta salarial',
        body: `${ownWords(20)} La huelga sigue en la mina.`,
      }),
      ...Array.from({ length: 6 }, (_, i) => article(`otra-${i}`, { lang: 'es' })),
    ];
    const [neighbour] = computeRelatedArticles(articles).get('huelgas-mineras')!;
    expect(neighbour?.slug).toBe('huelga-minera');
    const text = neighbour?.reasons.find((reason) => reason.kind === 'text');
    expect(text?.kind === 'text' && text.terms.some((term) => term.startsWith('huelga'))).toBe(true);
  });

  it('breaks exact ties by date, newer first, then by slug', () => {
    const articles = [
      article('main', { topics: ['fisheries'], date: daysBefore(5) }),
      // One day older and one day newer than `main`: the same score.
      article('a-older', { topics: ['fisheries'], date: daysBefore(6) }),
      article('b-newer', { topics: ['fisheries'], date: daysBefore(4) }),
      article('x-twin', { topics: ['fisheries'], date: daysBefore(4) }),
      article('w-twin', { topics: ['fisheries'], date: daysBefore(4) }),
      ...Array.from({ length: 6 }, (_, i) => article(`other-${i}`, { topics: [`other-${i}`] })),
    ];
    expect(slugsOf(computeRelatedArticles(articles), 'main')).toEqual(['b-newer', 'w-twin', 'x-twin', 'a-older']);
  });

  it('gives the same lists whatever the order of its input', () => {
    const corpus = generateRelatedCorpus({ size: 200, seed: 3, pinShare: 0.1, draftShare: 0.05 }).map(
      (entry) => entry.input,
    );
    const random = createRandom(99);
    const shuffled = [...corpus];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const first = computeRelatedArticles(corpus);
    const second = computeRelatedArticles(shuffled);
    expect([...second.entries()].sort()).toEqual([...first.entries()].sort());
    expect([...first.values()].some((list) => list.length > 0)).toBe(true);
  });

  it('refuses two articles with the same slug', () => {
    expect(() => computeRelatedArticles([article('twin'), article('twin')])).toThrow(/twin/);
  });

  it('counts a word repeated hundreds of times by its full count', () => {
    // Term counts of 255 and more are stored apart from the rest: the one with 400
    // mentions of the shared word must still outrank the one with 260 (cut at 255, both
    // would weigh the same and the tie would go to "fewer" by slug).
    const shared = (times: number): string => Array.from({ length: times }, () => 'zqshared').join(' ');
    const related = computeRelatedArticles([
      article('source', { body: `${ownWords(40)} ${shared(300)}` }),
      article('more', { body: `${ownWords(40)} ${shared(400)}` }),
      article('fewer', { body: `${ownWords(40)} ${shared(260)}` }),
      // Others without it, so that the shared word is rare enough to count.
      ...Array.from({ length: 17 }, (_, i) => article(`other-${i}`)),
    ]);
    expect(slugsOf(related, 'source')).toEqual(['more', 'fewer']);
  });
});

describe('RELATED_WEIGHTS', () => {
  it('counts title and dek words a whole number of times, as term counts are whole numbers', () => {
    expect(Number.isInteger(RELATED_WEIGHTS.titleTermWeight)).toBe(true);
    expect(Number.isInteger(RELATED_WEIGHTS.descriptionTermWeight)).toBe(true);
  });
});
