/** A progress bar on stderr, shown only on a terminal and only for more than a few files. */
export interface Progress {
  tick(label: string): void;
  done(): void;
}

const NONE: Progress = { tick() {}, done() {} };

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr, minimum = 4): Progress {
  if (!stream.isTTY || total < minimum) return NONE;
  let count = 0;
  const started = Date.now();
  const width = 24;
  const draw = (label: string) => {
    const filled = Math.round((count / total) * width);
    const rate = count / Math.max(0.001, (Date.now() - started) / 1000);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${rate.toFixed(0)}/s ${name}`);
  };
  return {
    tick(label) {
      count++;
      draw(label);
    },
    done() {
      stream.write('\r\u001b[2K');
    },
  };
}
