import { useEffect, useState } from 'react';
import { ApiError } from '../api';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
}

/** Loads JSON for the current view; a newer request aborts the older one. */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    load(controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error, loading: false });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);
  return { ...state, reload: () => setGeneration((value) => value + 1) };
}

export function Status({ loaded, what }: { loaded: Loaded<unknown>; what: string }) {
  if (loaded.error)
    return (
      <p className="error" role="alert">
        Could not load {what}: {loaded.error.message}
      </p>
    );
  if (loaded.loading && !loaded.data)
    return (
      <p className="muted" aria-busy="true">
        Loading {what}…
      </p>
    );
  return null;
}

/** "21–40 of 132", with previous and next: lists never end silently. */
export function Pager({ offset, limit, total, shown, onOffset }: { offset: number; limit: number; total: number; shown: number; onOffset: (offset: number) => void }) {
  return (
    <nav className="pager" aria-label="pages">
      <span className="pager-count">{total === 0 ? 'none' : `${offset + 1}–${offset + shown} of ${total}`}</span>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ← previous
      </button>
      <button type="button" disabled={offset + shown >= total} onClick={() => onOffset(offset + limit)}>
        next →
      </button>
    </nav>
  );
}

export const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

export const intParam = (value: string | null, fallback: number) => {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number >= 0 ? number : fallback;
};

/** Saves rows as a file the browser downloads (a Blob URL: nothing leaves the machine). */
export function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One CSV cell: quoted, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
