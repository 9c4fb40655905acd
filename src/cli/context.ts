/** What a command may touch of the process: passed in, so commands can be run in-process by tests. */
export interface CommandContext {
  stdout: NodeJS.WriteStream | (NodeJS.WritableStream & { isTTY?: boolean });
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** --debug: print a stack trace with every error. */
  debug?: boolean;
}
