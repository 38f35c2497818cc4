// Entry point of `npm run contracts:generate`; all logic lives in ./src (see --help).
import { ALL_CONTRACTS } from '@sagewire/contracts';
import { run } from './src/cli';

process.exitCode = run(process.argv.slice(2), ALL_CONTRACTS, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
