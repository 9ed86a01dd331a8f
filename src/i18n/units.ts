// Chinese for the lever units (the lever table states them in English only). An unknown unit
// is shown as written.
const ZH_UNITS: Record<string, string> = {
  'points (1–5)': '分（1–5）',
  '× market price': '× 市场参考价',
  'share of spend': '占消费比例',
  'share of complaints': '占投诉比例',
  'share of resolutions': '占已解决投诉比例',
  '× base complaint rate': '× 基准投诉率',
  'utility points': '效用点',
  'points above quality': '高于实际质量的分数',
  'intensity (0–1)': '强度（0–1）',
  'share aimed at top 20%': '投向前 20% 客户的比例',
  'money per period': '每期金额',
  '× market offer rate': '× 市场促销频率',
  'share off the price': '价格折扣比例',
};

export function unitLabel(unit: string, lang: 'en' | 'zh'): string {
  return lang === 'zh' ? (ZH_UNITS[unit] ?? unit) : unit;
}
