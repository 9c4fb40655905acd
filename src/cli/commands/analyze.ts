import { parseArgs } from 'node:util';
import { ContractWriter, streamSink } from '../../contract/stream.js';
import { documentWithActors, type ContractOutput } from '../../contract/json.js';
import { MemoryCorpus } from '../../corpus/corpus.js';
import { FileShelf, MemoryShelf } from '../../corpus/claim-shelf.js';
import { analyzeInOrder } from '../../parallel/analysis-pool.js';
import { errorText } from '../failures.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, readInput, readSettings } from '../inputs.js';
import { LinkSpool } from '../link-spool.js';
import { createProgress } from '../progress.js';
import { formatLinks, formatReport } from '../report.js';
import { createStyle, printable } from '../style.js';
import type { CommandContext } from '../context.js';

export const ANALYZE_HELP = `Usage: claimgraph analyze [options] <file|directory|->...

Analyses news and opinion articles (HTML pages or text copied from a page) and prints, per article,
its metadata, its claims with their attribution, hedges, numbers and dates, and its entities.
A directory is walked for .html, .htm, .txt and .md files; "-" reads standard input.

Options:
  --json                 print the analysis as JSON (the documented contract) on stdout, each
                         document as soon as it is analysed
  --published YYYY-MM-DD publication date for inputs that do not give one (anchors relative dates)
  --format html|text     read every input as this format instead of deciding from name and content
  --jobs N               analysis threads (default: one per core); output keeps the input order
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
  const { published, format, maxBytes, budgets, jobs, inputs } = readSettings('analyze', values, positionals);
  const errors: ContractOutput['errors'] = [];
  const progress = createProgress(inputs.length, context.stderr);
  const style = createStyle(context.stdout, context.env);
  // Only what cross-article work needs stays in memory; each document is written as it finishes.
  const spool = values.json ? new LinkSpool() : null;
  // With --json the claims' comparison keys wait in a file too: a run of 20,000 articles has 340,000.
  const shelf = values.json ? new FileShelf() : new MemoryShelf();
  const bodies = values.json ? new FileShelf() : new MemoryShelf();
  const corpus = new MemoryCorpus(spool ? (links) => spool.add(links) : undefined, shelf, bodies);
  const writer = values.json ? new ContractWriter(streamSink(context.stdout)) : null;
  try {
    const claimText = new Map<string, string>();
    let analysed = 0;
    await writer?.begin();
    const tasks = inputs.map((input) => ({ source: input, read: async () => readInput(input, maxBytes, context.stdin), options: { source: input, published, format, maxBytes, budgets } }));
    for await (const result of analyzeInOrder(tasks, jobs)) {
      if (result.analysis) {
        const analysis = result.analysis;
        analysed++;
        const { canonical } = await corpus.add(analysis, result.prepared);
        if (writer) await writer.document(documentWithActors(analysis, canonical));
        else {
          progress.done();
          context.stdout.write(`${formatReport(analysis, style)}\n\n`);
          for (const claim of analysis.claims) claimText.set(claim.id, claim.text);
        }
      } else if (result.error) {
        const error = result.error;
        errors.push({ source: result.source, code: error.code, kind: error.kind, message: error.message, ...(error.budget ? { budget: error.budget } : {}) });
        progress.done();
        context.stderr.write(`claimgraph: ${printable(errorText(error, context.debug))}\n`);
      }
      progress.tick(result.source);
    }
    progress.done();
    if (writer) await writer.end({ entities: corpus.drainEntities(), entityCandidates: corpus.candidates, links: spool!.read(), errors });
    else if (corpus.links.length > 0) context.stdout.write(`${formatLinks(corpus.links, (id) => claimText.get(id), style)}\n\n`);
    if (!values.json && (analysed > 1 || errors.length > 0)) {
      context.stderr.write(`claimgraph: analysed ${analysed} of ${inputs.length} input${inputs.length === 1 ? '' : 's'}${errors.length ? `, ${errors.length} failed` : ''}\n`);
    }
    return errors.length > 0 ? 1 : 0;
  } finally {
    spool?.remove();
    shelf.close();
    bodies.close();
  }
}
