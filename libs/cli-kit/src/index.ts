// Public API of cli-kit: what every command-line tool of the repo does the same way. Explicit named exports only.
export { optionsOrExitCode, runTool, UsageError } from './command-line';
export type { CommandLine, ToolOutput } from './command-line';
