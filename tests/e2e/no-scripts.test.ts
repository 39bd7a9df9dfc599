import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the reading pages', () => {
  it('contain no script element in any built page', async () => {
    const files = await listHtmlFiles(inject('outDir'));
    expect(files.length).toBeGreaterThan(30);
    const withScripts: string[] = [];
    for (const file of files) {
      if (/<script\b/i.test(await readFile(file, 'utf8'))) withScripts.push(path.relative(inject('outDir'), file));
    }
    expect(withScripts).toEqual([]);
  });

  it('request no script while a reader visits each kind of page', async () => {
    const browser = await launchBrowser();
    const scripts: string[] = [];
    const failed: string[] = [];
    try {
      const page = await browser.newPage();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      const base = inject('baseUrl');
      for (const pathname of ['/', '/regions/', '/regions/latin-america/', '/regions/latin-america/2/', '/articles/peru-national-strike-january-19/', '/authors/jose-rojas/', '/authors/']) {
        await page.goto(`${base}${pathname}`, { waitUntil: 'networkidle' });
      }
    } finally {
      await browser.close();
    }
    expect(scripts).toEqual([]);
    expect(failed).toEqual([]);
  });
});
