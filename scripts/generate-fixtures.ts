/**
 * Writes the MSW fixtures in mocks/fixtures/ from the real sources in mocks/sources/:
 *   npm run fixtures
 * The output is committed; a unit test checks that it is exactly what this script makes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFixtures } from './fixtures/generate';
import { fixtureFiles, readFixtureInputs } from './fixtures/io';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = generateFixtures(readFixtureInputs(root, readFileSync));
for (const [path, json] of Object.entries(fixtureFiles(fixtures))) {
  const target = join(root, 'mocks', 'fixtures', path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, json);
}
const records = Object.values(fixtures.reportsByYear).flat().length;
console.log(`Wrote ${records} reports for ${fixtures.years.length} years.`);
console.log(`Published figure rows not used: ${fixtures.skippedPublishedRows.length}`);
for (const skipped of fixtures.skippedPublishedRows) console.log(`  row ${skipped.row}: ${skipped.reason}`);
