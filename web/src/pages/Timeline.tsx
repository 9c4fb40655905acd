import { getJson, type Paged, type TimelineEntry } from '../api';
import { intParam, Pager, Status, useApi } from '../components/common';
import { asKind, KIND_STYLE, KindBadge, KindChips, Legend } from '../components/legend';
import { href, updateParams, type Route } from '../route';

interface Placed {
  start: number;
  end: number;
  precision: 'day' | 'week' | 'month' | 'year' | 'decade';
}

const DAY = 86_400_000;

/** Where a TIMEX3 value lies, and how precisely: "2025-05" covers the whole of May. */
export function placeDate(value: string | null): Placed | null {
  if (!value) return null;
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) {
    const start = Date.UTC(+match[1], +match[2] - 1, +match[3]);
    return { start, end: start + DAY, precision: 'day' };
  }
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) {
    const start = Date.UTC(+match[1], 0, 1) + (+match[2] - 1) * 7 * DAY;
    return { start, end: start + 7 * DAY, precision: 'week' };
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) return { start: Date.UTC(+match[1], +match[2] - 1, 1), end: Date.UTC(+match[1], +match[2], 1), precision: 'month' };
  match = /^(\d{4})$/.exec(value);
  if (match) return { start: Date.UTC(+match[1], 0, 1), end: Date.UTC(+match[1] + 1, 0, 1), precision: 'year' };
  match = /^(\d{3})X$/.exec(value);
  if (match) return { start: Date.UTC(+match[1] * 10, 0, 1), end: Date.UTC(+match[1] * 10 + 10, 0, 1), precision: 'decade' };
  return null;
}

const year = (time: number) => new Date(time).getUTCFullYear();

/** Event date on the upper axis, report date on the lower, one line joining each pair. */
export function TimelineChart({ entries, compact = false }: { entries: TimelineEntry[]; compact?: boolean }) {
  const placed = entries.map((entry) => ({ entry, event: placeDate(entry.eventDate), report: placeDate(entry.reportDate) })).filter((item) => item.event);
  if (placed.length === 0) return <p className="muted">No claim here gives a calendar date.</p>;
  const times = placed.flatMap((item) => [item.event!.start, item.event!.end, ...(item.report ? [item.report.start, item.report.end] : [])]);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const width = compact ? 520 : 960;
  const height = compact ? 130 : 200;
  const left = 20;
  const right = width - 20;
  const x = (time: number) => left + ((time - min) / Math.max(1, max - min)) * (right - left);
  const eventY = 40;
  const reportY = height - 40;
  const firstYear = year(min);
  const lastYear = year(max);
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  const ticks: number[] = [];
  for (let tick = firstYear; tick <= lastYear + 1; tick += step) ticks.push(Date.UTC(tick, 0, 1));
  return (
    <svg className="timeline-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${placed.length} dated claims: event date above, report date below`}>
      <text x={left} y={16} className="axis-label">
        event date (when it happened, as the claim says)
      </text>
      <text x={left} y={height - 6} className="axis-label">
        report date (when the article was published)
      </text>
      <line x1={left} x2={right} y1={eventY} y2={eventY} className="axis" />
      <line x1={left} x2={right} y1={reportY} y2={reportY} className="axis" />
      {ticks
        .filter((tick) => tick >= min && tick <= max)
        .map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={eventY - 4} y2={reportY + 4} className="tick" />
            <text x={x(tick) + 2} y={eventY + 14} className="tick-label">
              {year(tick)}
            </text>
          </g>
        ))}
      {placed.map(({ entry, event, report }, index) => {
        const style = KIND_STYLE[entry.attributionKind];
        const middle = (event!.start + event!.end) / 2;
        return (
          <a key={index} href={href('doc', entry.documentId, { claim: entry.claimId })} aria-label={`${entry.dateText}: ${entry.claimText}`}>
            <title>{`${entry.dateText} → ${entry.eventDate} (${event!.precision}); reported ${entry.reportDate ?? 'on an unknown date'}: ${entry.claimText}`}</title>
            {report ? <line x1={x(middle)} y1={eventY} x2={x((report.start + report.end) / 2)} y2={reportY} stroke={style.color} className={`join join-${entry.attributionKind}`} /> : null}
            {event!.precision === 'day' ? (
              <circle cx={x(middle)} cy={eventY} r={5} fill={style.color} />
            ) : (
              // A month or a year is drawn as the span it covers, not as a day it does not name.
              <rect x={x(event!.start)} y={eventY - 5} width={Math.max(3, x(event!.end) - x(event!.start))} height={10} fill={style.color} fillOpacity={0.35} stroke={style.color} />
            )}
            {report ? <rect x={x((report.start + report.end) / 2) - 4} y={reportY - 4} width={8} height={8} fill={style.color} /> : null}
          </a>
        );
      })}
    </svg>
  );
}

export function TimelinePage({ route }: { route: Route }) {
  const entity = route.params.get('entity') ?? undefined;
  const attribution = asKind(route.params.get('attribution'));
  const offset = intParam(route.params.get('offset'), 0);
  const limit = 200;
  const loaded = useApi((signal) => getJson<Paged<TimelineEntry>>('/api/timeline', { entity, attribution, offset, limit }, signal), `${entity}|${attribution}|${offset}`);
  const data = loaded.data;
  return (
    <div>
      <h1>Timeline</h1>
      <p className="muted">Only calendar dates are placed. A month or year is drawn as the stretch it covers; the report date is the article's publication date.</p>
      <Legend />
      <KindChips selected={attribution} onChange={(kind) => updateParams({ attribution: kind, offset: null })} />
      {entity ? (
        <p>
          Claims naming entity {entity}{' '}
          <button type="button" onClick={() => updateParams({ entity: null, offset: null })}>
            show all
          </button>
        </p>
      ) : null}
      <Status loaded={loaded} what="the timeline" />
      {data ? (
        <>
          <Pager offset={data.offset} limit={limit} total={data.total} shown={data.items.length} onOffset={(next) => updateParams({ offset: next })} />
          <TimelineChart entries={data.items} />
          <table className="table">
            <caption className="muted">The same entries as a table</caption>
            <thead>
              <tr>
                <th>Event date</th>
                <th>As written</th>
                <th>Reported</th>
                <th>Claim</th>
                <th>On whose word</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((entry, index) => (
                <tr key={index}>
                  <td>{entry.eventDate}</td>
                  <td>{entry.dateText}</td>
                  <td>{entry.reportDate?.slice(0, 10) ?? '–'}</td>
                  <td>
                    <a href={href('doc', entry.documentId, { claim: entry.claimId })}>{entry.claimText}</a>
                  </td>
                  <td>
                    <KindBadge kind={entry.attributionKind} /> {entry.source ?? ''} <span className="muted">{entry.outlet ?? ''}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
