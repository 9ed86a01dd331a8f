// The worker side of `npm run calibrate -- --workers N`: a restart, the runs at the fit, a
// bootstrap refit or a profile. It only carries: the work is experiment/calibrate/tasks.ts,
// which the app's Web Workers run too.
export { handleCalibrateTask, type CalibrateResult, type CalibrateTask } from '../experiment/calibrate/tasks.ts';

export const CALIBRATE_WORKER_ROLE = 'loyalty-lab:calibrate';
