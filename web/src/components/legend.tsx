import type { ReactNode } from 'react';

export type Kind = 'named' | 'anonymous' | 'author';
export const KINDS: Kind[] = ['named', 'anonymous', 'author'];

/** One legend everywhere: Okabe-Ito colours (safe for colour-blind readers) plus a label and a line pattern. */
export const KIND_STYLE: Record<Kind, { label: string; short: string; color: string; pattern: string; describe: string }> = {
  named: { label: 'named source', short: 'named', color: '#0072B2', pattern: 'solid', describe: 'an identifiable person, body or document' },
  anonymous: { label: 'anonymous source', short: 'anon', color: '#D55E00', pattern: 'dashed', describe: 'unnamed or vague sources' },
  author: { label: "author's voice", short: 'author', color: '#7B3294', pattern: 'dotted', describe: 'no one else is cited' },
};

export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span className={`badge badge-${kind}`} title={KIND_STYLE[kind].label}>
      {KIND_STYLE[kind].short}
    </span>
  );
}

export function Legend({ extra }: { extra?: ReactNode }) {
  return (
    <div className="legend" aria-label="legend">
      {KINDS.map((kind) => (
        <span key={kind} className="legend-item">
          <span className={`swatch claim-${kind}`}>
            <KindBadge kind={kind} />
          </span>{' '}
          {KIND_STYLE[kind].label}
        </span>
      ))}
      <span className="legend-item">
        <span className="hedge">hedge cue</span> (wavy underline)
      </span>
      {extra}
    </div>
  );
}

/** The same filter chips in the reader, the claims table and the network. */
export function KindChips({ selected, onChange }: { selected: Kind | null; onChange: (kind: Kind | null) => void }) {
  return (
    <div className="chips" role="group" aria-label="attribution kind">
      <button type="button" className={`chip ${selected === null ? 'chip-on' : ''}`} aria-pressed={selected === null} onClick={() => onChange(null)}>
        all
      </button>
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`chip chip-${kind} ${selected === kind ? 'chip-on' : ''}`}
          aria-pressed={selected === kind}
          onClick={() => onChange(selected === kind ? null : kind)}
        >
          <KindBadge kind={kind} /> {KIND_STYLE[kind].label}
        </button>
      ))}
    </div>
  );
}

export const asKind = (value: string | null): Kind | null => (value === 'named' || value === 'anonymous' || value === 'author' ? value : null);
