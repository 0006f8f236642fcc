import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentRoot } from './model/content-root.ts';
import { entryPattern, makeSchemas, type CollectionName } from './model/schema.ts';

const schemas = makeSchemas((collection) => reference(collection));

function entries<C extends CollectionName>(collection: C) {
  return defineCollection({
    loader: glob({ pattern: entryPattern(collection), base: path.join(contentRoot(), collection) }),
    schema: schemas[collection],
  });
}

export const collections = {
  people: entries('people'),
  spacecraft: entries('spacecraft'),
  events: entries('events'),
  organizations: entries('organizations'),
  places: entries('places'),
  sources: entries('sources'),
};
