// Legend placement inside an SVG (so exported charts keep their legend): items flow left to
// right and wrap. Text width is estimated; CJK characters are about twice as wide.

export interface LegendItem {
  key: string;
  label: string;
  color: string;
  dash?: string;
}

export interface PlacedItem extends LegendItem {
  x: number;
  y: number;
}

export function textWidth(s: string, fontSize = 11): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.58;
  return w;
}

export function legendLayout(items: readonly LegendItem[], width: number, x0 = 0, rowHeight = 15): { items: PlacedItem[]; height: number } {
  let x = x0;
  let row = 0;
  const out: PlacedItem[] = [];
  for (const it of items) {
    const w = 16 + textWidth(it.label) + 12;
    if (x > x0 && x + w > width) {
      row++;
      x = x0;
    }
    out.push({ ...it, x, y: row * rowHeight });
    x += w;
  }
  return { items: out, height: items.length ? (row + 1) * rowHeight : 0 };
}
