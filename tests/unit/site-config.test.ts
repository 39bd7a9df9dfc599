import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuthorProfiles, loadRegions, loadSiteSettings, SiteConfigError } from '../../src/lib/site-config';

const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-site-config-'));
let fileCount = 0;

/** Writes `text` to a fresh file in the temporary folder and returns its path. */
function yamlFile(text: string): string {
  fileCount += 1;
  const file = path.join(dir, `config-${fileCount}.yaml`);
  writeFileSync(file, text);
  return file;
}

/** The message of the SiteConfigError `load` throws. */
function errorOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(SiteConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a SiteConfigError');
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('loadRegions', () => {
  it('reads regions in the order they are written', () => {
    const file = yamlFile(
      '- id: latin-america\n  name: Latin America\n  description: Mexico to Patagonia.\n- id: europe\n  name: Europe\n',
    );
    expect(loadRegions(file)).toEqual([
      { id: 'latin-america', name: 'Latin America', description: 'Mexico to Patagonia.' },
      { id: 'europe', name: 'Europe', description: '' },
    ]);
  });

  it('tolerates a byte order mark', () => {
    expect(loadRegions(yamlFile('\uFEFF- id: europe\n  name: Europe\n'))).toEqual([
      { id: 'europe', name: 'Europe', description: '' },
    ]);
  });

  it('rejects an id declared twice', () => {
    const file = yamlFile('- id: europe\n  name: Europe\n- id: europe\n  name: Western Europe\n');
    expect(errorOf(() => loadRegions(file))).toBe('content/regions.yaml  region id "europe" is declared twice');
  });

  it('rejects an id that cannot be a URL segment, naming which region', () => {
    const file = yamlFile('- id: europe\n  name: Europe\n- id: Latin America\n  name: Latin America\n');
    const message = errorOf(() => loadRegions(file));
    expect(message).toMatch(/^content\/regions\.yaml:3 {2}\[1\]\.id: must be lower-case letters, digits and hyphens/);
  });

  it('reports a YAML syntax error with its line', () => {
    const file = yamlFile(
      '- id: europe\n  name: Europe\n- id: africa\n  name: Africa\n  name: África\n- id: asia\n  name: Asia\n',
    );
    expect(errorOf(() => loadRegions(file))).toMatch(
      /^content\/regions\.yaml:5 {2}YAML syntax error: Map keys must be unique/,
    );
  });

  it('rejects an unknown key, naming it', () => {
    const file = yamlFile('- id: europe\n  name: Europe\n  colour: blue\n');
    expect(errorOf(() => loadRegions(file))).toContain('unknown field "colour"');
  });

  it('rejects a region without a name', () => {
    const file = yamlFile('- id: europe\n');
    expect(errorOf(() => loadRegions(file))).toContain('[0].name: is required but missing');
  });

  it('rejects a file that declares no region', () => {
    expect(errorOf(() => loadRegions(yamlFile('[]\n')))).toContain('must declare at least one region');
  });

  it('reports every problem of the file at once', () => {
    const file = yamlFile('- id: Europe\n  name: Europe\n- id: africa\n  name: ""\n');
    const lines = errorOf(() => loadRegions(file)).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('[0].id');
    expect(lines[1]).toContain('[1].name');
  });

  it('names the file as the caller asks', () => {
    const file = yamlFile('- id: europe\n  name: Europe\n- id: europe\n  name: Europe\n');
    expect(errorOf(() => loadRegions(file, 'fixtures/regions.yaml'))).toMatch(/^fixtures\/regions\.yaml /);
  });

  it('says when the file does not exist', () => {
    expect(errorOf(() => loadRegions(path.join(dir, 'missing.yaml')))).toBe('content/regions.yaml: file not found');
  });

  it('reads the site’s own regions in navigation order', () => {
    const regions = loadRegions(path.resolve(__dirname, '../../content/regions.yaml'));
    expect(regions.map((region) => region.id)).toEqual([
      'latin-america',
      'north-america',
      'europe',
      'africa',
      'asia',
      'middle-east',
      'oceania',
    ]);
    expect(regions.every((region) => region.name.length > 0)).toBe(true);
  });
});

describe('loadAuthorProfiles', () => {
  it('reads each writer’s role, bio and links, with the line the entry starts on', () => {
    const file = yamlFile(
      '# Writers\n- name: José Rojas\n  role: Andes correspondent\n  bio: >-\n    Covers labour\n    in Peru.\n  links: [https://social.example/@jrojas]\n- name: Lena Brandt\n',
    );
    expect(loadAuthorProfiles(file)).toEqual([
      {
        name: 'José Rojas',
        role: 'Andes correspondent',
        bio: 'Covers labour in Peru.',
        links: ['https://social.example/@jrojas'],
        line: 2,
      },
      { name: 'Lena Brandt', role: '', bio: '', links: [], line: 8 },
    ]);
  });

  it('is optional: no file, or a file of comments only, describes nobody', () => {
    expect(loadAuthorProfiles(path.join(dir, 'no-authors.yaml'))).toEqual([]);
    expect(loadAuthorProfiles(yamlFile('# Nobody yet\n'))).toEqual([]);
  });

  it('names the line of an unknown field, a missing name and a link that is not an address', () => {
    const lines = errorOf(() =>
      loadAuthorProfiles(
        yamlFile(
          '- name: José Rojas\n  twitter: jrojas\n- role: Editor\n- name: Lena Brandt\n  links: [lena.example]\n',
        ),
      ),
    ).split('\n');
    expect(lines).toEqual([
      'content/authors.yaml:2  unknown field "twitter" in [0]: check the spelling (the README lists every field)',
      'content/authors.yaml:3  [1].name: is required but missing',
      'content/authors.yaml:5  [2].links[0]: must be an address starting with https:// or http://',
    ]);
  });

  it('refuses a writer described twice, however the name is accented', () => {
    const file = yamlFile('- name: José Rojas\n- name: Lena Brandt\n- name: Jose Rojas\n  role: Editor\n');
    expect(errorOf(() => loadAuthorProfiles(file))).toBe(
      'content/authors.yaml:3  [2].name: "Jose Rojas" is described twice (first at content/authors.yaml:1)',
    );
  });

  it('reads the site’s own profiles', () => {
    const profiles = loadAuthorProfiles(path.resolve(__dirname, '../../content/authors.yaml'));
    expect(profiles.length).toBeGreaterThan(3);
    expect(profiles.every((profile) => profile.role.length > 0)).toBe(true);
  });
});

describe('loadSiteSettings', () => {
  it('reads the settings and fills in defaults', () => {
    const settings = loadSiteSettings(yamlFile('name: Broadsheet\ntimeZone: America/Lima\n'));
    expect(settings).toMatchObject({
      name: 'Broadsheet',
      tagline: '',
      language: 'en',
      timeZone: 'America/Lima',
      pageSize: 20,
      logo: '/logo.svg',
      social: {},
      newsSitemapDays: 2,
    });
    expect(settings.url).toBeUndefined();
    expect(settings.promo).toBeUndefined();
  });

  it('reads UTC when no zone is given', () => {
    expect(loadSiteSettings(yamlFile('name: Broadsheet\n')).timeZone).toBe('UTC');
  });

  it('rejects a time zone that does not exist', () => {
    const message = errorOf(() => loadSiteSettings(yamlFile('name: Broadsheet\ntimeZone: Mars/Olympus_Mons\n')));
    expect(message).toBe(
      'content/site.yaml:2  timeZone: must be an IANA time zone such as UTC, America/Lima or Europe/Paris',
    );
  });

  it('rejects an unknown key, naming it', () => {
    const message = errorOf(() => loadSiteSettings(yamlFile('name: Broadsheet\ntimezone: UTC\n')));
    expect(message).toContain('unknown field "timezone"');
  });

  it('reports a YAML syntax error with its line', () => {
    const message = errorOf(() =>
      loadSiteSettings(yamlFile('name: Broadsheet\ntagline: x\nname: Broadsheet News\nlanguage: en\n')),
    );
    expect(message).toMatch(/^content\/site\.yaml:3 {2}YAML syntax error: /);
  });

  it('reads an empty file as no settings and asks for the name', () => {
    expect(errorOf(() => loadSiteSettings(yamlFile('')))).toBe('content/site.yaml  name: is required but missing');
  });

  it('rejects a page size out of range, with its line', () => {
    expect(errorOf(() => loadSiteSettings(yamlFile('name: B\npageSize: 0\n')))).toMatch(
      /^content\/site\.yaml:2 {2}pageSize: /,
    );
  });

  it('says what a page size written as text must be, rather than calling it missing', () => {
    const message = errorOf(() => loadSiteSettings(yamlFile('name: B\npageSize: twenty\n')));
    expect(message).toMatch(/^content\/site\.yaml:2 {2}pageSize: /);
    expect(message).not.toContain('is required but missing');
  });

  it('rejects a site address that is not http or https', () => {
    expect(errorOf(() => loadSiteSettings(yamlFile('name: B\nurl: ftp://news.example.org\n')))).toContain(
      'url: must be the site’s address',
    );
  });

  it('strips the @ from an X handle', () => {
    expect(loadSiteSettings(yamlFile('name: B\nsocial:\n  x: "@broadsheetnews"\n')).social.x).toBe('broadsheetnews');
  });

  it('says when the file does not exist', () => {
    expect(errorOf(() => loadSiteSettings(path.join(dir, 'missing.yaml')))).toBe('content/site.yaml: file not found');
  });
});
