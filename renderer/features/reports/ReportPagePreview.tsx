/** One laid-out report page drawn as SVG: the preview shows exactly the lines and rules the PDF page carries. */
import type { LaidOutPage } from './layout/pageModel';
import { PAGE } from './layout/pageModel';

const FONT_FAMILY = { regular: 'Report Sans', bold: 'Report Sans', mono: 'Report Mono' } as const;

export function ReportPagePreview({
  page,
  number,
  total,
}: {
  readonly page: LaidOutPage;
  readonly number: number;
  readonly total: number;
}) {
  return (
    <figure className="report-page" aria-label={`Page ${number} of ${total}`}>
      <svg viewBox={`0 0 ${PAGE.width} ${PAGE.height}`} role="img" aria-label={`Preview of page ${number}`}>
        <rect x={0} y={0} width={PAGE.width} height={PAGE.height} fill="#ffffff" />
        {page.items.map((item, index) =>
          item.kind === 'rect' ? (
            <rect key={index} x={item.x} y={item.y} width={item.w} height={item.h} fill={item.color} />
          ) : item.kind === 'line' ? (
            <polyline
              key={index}
              points={item.points.map((point) => `${point.x},${point.y}`).join(' ')}
              fill="none"
              stroke={item.color}
              strokeWidth={item.width}
              strokeLinejoin="round"
            />
          ) : (
            <text
              key={index}
              x={item.x}
              y={item.y + item.size * 0.93}
              fontFamily={FONT_FAMILY[item.face]}
              fontWeight={item.face === 'bold' ? 700 : 400}
              fontSize={item.size}
              fill={item.color}
              xmlSpace="preserve"
            >
              {item.text}
            </text>
          ),
        )}
      </svg>
    </figure>
  );
}
