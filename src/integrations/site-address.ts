/**
 * Sets Astro's `site` from ORBITAL_SITE_URL (see src/publish/site-url.ts), so the sitemap,
 * canonical links, feed, share cards and structured data all use the one address; a
 * malformed value stops the build before anything is written.
 */
import type { AstroIntegration } from 'astro';
import { DEFAULT_SITE_URL, SITE_URL_VARIABLE, siteUrlFromEnv, SiteUrlError } from '../publish/site-url.ts';

export default function siteAddress(): AstroIntegration {
  return {
    name: 'orbital-record:site-address',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        let site: string;
        try {
          site = siteUrlFromEnv(process.env);
        } catch (error) {
          if (!(error instanceof SiteUrlError)) throw error;
          // A setting mistyped is not a crash: say what is wrong, without Astro's stack trace.
          logger.error(`${error.message}. Nothing was built.`);
          process.exit(1);
        }
        updateConfig({ site });
        if (command === 'build') {
          logger.info(
            site === DEFAULT_SITE_URL
              ? `absolute links use ${site} (the local preview); set ${SITE_URL_VARIABLE} to the public address when publishing`
              : `absolute links use ${site} (from ${SITE_URL_VARIABLE})`,
          );
        }
      },
    },
  };
}
