import { defineCollection } from 'astro:content';
import { modelLoader } from './integrations/content-loader.ts';

export const collections = {
  people: defineCollection({ loader: modelLoader('people') }),
  spacecraft: defineCollection({ loader: modelLoader('spacecraft') }),
  events: defineCollection({ loader: modelLoader('events') }),
  organizations: defineCollection({ loader: modelLoader('organizations') }),
  places: defineCollection({ loader: modelLoader('places') }),
  sources: defineCollection({ loader: modelLoader('sources') }),
};
