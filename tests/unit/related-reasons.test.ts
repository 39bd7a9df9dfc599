import { describe, expect, it } from 'vitest';
import { describeRelatedReasons, type RelatedReason } from '../../src/lib/related';

const REGION_NAMES: Record<string, string> = {
  'latin-america': 'Latin America',
  andes: 'Andes',
  'western-europe': 'Western Europe',
};
const labels = { regionName: (id: string): string => REGION_NAMES[id] ?? id };

describe('describeRelatedReasons', () => {
  it('says “Editor’s pick” for a pinned article, whatever else it shares', () => {
    expect(describeRelatedReasons([{ kind: 'pinned' }, { kind: 'topics', topics: ['strikes'] }], labels)).toBe(
      'Editor’s pick',
    );
  });

  it('names the shared topics, then the shared regions by their display name', () => {
    expect(
      describeRelatedReasons(
        [
          { kind: 'topics', topics: ['strikes'] },
          { kind: 'regions', regions: ['latin-america'] },
        ],
        labels,
      ),
    ).toBe('Also on strikes · Latin America');
  });

  it('names topics through topicName when given one', () => {
    const topicName = (topic: string): string => (topic === 'cost-of-living' ? 'Cost of living' : topic);
    expect(describeRelatedReasons([{ kind: 'topics', topics: ['cost-of-living'] }], { ...labels, topicName })).toBe(
      'Also on Cost of living',
    );
  });

  it('puts the subject first even when the region weighed more', () => {
    expect(
      describeRelatedReasons(
        [
          { kind: 'regions', regions: ['andes'] },
          { kind: 'text', terms: ['lithium'] },
        ],
        labels,
      ),
    ).toBe('Also about lithium · Andes');
  });

  it('names the shared words when only the text is shared', () => {
    expect(describeRelatedReasons([{ kind: 'text', terms: ['pensions', 'Macron'] }], labels)).toBe(
      'Also about pensions, Macron',
    );
  });

  it('uses the stronger of topics and text as the subject', () => {
    const reasons: RelatedReason[] = [
      { kind: 'text', terms: ['refinery'] },
      { kind: 'topics', topics: ['energy'] },
    ];
    expect(describeRelatedReasons(reasons, labels)).toBe('Also about refinery');
  });

  it('says “Also in …” when only a region is shared', () => {
    expect(describeRelatedReasons([{ kind: 'regions', regions: ['andes', 'latin-america'] }], labels)).toBe(
      'Also in Andes, Latin America',
    );
  });

  it('keeps the line to 50 characters, dropping items that do not fit', () => {
    const line = describeRelatedReasons(
      [
        { kind: 'topics', topics: ['indigenous rights', 'mining', 'water', 'courts'] },
        { kind: 'regions', regions: ['western-europe'] },
      ],
      labels,
    );
    expect(line).toBe('Also on indigenous rights, mining, water, courts');
    expect(line.length).toBeLessThanOrEqual(50);
    expect(
      describeRelatedReasons(
        [
          { kind: 'topics', topics: ['mining'] },
          { kind: 'regions', regions: ['western-europe'] },
        ],
        labels,
      ),
    ).toBe('Also on mining · Western Europe');
  });

  it('shortens a single item that is too long with an ellipsis', () => {
    const line = describeRelatedReasons(
      [{ kind: 'topics', topics: ['the extraordinarily long name of a very specific topic'] }],
      labels,
    );
    expect(line.length).toBeLessThanOrEqual(50);
    expect(line.endsWith('…')).toBe(true);
  });

  it('gives an empty line when there is nothing to say', () => {
    expect(describeRelatedReasons([], labels)).toBe('');
    expect(describeRelatedReasons([{ kind: 'text', terms: [] }], labels)).toBe('');
  });
});
