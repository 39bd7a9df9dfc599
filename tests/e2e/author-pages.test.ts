import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './browser';
import { readJsonLd, readMeta, readPage, readSiteOrigin } from './published-files';

// Writers' profiles come from content/authors.yaml (copied into the test site): José Rojas
// has a role, a bio and a link; Kenji Arai a role only; Lena Brandt spans two pages.
describe('a writer’s page', () => {
  const openBrowser = useBrowserPage({ width: 1280, height: 900 });

  it('introduces the writer: role, bio and their pages elsewhere, marked as theirs', async () => {
    const { page } = openBrowser();
    await page.goto(`${inject('baseUrl')}/authors/jose-rojas/`);
    const header = page.locator('.listing-header');
    await expect(header.locator('h1').innerText()).resolves.toBe('José Rojas');
    await expect(header.locator('.author-role').innerText()).resolves.toBe('Andes correspondent');
    await expect(header.locator('.listing-description').innerText()).resolves.toMatch(
      /^Covers labour, land and protest/,
    );
    const links = header.locator('ul.author-links a');
    await expect(links.allInnerTexts()).resolves.toEqual(['social.example']);
    await expect(links.first().getAttribute('href')).resolves.toBe('https://social.example/@jrojas');
    await expect(links.first().getAttribute('rel')).resolves.toBe('me');
  });

  it('describes the writer to search engines by the bio when there is one', async () => {
    const withBio = readMeta(await readPage('/authors/jose-rojas/'), 'description');
    expect(withBio[0]).toMatch(/^Covers labour, land and protest in Peru and Bolivia/);
    const roleOnly = await readPage('/authors/kenji-arai/');
    expect(readMeta(roleOnly, 'description')[0]).toMatch(/^Articles by Kenji Arai: \d+ articles?\.$/);
    expect(roleOnly).toContain('<p class="author-role">Asia and Pacific reporter</p>');
    expect(roleOnly).not.toContain('<ul class="author-links"');
  });

  it('tells search engines who the page is about (ProfilePage), and articles who wrote them', async () => {
    const origin = await readSiteOrigin();
    const [profilePage] = readJsonLd(await readPage('/authors/jose-rojas/'));
    expect(profilePage).toMatchObject({
      '@type': 'ProfilePage',
      url: `${origin}/authors/jose-rojas/`,
      mainEntity: {
        '@type': 'Person',
        name: 'José Rojas',
        jobTitle: 'Andes correspondent',
        sameAs: ['https://social.example/@jrojas'],
      },
    });
    const [article] = readJsonLd(await readPage('/articles/peru-national-strike-response/'));
    expect(article?.['author']).toContainEqual({
      '@type': 'Person',
      name: 'José Rojas',
      url: `${origin}/authors/jose-rojas/`,
      jobTitle: 'Andes correspondent',
      sameAs: ['https://social.example/@jrojas'],
    });
    expect(readJsonLd(await readPage('/authors/lena-brandt/2/'))).toEqual([]);
  });

  it('keeps the role on later pages and the bio on the first', async () => {
    const second = await readPage('/authors/lena-brandt/2/');
    expect(second).toContain('<p class="author-role">Europe editor</p>');
    expect(second).not.toContain('<p class="listing-description"');
  });

  it('is listed in the writers’ index with the role', async () => {
    const index = await readPage('/authors/');
    expect(index).toMatch(
      /<a href="\/authors\/jose-rojas\/">José Rojas<\/a>\s*<span class="author-role">Andes correspondent<\/span>/,
    );
  });
});
