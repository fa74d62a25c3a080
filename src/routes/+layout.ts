// Every page is prerendered to static HTML; query parameters are read in the browser.
export const prerender = true;
export const trailingSlash = 'never';
