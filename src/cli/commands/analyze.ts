import { parseArgs } from 'node:util';
import { analyze } from '../../analyze.js';
import type { Analysis } from '../../core/analysis.js';
import { toContract, type ContractOutput } from '../../contract/json.js';
import { codedError, errorText } from '../failures.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, readInput, readSettings } from '../inputs.js';
import { createProgress } from '../progress.js';
import { formatLinks, formatReport } from '../report.js';
import { findLinks, linkableClaims } from '../../corpus/links/index.js';
import { createStyle, printable } from '../style.js';
import type { CommandContext } from '../context.js';

export const ANALYZE_HELP = `Usage: claimgraph analyze [options] <file|directory|->...

Analyses news and opinion articles (HTML pages or text copied from a page) and prints, per article,
its metadata, its claims with their attribution, hedges, numbers and dates, and its entities.
A directory is walked for .html, .htm, .txt and .md files; "-" reads standard input.

Options:
  --json                 print the analysis as JSON (the documented contract) on stdout
  --published YYYY-MM-DD publication date for inputs that do not give one (anchors relative dates)
  --format html|text     read every input as this format instead of deciding from name and content
${READ_OPTIONS_HELP}
  -h, --help             show this help

Exit status: 0 when every input was analysed, 1 when any input failed, 2 on a usage error.`;

export async function runAnalyze(args: string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      ...READ_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    context.stdout.write(`${ANALYZE_HELP}\n`);
    return 0;
  }
  const { published, format, maxBytes, budgets, inputs } = readSettings('analyze', values, positionals);
  const analyses: Analysis[] = [];
  const errors: ContractOutput['errors'] = [];
  const progress = createProgress(inputs.length, context.stderr);
  const style = createStyle(context.stdout, context.env);
  for (const input of inputs) {
    try {
      const bytes = await readInput(input, maxBytes, context.stdin);
      const analysis = analyze(bytes, { source: input, published, format, maxBytes, budgets });
      analyses.push(analysis);
      if (!values.json) {
        progress.done();
        context.stdout.write(`${formatReport(analysis, style)}\n\n`);
      }
    } catch (caught) {
      const error = codedError(caught, input);
      errors.push({ source: input, code: error.code, kind: error.kind, message: error.message, ...(error.budget ? { budget: error.budget } : {}) });
      progress.done();
      context.stderr.write(`claimgraph: ${printable(errorText(error, context.debug))}\n`);
    }
    progress.tick(input);
  }
  progress.done();
  const links = findLinks(analyses.flatMap(linkableClaims));
  if (values.json) context.stdout.write(`${JSON.stringify(toContract(analyses, errors, links), null, 2)}\n`);
  else if (links.length > 0) {
    const claimText = new Map(analyses.flatMap((analysis) => analysis.claims.map((claim) => [claim.id, claim.text] as const)));
    context.stdout.write(`${formatLinks(links, (id) => claimText.get(id), style)}\n\n`);
  }
  if (!values.json && (analyses.length > 1 || errors.length > 0)) {
    context.stderr.write(`claimgraph: analysed ${analyses.length} of ${inputs.length} input${inputs.length === 1 ? '' : 's'}${errors.length ? `, ${errors.length} failed` : ''}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
