// Service failures, complaints and recovery (MODEL.md §2; TARP).
import { group, num } from './field.ts';
import { UNIT } from './units.ts';

/** TARP repurchase rates for one kind of problem (minor or major), by what became of it. */
const repurchase = (
  kind: 'Minor' | 'Major',
  zh: string,
  rates: readonly [silent: number, unresolved: number, resolved: number, quick: number],
  docs: readonly [string, string, string, string],
) =>
  group({
    silent: num(0, 1, rates[0], [`${kind}: repurchase, did not complain`, `${zh}：未投诉者再购率`], docs[0], UNIT.share),
    unresolved: num(0, 1, rates[1], [`${kind}: repurchase, unresolved`, `${zh}：未解决者再购率`], docs[1], UNIT.share),
    resolved: num(0, 1, rates[2], [`${kind}: repurchase, resolved`, `${zh}：已解决者再购率`], docs[2], UNIT.share),
    quick: num(0, 1, rates[3], [`${kind}: repurchase, resolved quickly`, `${zh}：迅速解决者再购率`], docs[3], UNIT.share),
  });

export const SERVICE = group({
  failureRate: num(0, 1, 0.015, ['Service failure rate', '服务失误率'], 'Chance per month of a service failure for a customer.', UNIT.chance),
  majorShare: num(
    0,
    1,
    0.25,
    ['Share of failures that are major', '严重失误比例'],
    'Share of failures that are major (twice the impact; TARP "major problem").',
    UNIT.share,
  ),
  // 1 in 25 dissatisfied customers complains (TARP; seeds/001)
  complaintRate: num(
    0,
    1,
    0.04,
    ['Complaint rate (1 in 25)', '投诉率（25 人中 1 人）'],
    'Chance a failure is complained about: 1 in 25 (TARP; seeds/001), times complaintEncouragement.',
    UNIT.share,
  ),
  failureImpact: num(
    0,
    5,
    1.5,
    ['Impact of a failure', '失误的影响'],
    "Quality points a minor failure takes from a month's experience (in periods of another length, weighed so one failure moves satisfaction as much).",
    UNIT.quality,
  ),
  // TARP repurchase table (MODEL.md §2): share who still buy after a problem
  repurchase: group({
    minor: repurchase(
      'Minor',
      '小问题',
      [0.37, 0.46, 0.7, 0.95],
      [
        'TARP: share who still buy after a minor problem they did not complain about.',
        'TARP: minor problem, complained, not resolved.',
        'TARP: minor problem, resolved.',
        'TARP: minor problem, resolved quickly.',
      ],
    ),
    major: repurchase(
      'Major',
      '大问题',
      [0.09, 0.19, 0.54, 0.82],
      [
        'TARP: major problem, did not complain.',
        'TARP: major problem, complained, not resolved.',
        'TARP: major problem, resolved.',
        'TARP: major problem, resolved quickly.',
      ],
    ),
  }),
  // a quick resolution leaves the customer happier than before (service-recovery paradox)
  recoveryBonus: num(
    0,
    3,
    0.8,
    ['Service-recovery bonus', '服务补救加成'],
    "Quality points a quick resolution adds to a month's experience (service-recovery paradox; weighed like failureImpact in periods of another length).",
    UNIT.quality,
  ),
});
