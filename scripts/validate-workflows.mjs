// npm run lint:workflows [-- files…]: checks the GitHub Actions workflows
// (.github/workflows/*.yml by default) offline: each must be well-formed YAML
// (the `yaml` package, strict, no duplicate keys) and a valid workflow for
// GitHub's own parser (@actions/workflow-parser, the one behind GitHub's
// Actions language service, with GitHub's workflow schema). It ships ES
// modules importing JSON without import attributes, so it is bundled with
// esbuild before use.
import { build } from 'esbuild';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { ROOT } from './lib/run.mjs';

async function loadWorkflowParser() {
  const bundled = await build({
    stdin: { contents: "export * from '@actions/workflow-parser';", resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bondstage-workflow-parser-'));
  try {
    const file = path.join(dir, 'workflow-parser.cjs');
    await writeFile(file, bundled.outputFiles[0].text);
    return createRequire(import.meta.url)(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The problems of one workflow file; none when it is valid. */
async function workflowProblems(parser, name, content) {
  try {
    parse(content, { strict: true, uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    return [`${name}: not valid YAML: ${error.message}`];
  }
  const parsed = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter());
  if (!parsed.value) return parsed.context.errors.getErrors().map((error) => error.message);
  const template = await parser.convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((error) => error.Message);
}

async function main(args) {
  const { positionals: files } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  const dir = path.join(ROOT, '.github/workflows');
  const targets = files.length ? files : (await readdir(dir)).filter((file) => /\.ya?ml$/.test(file)).map((file) => path.join(dir, file));
  if (!targets.length) throw new Error('no workflow files to check');
  const parser = await loadWorkflowParser();
  let failed = 0;
  for (const file of targets) {
    const problems = await workflowProblems(parser, path.relative(ROOT, path.resolve(file)), await readFile(file, 'utf8'));
    if (problems.length) {
      failed++;
      console.error(problems.join('\n'));
    } else {
      console.log(`${path.relative(ROOT, path.resolve(file))}: valid`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
