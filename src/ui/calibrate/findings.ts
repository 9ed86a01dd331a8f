// A calibration's findings (src/experiment/calibrate/findings.ts) in the interface's language:
// parameters by their field labels, series by their kind and firm.
import type { Finding } from '../../experiment/calibrate/findings.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Vars } from '../../i18n/translate.ts';

export interface Words {
  t: (key: MessageKey, vars?: Vars) => string;
  field: (path: string) => string;
  series: (kind: string, firm: number) => string;
  firm: (k: number) => string;
  number: (x: number) => string;
}

const p2 = (x: number) => Number(x.toPrecision(2));

export function findingText(f: Finding, w: Words): string {
  switch (f.kind) {
    case 'flat':
      return w.t('cal.f.flat', { name: w.field(f.path), from: w.number(f.from), to: w.number(f.to) });
    case 'bound':
      return w.t(f.side === 'lower' ? 'cal.f.lower' : 'cal.f.upper', { name: w.field(f.path), bound: w.number(f.bound) });
    case 'off':
      return w.t('cal.f.off', { name: w.field(f.path) });
    case 'wide':
      return w.t('cal.f.wide', { name: w.field(f.path), sd: w.number(p2(f.sd)) });
    case 'poor':
      return w.t('cal.f.poor', { loss: w.number(p2(f.loss)) });
    case 'systematic':
      return w.t(f.changes === 1 ? 'cal.f.systematicOnce' : 'cal.f.systematic', {
        series: w.series(f.series, f.firm),
        firm: w.firm(f.firm),
        changes: f.changes,
        points: f.points,
      });
    case 'holdout':
      return w.t('cal.f.holdout', { holdout: w.number(p2(f.holdout)), fit: w.number(p2(f.fit)) });
  }
}
