import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './run-check.ts';

const code = runCli(process.argv.slice(2), {
  readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  writeText: (path, text) => writeFileSync(path, text),
});
process.exitCode = code;
