import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main.js';

/** A stream that keeps what is written to it. */
function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += chunk));
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

/** Runs the CLI in-process, as the `claimgraph` binary would, with the given stdin and environment. */
export async function runCli(args: string[], stdinText = '', env: NodeJS.ProcessEnv = {}) {
  const stdout = capture();
  const stderr = capture();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const status = await main(args, { stdout: stdout.stream, stderr: stderr.stream, stdin, env });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
