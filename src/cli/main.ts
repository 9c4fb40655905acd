import { ERROR_CODES, isClaimgraphError } from '../core/errors.js';
import { VERSION } from '../version.js';
import type { CommandContext } from './context.js';

const HELP = `claimgraph ${VERSION}: who claims what, about whom, on whose word, and how firmly.

Usage: claimgraph <command> [options]

Commands:
  analyze <file|dir|->...   analyse articles and print a report (or --json)

Run "claimgraph <command> --help" for a command's options.`;

type Command = (args: string[], context: CommandContext) => Promise<number>;

/** Commands are loaded lazily, so "claimgraph --help" does not pay for the whole pipeline. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/analyze.js')).runAnalyze,
};

export async function main(args: string[], context: CommandContext): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    context.stdout.write(`${HELP}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    context.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    context.stderr.write(`claimgraph: unknown command "${name}"\n\n${HELP}\n`);
    return 2;
  }
  try {
    return await (await load())(rest, context);
  } catch (error) {
    if (isClaimgraphError(error)) {
      context.stderr.write(`claimgraph: ${error.message}\n`);
      return error.kind === 'bad_usage' ? 2 : 1;
    }
    // parseArgs reports unknown or malformed options with these codes.
    const code = (error as { code?: string }).code;
    if (code && code.startsWith('ERR_PARSE_ARGS')) {
      context.stderr.write(`claimgraph: [${ERROR_CODES.bad_usage}] ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
