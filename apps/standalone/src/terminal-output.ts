/** What the standalone tells the person who started it: progress, then the URL. */
export interface TerminalOutput {
  /** A status that the next one replaces (one line on a terminal, one line each in a log). */
  progress(text: string): void;
  line(text: string): void;
}

/** On a TTY progress rewrites one line in place; piped output (CI, tests) gets every line. */
export function terminalOutput(stream: NodeJS.WriteStream = process.stdout): TerminalOutput {
  let lineOpen = false;
  return {
    progress: (text) => {
      if (!stream.isTTY) {
        stream.write(`${text}\n`);
        return;
      }
      stream.write(`\r\x1b[2K${text}`);
      lineOpen = true;
    },
    line: (text) => {
      stream.write(`${lineOpen ? '\n' : ''}${text}\n`);
      lineOpen = false;
    },
  };
}

export const silentOutput: TerminalOutput = { progress: () => undefined, line: () => undefined };
