// Scenario errors and notices in Chinese. The parser writes one English line per problem,
// `<path>: <message>` (src/scenario/errors.ts, parse.ts, share.ts, migrate.ts, schema.ts); the
// path stays as written (it is what the file says), the message is matched against the
// templates below. A test feeds every template the parser can produce through this table.

import { LEVER_BY_KEY, type LeverKey } from '../scenario/levers.ts';
import { FIELD_LABELS } from './fields.ts';
import { TERMS } from './terms.ts';

type Rule = readonly [RegExp, (...m: string[]) => string];

const PRODUCT = TERMS.product.zh;

/** `"a", "b"` (as the parser quotes names) → “a”、“b”. */
function listZh(quoted: string): string {
  const items = quoted.split(/, (?=")/).map(quoteZh);
  return new Intl.ListFormat('zh-CN', { type: 'conjunction', style: 'narrow' }).format(items);
}

/** Mainland quotes for whatever the English message put in ASCII quotes. */
function quoteZh(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”');
}

/** A lever key in a message → the lever's Chinese label (a key the table does not know stays). */
function leverZh(key: string): string {
  return Object.hasOwn(LEVER_BY_KEY, key) ? `“${LEVER_BY_KEY[key as LeverKey].label.zh}”` : key;
}

const PLACE: Record<string, string> = { '(file)': '（文件）', '(link)': '（链接）', '(root)': '（根）', '(more)': '（更多）' };

const TYPE: Record<string, string> = {
  number: '数字',
  string: '文本',
  boolean: '布尔值（true/false）',
  object: '对象',
  'array (a list)': '数组（列表）',
};

const RULES: readonly Rule[] = [
  [/^must be > period \((\d+)\)$/, (n) => `必须晚于开始的期（${n}）`],
  [/^must be ([≥≤<>]) (.+)$/, (op, x) => `必须 ${op} ${x}`],
  [/^must be a whole number$/, () => '必须是整数'],
  [/^must be an? (number|string|boolean|object|array \(a list\))$/, (t) => `必须是${TYPE[t] ?? t}`],
  [/^must be a finite number \(got (.+)\)$/, (x) => `必须是有限数（收到 ${x}）`],
  [/^must be one of (.+)$/, (xs) => `必须是以下之一：${listZh(xs)}`],
  [/^needs at least (\d+) item\(s\)$/, (n) => `至少需要 ${n} 项`],
  [/^must have at most (\d+) item\(s\)$/, (n) => `最多 ${n} 项`],
  [/^must have at least (\d+) character\(s\)$/, (n) => `至少 ${n} 个字符`],
  [/^must have at most (\d+) character\(s\)$/, (n) => `最多 ${n} 个字符`],
  [/^unknown keys? (.+?)(?: … \((\d+) in all\))?$/, (keys, n) => `未知的键 ${listZh(keys)}${n ? ` …（共 ${n} 个）` : ''}`],
  [/^does not match any allowed form \(check "type"\)$/, () => '不符合任何允许的形式（请检查“type”）'],
  [/^the key "(.*)" is not allowed$/, (k) => `不允许使用键“${k}”`],
  [/^nested deeper than (\d+) levels$/, (n) => `嵌套超过 ${n} 层`],
  [/^nested too deeply to read \(limit (\d+) levels\)$/, (n) => `嵌套过深，无法读取（上限 ${n} 层）`],
  [/^a list of (\d+) items is too long \(no list in a scenario may have more than (\d+)\)$/, (n, m) => `列表有 ${n} 项，过长（情景中的列表最多 ${m} 项）`],
  [/^has (\d+) keys \(no object in a scenario may have more than (\d+)\)$/, (n, m) => `有 ${n} 个键（情景中的对象最多 ${m} 个键）`],
  [/^holds more than (\d+) values; no scenario needs that many$/, (n) => `包含超过 ${n} 个值；情景不需要这么多`],
  [
    /^must be plain data \(numbers, text, true\/false, null, lists, objects\), not (.+)$/,
    (x) => `必须是纯数据（数字、文本、true/false、null、列表、对象），而不是 ${x}`,
  ],
  [/^a scenario must be a JSON object, not (.+)$/, (x) => `情景必须是 JSON 对象，而不是 ${x}`],
  [/^could not be read \((.+)\)$/, (x) => `无法读取（${x}）`],
  [/^(.+) is larger than the (.+) MB limit for a scenario$/, (x, n) => `${x.replace(/^at least /, '至少 ')} 超过了情景 ${n} MB 的上限`],
  [/^must be text, not (.+)$/, (x) => `必须是文本，而不是 ${x}`],
  [/^is empty$/, () => '为空'],
  [/^not valid JSON(?: \((.+)\))?$/, (x) => `不是有效的 JSON${x ? `（${x}）` : ''}`],
  [/^is not a file$/, () => '不是文件'],
  [/^no such file$/, () => '文件不存在'],
  [/^cannot be read \((.+)\)$/, (x) => `无法读取（${x}）`],
  [/^not a Loyalty Lab share link$/, () => `不是${PRODUCT}的分享链接`],
  [/^corrupted data$/, () => '数据已损坏'],
  [/^holds a scenario larger than the (.+) MB limit$/, (n) => `包含的情景超过 ${n} MB 的上限`],
  [
    /^made by another version of Loyalty Lab \(format s(\d+); this version reads s(\d+)\)$/,
    (a, b) => `由另一版本的${PRODUCT}生成（格式 s${a}；此版本读取 s${b}）`,
  ],
  [/^(\d+) further problem\(s\) not listed$/, (n) => `另有 ${n} 个问题未列出`],
  [/^(\S+) is not supported \(this version of Loyalty Lab reads 0 to (\d+)\)$/, (v, n) => `不支持版本 ${v}（此版本的${PRODUCT}读取 0 至 ${n}）`],
  [/^(\w+) must be between (\S+) and (\S+)$/, (lever, a, b) => `${leverZh(lever)}必须介于 ${a} 与 ${b} 之间`],
  [/^must be < (\d+) \(there are (\d+) firms\)$/, (n, k) => `必须 < ${n}（共有 ${k} 家企业）`],
  [/^at least one firm needs an initialShare above 0$/, () => `至少有一家企业的“${FIELD_LABELS['firms.initialShare'].zh}”需大于 0`],
  [/^population × horizon × replicates must be ≤ (\S+) \(asked for (\S+)\)$/, (n, x) => `顾客数 × 期数 × 重复次数必须 ≤ ${n}（当前为 ${x}）`],
  [/^there is no such field$/, () => '没有这个字段'],
  // --- hardening (issue 13): file encodings and share links ---
  [/^is UTF-32 text, which is not read; save it as UTF-8$/, () => '是 UTF-32 文本，无法读取；请另存为 UTF-8'],
  [/^looks like UTF-16 text without a byte-order mark; save it as UTF-8$/, () => '看起来是没有字节顺序标记（BOM）的 UTF-16 文本；请另存为 UTF-8'],
  [/^is not UTF-8 text \(perhaps Latin-1 or Windows-1252\); save it as UTF-8$/, () => '不是 UTF-8 文本（可能是 Latin-1 或 Windows-1252）；请另存为 UTF-8'],
  [/^is UTF-16 text with a broken (last )?character; save it as UTF-8$/, (last) => `是含有损坏${last ? '末尾' : ''}字符的 UTF-16 文本；请另存为 UTF-8`],
  [
    /^does not match its checksum \(it was changed or cut short on the way\); copy the whole link again$/,
    () => '与其校验和不符（链接在传递中被改动或截断）；请重新复制完整链接',
  ],
  [/^has a percent-escape \(%…\) that cannot be decoded; copy the whole link again$/, () => '含有无法解码的百分号转义（%…）；请重新复制完整链接'],
];

/** The message part in Chinese, or null when no template matches. */
export function messageZh(message: string): string | null {
  for (const [re, zh] of RULES) {
    const m = re.exec(message);
    if (m) return quoteZh(zh(...m.slice(1)));
  }
  return null;
}

/** One error line in the user's language: the path as written, the message translated. */
export function errorLine(line: string, lang: 'en' | 'zh'): string {
  if (lang === 'en') return line;
  const at = line.indexOf(': ');
  if (at < 0) return messageZh(line) ?? line;
  const path = line.slice(0, at);
  const zh = messageZh(line.slice(at + 2));
  return zh === null ? line : `${PLACE[path] ?? path}：${zh}`;
}

const NOTICES: readonly Rule[] = [
  [/^This file had no schemaVersion \(version 0\); it was migrated to version (\d+)\.$/, (n) => `此文件没有 schemaVersion（版本 0），已迁移到版本 ${n}。`],
  [/^The comparison had no version \(version 0\); it was migrated to version (\d+)\.$/, (n) => `比较设置没有版本号（版本 0），已迁移到版本 ${n}。`],
  [/^This file was written for schema version (\d+); it was migrated to version (\d+)\.$/, (a, b) => `此文件按格式版本 ${a} 编写，已迁移到版本 ${b}。`],
  [
    /^Rates and durations are now stated per month; its periods are months, so its values are unchanged\.$/,
    () => '速率与时长现在一律按月表述；此文件的周期单位是月，数值不变。',
  ],
  [
    /^Rates and durations are now stated per month; its periods are weeks, so its rates per week were converted to per month: (.+)\.$/,
    (list) => `速率与时长现在一律按月表述；此文件的周期单位是周，以下每周的数值已换算为每月：${list}。`,
  ],
  [
    /^The model's own rates \(wallet-share adaptation, the points horizon, starting tenures\) were per period in version 1 and are per month now, so weekly results differ a little from version 1's\.$/,
    () => '模型自身的速率（客户占有率的调整、积分累积期、初始关系时长）在版本 1 中按期计算，现在按月计算，因此按周运行的结果与版本 1 略有不同。',
  ],
];

/** A migration notice in the user's language. */
export function noticeLine(line: string, lang: 'en' | 'zh'): string {
  if (lang === 'en') return line;
  for (const [re, zh] of NOTICES) {
    const m = re.exec(line);
    if (m) return zh(...m.slice(1));
  }
  return line;
}

/** A message without its path (as the editor shows it at the field) in the user's language. */
export function errorMessage(message: string, lang: 'en' | 'zh'): string {
  return lang === 'zh' ? (messageZh(message) ?? message) : message;
}

/** Any line the loader shows: a notice if it is one, else an error line. */
export function reportLine(line: string, lang: 'en' | 'zh'): string {
  const notice = noticeLine(line, lang);
  return notice !== line ? notice : errorLine(line, lang);
}
