import { defineCollection } from 'astro:content';
import { createArticleSchema } from './lib/article-schema';
import { describeContentFile, getContentPaths } from './lib/content-paths';
import { setSiteTimeZone } from './lib/dates';
import { loadRegions, loadSiteSettings } from './lib/site-config';
import { articleLoader } from './loaders/article-loader';

const { articlesDir, regionsFile, siteFile } = getContentPaths();
const settings = loadSiteSettings(siteFile, describeContentFile(siteFile));
setSiteTimeZone(settings.timeZone);
const regionIds = loadRegions(regionsFile, describeContentFile(regionsFile)).map((region) => region.id);

const articles = defineCollection({
  loader: articleLoader({
    articlesDir,
    regionIds,
    includeDrafts: !import.meta.env.PROD,
    siteLanguage: settings.language,
    // `BROADSHEET_RELATED=off` builds without the sidebar: the benchmark's baseline for what it costs.
    computeRelated: process.env['BROADSHEET_RELATED'] !== 'off',
  }),
  schema: ({ image }) => createArticleSchema({ regionIds, image: image() }),
});

export const collections = { articles };
