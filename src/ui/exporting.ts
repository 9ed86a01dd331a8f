// Downloads: charts as SVG and PNG, results as CSV, the scenario as JSON.

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(name: string, text: string, type: string): void {
  download(name, new Blob([text], { type }));
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Height of the caption's title line and of each line under it, in chart units. */
const CAPTION_TITLE = 20;
const CAPTION_LINE = 14;

/** The chart with a caption above it: the title in bold, then one line each (scenario, firm,
 *  band, seed), so a chart pasted into a slide explains itself. Its width and height. */
function captioned(svg: SVGSVGElement, caption: readonly string[]): { root: SVGSVGElement; w: number; h: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  clone.querySelectorAll('[role="presentation"][fill="transparent"]').forEach((n) => n.remove());
  if (!caption.length) return { root: clone, w, h };
  const head = 8 + CAPTION_TITLE + (caption.length - 1) * CAPTION_LINE;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('viewBox', `0 0 ${w} ${h + head}`);
  root.setAttribute('width', String(w));
  root.setAttribute('height', String(h + head));
  root.setAttribute('font-family', svg.getAttribute('font-family') ?? 'sans-serif');
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', String(w));
  bg.setAttribute('height', String(h + head));
  bg.setAttribute('fill', '#ffffff');
  root.append(bg);
  caption.forEach((line, i) => {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('class', 'caption');
    text.setAttribute('x', '10');
    text.setAttribute('y', String(i === 0 ? 18 : CAPTION_TITLE + 8 + i * CAPTION_LINE - 2));
    text.setAttribute('font-size', i === 0 ? '14' : '10');
    if (i === 0) text.setAttribute('font-weight', '700');
    text.setAttribute('fill', i === 0 ? '#222222' : '#444444');
    text.textContent = line;
    root.append(text);
  });
  clone.setAttribute('y', String(head));
  root.append(clone);
  return { root, w, h: h + head };
}

/** Standalone SVG text of a chart (every style is an attribute, so nothing is lost), with a
 *  caption above it when given (title first). */
export function svgText(svg: SVGSVGElement, caption: readonly string[] = []): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(captioned(svg, caption).root);
}

export async function svgToPng(svg: SVGSVGElement, caption: readonly string[] = [], scale = 2): Promise<Blob> {
  const text = svgText(svg, caption);
  const { w, h } = captioned(svg, caption);
  const img = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('could not render the SVG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = w * scale;
    canvas.height = h * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function fileSlug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart'
  );
}
