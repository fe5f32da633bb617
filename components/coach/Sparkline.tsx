// The last readings of a metric as a small line: SVG for the eye, one sentence for a screen reader.
import type { Reading } from '@/lib/model/reading';

const width = 120;
const height = 28;

export function Sparkline({ readings, label }: { readings: readonly Reading[]; label: string }) {
  const points = readings.filter((reading) => reading.value !== null);
  if (points.length < 2) return null;
  const values = points.map((reading) => reading.value!.value);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const span = high - low || 1;
  const path = values
    .map((value, index) => {
      const x = (index / (values.length - 1)) * (width - 4) + 2;
      const y = height - 2 - ((value - low) / span) * (height - 4);
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join(' ');
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
