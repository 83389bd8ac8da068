// The version in package.json, for the bundles (the About text), the Office
// manifest's <Version> and the release. Only plain x.y.z versions are taken:
// Office's manifest allows up to four dot-separated numbers of 1 to 5 digits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './catalog.mjs';

/** The package version, refused unless it is x.y.z with numbers Office accepts. */
export function packageVersion(packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))) {
  const version = packageJson.version;
  if (typeof version !== 'string' || !/^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/.test(version)) {
    throw new Error(
      `package.json "version" must be three numbers such as 1.2.0 (no pre-release tags: the Office manifest takes only numbers), got ${JSON.stringify(version)}`,
    );
  }
  return version;
}

/** The manifest's four-part version for a package version: 1.2.0 → 1.2.0.0. */
export const officeVersion = (version) => `${version}.0`;

/** esbuild `define` that puts the version into shared/version.ts. */
export const versionDefine = (version = packageVersion()) => ({ BONDSTAGE_VERSION: JSON.stringify(version) });
