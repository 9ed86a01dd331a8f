// A design turns factors into points: grids (sweep, factorial) list factor values directly;
// samples (lhs, sobol, morris) place points in the unit cube, which each factor maps onto its
// range or its list of levels (plan.ts).
export { evenLevels, sweepPoints } from './sweep.ts';
export { factorialPoints, factorialSize } from './factorial.ts';
export { latinHypercube } from './lhs.ts';
export { sobolPoints, SOBOL_MAX_DIMENSIONS } from './sobol.ts';
export { morrisDelta, morrisPoints } from './morris.ts';
export { designRandom } from './random.ts';
