/** A command line that cannot run; the message names the offending option. */
export class UsageError extends Error {}

/** What a tool's parser makes of its arguments: show the help, or run with these options. */
export type CommandLine<T> = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: T };

/** Where a tool writes; the process's streams unless a test passes its own. */
export interface ToolOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

const PROCESS_OUTPUT: ToolOutput = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/**
 * The options to run with, or the exit code once the tool has nothing more to do: 0 after
 * printing `usage` for `--help`, 2 after a usage error (its message, then `usage`). Any other
 * error is a bug and propagates.
 */
export function optionsOrExitCode<T>(parse: () => CommandLine<T>, usage: string, output: ToolOutput = PROCESS_OUTPUT): T | number {
  let command: CommandLine<T>;
  try {
    command = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`error: ${error.message}\n\n${usage}`);
    return 2;
  }
  if (command.kind === 'help') {
    output.stdout(usage);
    return 0;
  }
  return command.options;
}

/**
 * Runs a tool's `main` and sets the process's exit code from its result; a crash is printed
 * with its stack under the tool's name and exits 1.
 */
export function runTool(name: string, main: () => number | Promise<number>, output: ToolOutput = PROCESS_OUTPUT): Promise<void> {
  return Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        output.stderr(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
      },
    );
}
