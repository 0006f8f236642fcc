/**
 * What the pages and the service worker say to each other, and what the build tells the
 * worker about itself. Types only: shared by src/offline/client/* and the build step.
 */

/**
 * Events on `document` by which the registration hands work to the modules it loads on
 * demand (standalone modules with no exports): a waiting worker to offer, and the ready
 * registration for the "Keep the whole record offline" controls.
 */
export const OFFER_UPDATE_EVENT = 'orbital:offer-update';
export const KEEPERS_EVENT = 'orbital:offline-keepers';

/** Written into the service worker by the build (see src/offline/service-worker-build.ts). */
export interface OfflineBuild {
  /** One hash over every file of the build: names the caches of this deployment. */
  version: string;
  /** Files and bytes of the whole record ("Keep the whole record offline"). */
  record: { files: number; bytes: number };
  /** Where the list of the whole record's files is (JSON: RecordList). */
  recordList: string;
  /** The page shown for a page that is neither cached nor reachable. */
  fallback: string;
  /** The site's not-found page (precached), for an address offline that is no page of this build. */
  notFound: string;
  /** The list of every entry's address and title (precached with the index). */
  titleList: string;
  /** The first folder of every page's address ("people", "timeline"): an address outside them is no page. */
  sections: string[];
  /** Whether the whole search index is precached on the first visit. */
  indexPrecached: boolean;
}

/** The list of the whole record, written beside the service worker. */
export interface RecordList {
  version: string;
  urls: string[];
}

export type ToWorker =
  | { type: 'record-status' }
  | { type: 'keep-record' }
  | { type: 'forget-record' }
  | { type: 'keep-page'; url: string }
  /** A search's results are painted: keep the result fragments it fetched past the worker. */
  | { type: 'keep-searched' }
  | { type: 'skip-waiting' };

export type FromWorker =
  | { type: 'status'; kept: boolean; files: number; bytes: number; version: string }
  | { type: 'progress'; done: number; total: number }
  | { type: 'kept' }
  | { type: 'forgotten' }
  | { type: 'failed'; reason: string };
