import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadConfig, openRuntime } from '@g3n/platform';
import { system } from '@g3n/system';
import { ParsedArgs, UsageError } from '../args';
import { createApiApp } from '../../api/create-app';
import { openApiDocuments } from '../../api/openapi/openapi.controller';
import { parse } from 'yaml';
import { rolesMarkdown } from './roles-doc';

const ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * `g3n openapi write` regenerates openapi/*.yaml, openapi/event-catalog.json and docs/roles.md from the code;
 * `g3n openapi check` exits 1 when they drifted.
 */
export async function openapiCommand(args: ParsedArgs): Promise<number> {
  const sub = args.positionals[1];
  if (sub !== 'write' && sub !== 'check') throw new UsageError('usage: g3n openapi write|check');
  // The documents come from the code alone: build them on a throwaway embedded runtime, not the operator's data.
  const dataDir = mkdtempSync(join(tmpdir(), 'g3n-openapi-'));
  const runtime = await openRuntime(loadConfig({ G3N_DATA_DIR: dataDir }), { ...system, withWorker: false });
  let documents: Record<string, string>;
  let catalog: unknown;
  try {
    const app = await createApiApp(runtime, { logger: false });
    documents = Object.fromEntries(openApiDocuments.all());
    catalog = runtime.registry.catalog();
    await app.close();
  } finally {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const files: Record<string, string> = {};
  for (const [name, yaml] of Object.entries(documents)) files[`openapi/${name}.yaml`] = yaml;
  files['docs/roles.md'] = rolesMarkdown(Object.fromEntries(Object.entries(documents).map(([n, y]) => [n, parse(y)])));
  // The event catalog as a file too, so a change to an event definition shows up in review (and drifts loudly).
  files['openapi/event-catalog.json'] = `${JSON.stringify(catalog, null, 2)}\n`;
  let drifted = 0;
  for (const [relative, content] of Object.entries(files)) {
    const file = join(ROOT, relative);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === content) continue;
    if (sub === 'write') {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, content);
      process.stderr.write(`wrote ${relative}\n`);
    } else {
      process.stderr.write(`${relative} differs from the code: run npm run openapi\n`);
      drifted++;
    }
  }
  return drifted ? 1 : 0;
}
