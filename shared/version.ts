/**
 * Bondstage's version, as in package.json. The build sets BONDSTAGE_VERSION
 * (esbuild `define`, scripts/build/version.mjs); code run from the sources,
 * as in the tests, reads "development".
 */
declare const BONDSTAGE_VERSION: string | undefined;

export const VERSION: string = typeof BONDSTAGE_VERSION === 'string' ? BONDSTAGE_VERSION : 'development';
