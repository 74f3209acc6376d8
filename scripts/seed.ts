// npm run seed -- --persons N [--seed S] [--data-dir DIR]: fills a register with synthetic people.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCore } from '#server/core';
import { seedRegister } from '#dev/seed-register';
import { defaultDataDir, osActor, registerFile } from '#server/paths';

const { values } = parseArgs({
  options: {
    persons: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'data-dir': { type: 'string' },
  },
});

const persons = Number(values.persons);
const seed = Number(values.seed);
if (!Number.isInteger(persons) || persons < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run seed -- --persons N [--seed S] [--data-dir DIR]');
  process.exit(2);
}
const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const core = startCore({ dataDir, actor: `seed:${osActor()}` });
try {
  console.log(`seeding ${persons.toLocaleString('en')} persons (seed ${seed}) into ${registerFile(dataDir)}`);
  const report = seedRegister(core, {
    persons,
    seed,
    onProgress: (done, total) =>
      console.log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}  ${seconds()} s`),
  });
  if (report.loadedDemo) console.log(`loaded the demo district ${report.districtName} first`);
  console.log(
    `done in ${seconds()} s: ${report.persons} persons, ${report.guardians} guardians, ${report.surveys} surveys, ${report.enrolments} enrolments`,
  );
} finally {
  core.close();
}
