// Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008), assigned once per kind of thing.
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#8C8C8C',
} as const;

const FIRM_ORDER = ['blue', 'orange', 'green', 'purple', 'vermillion', 'sky', 'black', 'grey'] as const;

export function firmColor(k: number): string {
  return OKABE_ITO[FIRM_ORDER[k % FIRM_ORDER.length]];
}

/** Outside the category (switching-flow matrix). */
export const OUTSIDE_COLOR = OKABE_ITO.grey;

export const LOYALTY_COLORS: Record<string, string> = {
  monopoly: OKABE_ITO.purple,
  inertia: OKABE_ITO.grey,
  price: OKABE_ITO.orange,
  incentive: OKABE_ITO.yellow,
  value: OKABE_ITO.green,
  kinship: OKABE_ITO.blue,
  churned: OKABE_ITO.vermillion,
};

export const JS_COLORS: Record<string, string> = {
  apostle: OKABE_ITO.green,
  loyalist: OKABE_ITO.blue,
  mercenary: OKABE_ITO.orange,
  hostage: OKABE_ITO.purple,
  defector: OKABE_ITO.sky,
  terrorist: OKABE_ITO.vermillion,
};

export const VARIANT_COLORS = [OKABE_ITO.black, OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green] as const;

export const NPS_COLORS = {
  nps: OKABE_ITO.black,
  promoters: OKABE_ITO.green,
  passives: OKABE_ITO.grey,
  detractors: OKABE_ITO.vermillion,
} as const;
