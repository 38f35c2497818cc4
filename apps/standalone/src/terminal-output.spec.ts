import { terminalOutput } from './terminal-output';

/** Just enough of a stream to record what was written and to say whether it is a terminal. */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('terminalOutput', () => {
  it('rewrites progress in place on a terminal and ends that line before the next message', () => {
    const { stream, written } = fakeStream(true);
    const output = terminalOutput(stream);

    output.progress('1/2 ready');
    output.progress('2/2 ready');
    output.line('running');

    expect(written.join('')).toBe('\r\x1b[2K1/2 ready\r\x1b[2K2/2 ready\nrunning\n');
  });

  it('writes every progress update as its own line when piped', () => {
    const { stream, written } = fakeStream(false);
    const output = terminalOutput(stream);

    output.progress('1/2 ready');
    output.line('running');

    expect(written.join('')).toBe('1/2 ready\nrunning\n');
  });
});
