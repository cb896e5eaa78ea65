/**
 * The safety scale's picture on the activity card: a 0-10 line of steps rising to the end,
 * with no words or numbers in it. Kept in its own small file because the registry loads it
 * with the first screen, before the scale's own code.
 */
export function ScaleActivityIcon() {
  const steps = Array.from({ length: 11 }, (_, n) => n);
  return (
    <svg viewBox="0 0 120 80" aria-hidden="true" focusable="false">
      <line x1="8" y1="66" x2="112" y2="66" stroke="#4b5f80" strokeWidth="3" strokeLinecap="round" />
      {steps.map((n) => (
        <rect key={n} x={8 + n * 9.6} y={62 - n * 4.6} width="6" height={4 + n * 4.6} rx="2" fill={n === 7 ? '#2456a6' : '#c9d6ea'} />
      ))}
    </svg>
  );
}
