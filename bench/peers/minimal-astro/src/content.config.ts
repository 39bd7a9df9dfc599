import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env['BENCH_CONTENT_DIR'];
if (!contentDir) throw new Error('Set BENCH_CONTENT_DIR to a generated corpus (bench/generate-site-corpus.ts)');

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${contentDir}/articles` }),
    schema: z.object({
      title: z.string(),
      description: z.string(),
      date: z.coerce.date(),
      author: z.union([z.string(), z.array(z.string())]),
      regions: z.array(z.string()),
      topics: z.array(z.string()).default([]),
      lang: z.string().optional(),
    }),
  }),
};
