/**
 * Sets Astro's `site` from ORBITAL_SITE_URL (see src/publish/site-url.ts), so the sitemap,
 * canonical links, feed, share cards and structured data all use the one address; a
 * malformed value stops the build before anything is written. Astro's own `site` (`--site`)
 * and `base` (`--base`) would be a second setting, and a base path leaves every link wrong:
 * both stop the build too.
 */
import type { AstroIntegration } from 'astro';
import { DEFAULT_SITE_URL, SITE_URL_VARIABLE, siteUrlFromEnv, SiteUrlError } from '../publish/site-url.ts';

export default function siteAddress(): AstroIntegration {
  return {
    name: 'orbital-record:site-address',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // A setting mistyped is not a crash: say what is wrong, without Astro's stack trace.
        function stop(message: string): never {
          logger.error(`${message}. Nothing was built.`);
          process.exit(1);
        }
        if (config.site) {
          stop(`Astro's site is "${config.site}" (from --site or astro.config.mjs); set the address with ${SITE_URL_VARIABLE} instead, e.g. ${SITE_URL_VARIABLE}=${config.site} npm run build`);
        }
        if (config.base !== '/') {
          stop(`Astro's base is "${config.base}" (from --base or astro.config.mjs); the site is served from the root of its host, where every link starts (a GitHub Pages project site needs a domain of its own)`);
        }
        let site: string;
        try {
          site = siteUrlFromEnv(process.env);
        } catch (error) {
          if (!(error instanceof SiteUrlError)) throw error;
          stop(error.message);
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
