// The site's public address, if the build was given one (PUBLIC_SITE_URL, see README "Hosting and embedding"); '' means unknown, so addresses stay root-relative.

import { normaliseSiteUrl } from './normalise-site-url';

/** Replaced at build time by vite.config.ts (`define`), from the PUBLIC_SITE_URL environment variable. */
export const siteUrl: string = normaliseSiteUrl(import.meta.env.PUBLIC_SITE_URL);
