// The period a chart over time reads out: under the pointer, or chosen from the keyboard with the
// chart's wrapper made a slider over the periods (its value text is the read-out, so a screen
// reader announces it). Shared by LineChart and StackedArea.
import type { ScaleLinear } from 'd3';
import { W } from './frame.ts';
import { periodAfterKey } from './keyCursor.ts';

export class PeriodCursor {
  /** The period read out, or null when none is. */
  at = $state<number | null>(null);

  /** The pointer over the plot area (an element of the chart's SVG): the nearest period of x in 0..maxX. */
  move(e: PointerEvent, x: ScaleLinear<number, number>, maxX: number, first = 0): void {
    const r = (e.currentTarget as SVGElement).ownerSVGElement!.getBoundingClientRect();
    this.at = Math.max(first, Math.min(maxX, Math.round(x.invert(((e.clientX - r.left) / r.width) * W))));
  }

  clear = (): void => {
    this.at = null;
  };

  /** Attributes and handlers that make the chart's wrapper a slider over periods 0..last. */
  slider(label: string, last: number, readout: string, active: boolean, first = 0) {
    return {
      tabindex: 0,
      role: 'slider',
      'aria-label': label,
      'aria-valuemin': first,
      'aria-valuemax': last,
      'aria-valuenow': this.at ?? last,
      'aria-valuetext': readout,
      onkeydown: (e: KeyboardEvent) => {
        const next = active ? periodAfterKey(e.key, this.at, last, first) : undefined;
        if (next === undefined) return;
        this.at = next;
        e.preventDefault();
      },
      onblur: this.clear,
    };
  }
}
