declare namespace App {
  interface Locals {
    /** Set by an entry page, read by the <Cite> markers in its body as they render. */
    citations?: import('./site/citations.ts').CitationMarkers;
  }
}

interface ImportMetaEnv {
  /** Hash of the templates, schemas, config and lockfile (src/integrations/template-version.ts). */
  readonly ORBITAL_TEMPLATE_VERSION: string;
}
