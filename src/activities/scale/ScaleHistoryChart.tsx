import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALE_MAX, SCALE_MIN } from './scaleValue';
import type { ScaleHistoryPoint } from '../../model/scaleHistory';
import './ScaleHistoryChart.css';

interface Props {
  /** Oldest first, as scaleHistory returns them. */
  points: readonly ScaleHistoryPoint[];
  /** The question, for the chart's caption. */
  question: string;
  /** The session on screen, whose point is marked. */
  currentSessionId?: string;
}

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 36, right: 20, top: 24, bottom: 34 };
/** Past this many points, only the first and last dates are written under the chart. */
const MAX_DATE_LABELS = 6;

/**
 * A child's numbers for one question over time, for the worker's screen and the summary: a plain
 * line with 10 at the top, one dot per time asked, evenly spaced in the order given. The same
 * numbers and dates are in a table right under it, which is what assistive technology reads.
 */
export function ScaleHistoryChart({ points, question, currentSessionId }: Props) {
  const { t, i18n } = useTranslation('scale');
  const captionId = useId();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const dateText = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : format.format(d);
  };

  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - ((v - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * innerH;
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
  const labelled = (i: number) => points.length <= MAX_DATE_LABELS || i === 0 || i === points.length - 1;
  // The first and last dates hang inwards so they are not cut off at the edges.
  const dateAnchor = (i: number) => (points.length < 2 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle');

  return (
    <figure className="scale-history" aria-labelledby={captionId}>
      <figcaption id={captionId} className="scale-history__caption">
        {t('history.caption', { question })}
      </figcaption>
      {points.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <>
          {/* The table below carries the same numbers for screen readers; the drawing is for eyes only. */}
          <svg className="scale-history__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
            {[SCALE_MIN, SCALE_MAX / 2, SCALE_MAX].map((v) => (
              <g key={v}>
                <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} stroke="#d5d9e0" strokeWidth="1.5" />
                <text x={PAD.left - 8} y={y(v) + 5} textAnchor="end" fontSize="14" fill="#4b5565">
                  {v}
                </text>
              </g>
            ))}
            {points.length > 1 && <path d={line} fill="none" stroke="#2456a6" strokeWidth="3" strokeLinejoin="round" />}
            {points.map((p, i) => {
              const current = p.sessionId === currentSessionId;
              return (
                <g key={`${p.sessionId}-${p.date}-${i}`}>
                  <circle cx={x(i)} cy={y(p.value)} r={current ? 9 : 6} fill={current ? '#2456a6' : '#ffffff'} stroke="#2456a6" strokeWidth="3" />
                  <text x={x(i)} y={y(p.value) - 14} textAnchor="middle" fontSize="15" fontWeight="700" fill="#1d2433">
                    {p.value}
                  </text>
                  {labelled(i) && (
                    <text x={x(i)} y={HEIGHT - 10} textAnchor={dateAnchor(i)} fontSize="13" fill="#4b5565">
                      {dateText(p.date)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <table className="scale-history__table">
            <thead>
              <tr>
                <th scope="col">{t('history.date')}</th>
                <th scope="col">{t('history.number')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={`${p.sessionId}-${p.date}-${i}`} aria-current={p.sessionId === currentSessionId ? 'true' : undefined}>
                  <td>
                    {dateText(p.date)}
                    {p.sessionId === currentSessionId && <span className="scale-history__now"> {t('history.thisSession')}</span>}
                  </td>
                  <td>{p.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
