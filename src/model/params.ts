// The scenario's numbers flattened into one fixed-shape object for the per-customer loops:
// reading `p.matchSpread` from a literal is a fixed-offset load, where a deep, zod-built
// `s.behaviour.matchSpread` chain is not. The per-field part comes from the field spec: every
// number row of the sections the kernel reads reaches it under its name in the file, so a new
// field needs no line here. Only derived values (fitScale, the TARP table, per-firm arrays)
// are written out.
import type { Scenario } from '../scenario/schema.ts';
import { FIELDS } from '../scenario/spec/index.ts';
import { FIT_STEPS } from './match.ts';

export type Params = ReturnType<typeof compileParams>;

/** The number fields of a section, named as in the file, or `prefix` + the name capitalised. */
type Numbers<T, P extends string> = {
  [K in keyof T as T[K] extends number ? (P extends '' ? K : `${P}${Capitalize<K & string>}`) : never]: number;
};

/** Every number row of the spec directly under `path` ('behaviour', 'behaviour.weights'); nested
 *  groups are left to their own call or to a derived value. */
function numbersOf<T extends object, P extends string = ''>(values: T, path: string, prefix = '' as P): Numbers<T, P> {
  const out: Record<string, number> = {};
  for (const f of FIELDS) {
    if ((f.kind !== 'number' && f.kind !== 'integer') || !f.path.startsWith(path + '.')) continue;
    const name = f.path.slice(path.length + 1);
    if (name.includes('.')) continue;
    out[prefix ? prefix + name[0].toUpperCase() + name.slice(1) : name] = (values as Record<string, number>)[name];
  }
  return out as Numbers<T, P>;
}

export function compileParams(s: Scenario) {
  const b = s.behaviour;
  const r = s.service.repurchase;
  const perFirm = (f: (x: Scenario['firms'][number]) => number) => Float64Array.from(s.firms, f);
  return {
    seed: s.seed,
    ...numbersOf(b, 'behaviour'),
    // the weights of the stay utility: wSatisfaction, wTrust, wPrice, wIncentive, wKinship
    ...numbersOf(b.weights, 'behaviour.weights', 'w'),
    ...numbersOf(s.service, 'service'),
    ...numbersOf(s.wordOfMouth, 'wordOfMouth'),
    fitScale: b.matchSpread / FIT_STEPS,
    // TARP repurchase: minor silent, unresolved, resolved, quick, then the same for major
    repurchase: Float64Array.of(
      r.minor.silent,
      r.minor.unresolved,
      r.minor.resolved,
      r.minor.quick,
      r.major.silent,
      r.major.unresolved,
      r.major.resolved,
      r.major.quick,
    ),
    numberTieCost: s.population.numberTie.cost,
    programmeCostPerMember: perFirm((f) => f.programmeCostPerMember),
    recoveryCost: perFirm((f) => f.recoveryCost),
    personalisationCost: perFirm((f) => f.personalisationCost),
    acquisitionCost: perFirm((f) => f.acquisitionCost),
    onboardingCost: perFirm((f) => f.onboardingCost),
  };
}
