// What every step of the build shares: running a tool, and failing the
// build with the file and what is wrong with it.
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';

/** Stops the build: `file` is wrong, as `problem` says. */
export function fail(file, problem) {
  throw new Error(`${basename(file)}: ${problem}`);
}

/** Runs `command` with `args`; its errors go to the build's log, and a failure stops the build. */
export function run(command, args) {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (error) {
    throw new Error(`${command} ${args.map((a) => basename(a)).join(' ')} failed (${error.status ?? error.signal})`);
  }
}
