#!/usr/bin/env node
// The claimgraph command: parses nothing itself, hands the arguments to the compiled CLI.
import { main } from '../dist/src/cli/main.js';

process.stdout.on('error', (error) => {
  // "claimgraph analyze ... | head" closes the pipe early: that is not a failure.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.stderr.write(`claimgraph: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 70;
  },
);
