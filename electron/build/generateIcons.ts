/**
 * Draws the Firebreak icon — a flame cut by a firebreak, on dark red — from one list of shapes into
 * resources/icon.svg (the source) and resources/icon.png (512 px) and icon-256.png, with 4×4 supersampling.
 * Run with `npx tsx electron/build/generateIcons.ts` after changing a shape.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';
import { encodePng } from './png';

type Shape =
  | {
      readonly kind: 'roundedRect';
      readonly x: number;
      readonly y: number;
      readonly size: number;
      readonly radius: number;
      readonly fill: string;
    }
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: string;
    }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly fill: string }
  | { readonly kind: 'polygon'; readonly points: readonly (readonly [number, number])[]; readonly fill: string };

const CANVAS = 512;
const BACKGROUND = '#7f1d1d';

/** A teardrop: a circle plus the triangle from the tip to the circle's two tangent points. */
function flame(cx: number, cy: number, r: number, tipY: number, fill: string): Shape[] {
  const distance = cy - tipY;
  const angle = Math.acos(r / distance);
  const dx = round(r * Math.sin(angle));
  const y = round(cy - r * Math.cos(angle));
  return [
    { kind: 'circle', cx, cy, r, fill },
    {
      kind: 'polygon',
      points: [
        [cx, tipY],
        [cx + dx, y],
        [cx - dx, y],
      ],
      fill,
    },
  ];
}

const ICON_SHAPES: readonly Shape[] = [
  { kind: 'roundedRect', x: 0, y: 0, size: CANVAS, radius: 96, fill: BACKGROUND },
  ...flame(256, 318, 124, 64, '#f97316'),
  ...flame(256, 356, 64, 196, '#fbbf24'),
  // The firebreak: a cleared strip the fire does not cross.
  { kind: 'rect', x: 88, y: 226, width: 336, height: 26, fill: BACKGROUND },
];

function iconSvg(shapes: readonly Shape[] = ICON_SHAPES): string {
  const elements = shapes.map((shape) => {
    switch (shape.kind) {
      case 'roundedRect':
        return `<rect x="${shape.x}" y="${shape.y}" width="${shape.size}" height="${shape.size}" rx="${shape.radius}" fill="${shape.fill}"/>`;
      case 'rect':
        return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" fill="${shape.fill}"/>`;
      case 'circle':
        return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${shape.fill}"/>`;
      case 'polygon':
        return `<polygon points="${shape.points.map(([x, y]) => `${x},${y}`).join(' ')}" fill="${shape.fill}"/>`;
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CANVAS} ${CANVAS}" width="${CANVAS}" height="${CANVAS}">`,
    ...elements.map((e) => `  ${e}`),
    '</svg>',
    '',
  ].join('\n');
}

function rasterize(size: number, shapes: readonly Shape[] = ICON_SHAPES): Uint8Array {
  const samples = 4;
  const scale = CANVAS / size;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          const top = topmostAt(shapes, x, y);
          if (top !== undefined) {
            const [r, g, b] = parseHex(top.fill);
            sum[0] = (sum[0] ?? 0) + r;
            sum[1] = (sum[1] ?? 0) + g;
            sum[2] = (sum[2] ?? 0) + b;
            sum[3] = (sum[3] ?? 0) + 1;
          }
        }
      }
      const covered = sum[3] ?? 0;
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        rgba[offset] = Math.round((sum[0] ?? 0) / covered);
        rgba[offset + 1] = Math.round((sum[1] ?? 0) / covered);
        rgba[offset + 2] = Math.round((sum[2] ?? 0) / covered);
        rgba[offset + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return rgba;
}

function topmostAt(shapes: readonly Shape[], x: number, y: number): Shape | undefined {
  for (let index = shapes.length - 1; index >= 0; index -= 1) {
    const shape = shapes[index];
    if (shape !== undefined && contains(shape, x, y)) {
      return shape;
    }
  }
  return undefined;
}

function contains(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case 'rect':
      return x >= shape.x && x < shape.x + shape.width && y >= shape.y && y < shape.y + shape.height;
    case 'circle':
      return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
    case 'roundedRect': {
      const inner = (value: number, start: number): number =>
        Math.min(Math.max(value, start + shape.radius), start + shape.size - shape.radius);
      const dx = x - inner(x, shape.x);
      const dy = y - inner(y, shape.y);
      const inside = x >= shape.x && x < shape.x + shape.size && y >= shape.y && y < shape.y + shape.size;
      return inside && dx * dx + dy * dy <= shape.radius ** 2;
    }
    case 'polygon':
      return insidePolygon(shape.points, x, y);
  }
}

function insidePolygon(points: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i] ?? [0, 0];
    const [xj, yj] = points[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function parseHex(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function writeIcons(root: string = repoRoot()): void {
  const resources = path.join(root, 'resources');
  writeFileSync(path.join(resources, 'icon.svg'), iconSvg());
  for (const [size, name] of [
    [512, 'icon.png'],
    [256, 'icon-256.png'],
  ] as const) {
    writeFileSync(path.join(resources, name), encodePng(size, size, rasterize(size)));
  }
}

writeIcons();
