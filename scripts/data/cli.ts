/**
 * Turns a folder of MAPPA reports and national tables into the data every reader sees:
 *   npm run data -- add <files or folders>   read and keep them in data/ (by checksum)
 *   npm run data -- build                    write data/build (the static API npm run build serves)
 *   npm run data -- check                    for CI: builds, every schema holds, no question open
 * Options: --dir <folder> (default data/), --strict (exit non-zero while questions remain).
 * See README.md, "Run it on your own data".
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fixtureDataSet } from '../vite-plugins';
import { DataFolderError, runAdd, runBuild, runCheck, type CommandContext } from './commands';
import { dataFolder } from './data-folder';

const USAGE = `Usage: npm run data -- <command> [options]

Commands:
  add <files or folders>   read report PDFs or text, MAPPA Compare CSVs, ODS/XLSX/CSV tables
                           and data bundles, and keep them in the data folder
  build                    write the data folder's build/ (the static API, manifest.json,
                           summary.md) and questions.yaml
  check                    for CI: every input reads, every schema holds, no question is
                           open, and build/ is what the inputs build now

Options:
  --dir <folder>           the data folder (default: data)
  --strict                 add and build exit non-zero while questions remain
  --help                   this text`;

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { dir: { type: 'string' }, strict: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const context: CommandContext = {
    folder: dataFolder(values.dir ?? 'data'),
    base: fixtureDataSet(resolve(PROJECT_ROOT, 'mocks', 'fixtures')),
    output: process.stderr,
    strict: values.strict,
  };
  switch (command) {
    case 'add':
      return runAdd(rest, context);
    case 'build':
    case 'check':
      if (rest.length > 0) {
        process.stderr.write(`${command} takes no files (did you mean: npm run data -- add ${rest.join(' ')}?)\n`);
        return 2;
      }
      return command === 'build' ? runBuild(context) : runCheck(context);
    default:
      process.stderr.write(`Unknown command “${command}”.\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof DataFolderError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
