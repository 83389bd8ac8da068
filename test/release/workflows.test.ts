/**
 * The GitHub Actions workflows: well-formed YAML and valid for GitHub's own
 * workflow parser (npm run lint:workflows), and doing what they are for: CI
 * runs .ci/run on pushes and pull requests; the Pages workflow tests, makes
 * the release for the Pages address on a version tag and deploys the site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

jest.setTimeout(60000);

const ROOT = path.join(__dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');

type Step = { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string>; id?: string };
/** The parts of a workflow these tests read. */
interface Workflow {
  on: Record<string, { tags?: string[] } | null>;
  jobs: Record<string, { steps?: Step[]; uses?: string; needs?: string; container?: string }>;
  permissions?: Record<string, string>;
}

const read = (name: string) => parse(readFileSync(path.join(WORKFLOWS, name), 'utf8')) as Workflow;

function lint(files: string[] = []) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts/validate-workflows.mjs'), ...files], { cwd: ROOT, encoding: 'utf8' });
}


describe('the workflows', () => {
  it('are valid YAML and valid workflows for GitHub’s parser', () => {
    const result = lint();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('.github/workflows/ci.yml: valid');
    expect(result.stdout).toContain('.github/workflows/pages.yml: valid');
  });

  it('CI runs .ci/run, as CI does, on pushes and pull requests, on Debian', () => {
    const ci = read('ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const steps = ci.jobs.test.steps ?? [];
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['bash .ci/run']);
    expect(ci.jobs.test.container).toMatch(/^node:20-bookworm$/);
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/npm test/);
  });

  it('Pages publishes on version tags, after the tests, with the release built for the Pages address', () => {
    const pages = read('pages.yml');
    expect(pages.on.push?.tags).toEqual(['v*']);
    expect(pages.jobs.test.uses).toBe('./.github/workflows/ci.yml');
    expect(pages.jobs.release.needs).toBe('test');
    const steps = pages.jobs.release.steps ?? [];
    const release = steps.find((step) => step.run === 'npm run release')!;
    const configure = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!;
    expect(release.env!.ADDIN_BASE_URL).toBe(`\${{ steps.${configure.id}.outputs.base_url }}`);
    expect(release.env!.SUPPORT_CONTACT).toContain('vars.SUPPORT_CONTACT');
    expect(steps.findIndex((step) => step === configure)).toBeLessThan(steps.indexOf(release));
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!.with!.path).toBe('_site');
    expect(pages.jobs.deploy.needs).toBe('release');
    expect(pages.jobs.deploy.steps?.[0].uses).toMatch(/^actions\/deploy-pages@v\d+$/);
    expect(pages.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('use actions by a released major version', () => {
    for (const name of ['ci.yml', 'pages.yml']) {
      const workflow = read(name);
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) if (step.uses) expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
      }
    }
  });
});

describe('the workflow check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'bondstage-workflows-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a misspelt key', 'on: push\njobs:\n  test:\n    runs_on: ubuntu-latest\n    steps:\n      - run: echo hi\n', /Unexpected value 'runs_on'/],
    ['an unknown event', 'on: pushed\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n', /Unexpected value 'pushed'/],
    ['a step with both uses and run', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        run: echo hi\n', /Unexpected value 'run'|Unexpected value 'uses'/],
    ['an unclosed expression', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.sha\n', /expression|Unexpected/i],
    ['a duplicate key', 'on: push\non: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n', /not valid YAML: .*unique/i],
    ['broken YAML', 'on: [push\njobs: {}\n', /not valid YAML/],
  ])('fails on %s', (_label, content, message) => {
    const file = path.join(dir, `${_label.replace(/\W+/g, '-')}.yml`);
    writeFileSync(file, content);
    const result = lint([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
