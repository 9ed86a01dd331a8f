// Experiment errors and notices in Chinese. The experiment planner, the optimiser's checks and
// the saved-results reader (src/experiment/plan.ts, schema.ts, objective.ts, saved.ts,
// savedOptimisation.ts) write one English line per problem, `<path>: <message>`, as the
// scenario parser does; the path stays as written, the message is matched against the
// templates below and, failing them, against the scenario's (errors.ts). A test feeds every
// template through this table (test/unit/ui/experiments/experimentLines.test.ts).
import { errorLine, messageZh } from './errors.ts';

type Rule = readonly [RegExp, (...m: string[]) => string];

/** 100,000 (as the English line writes a limit) → 10 万. */
function wan(text: string): string {
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n) || n < 10_000) return text.replace(/,/g, '');
  return n >= 1e8 ? `${Number((n / 1e8).toPrecision(6))} 亿` : `${Number((n / 1e4).toPrecision(6))} 万`;
}

/** `n` things: 20 万个字符, 5000 个字符. */
const count = (n: string, unit: string) => {
  const x = wan(n);
  return /[万亿]$/.test(x) ? `${x}${unit}` : `${x} ${unit}`;
};

/** Mainland quotes for whatever the English message put in ASCII quotes. */
const quoteZh = (text: string) => text.replace(/"([^"]*)"/g, '“$1”');

/** `a, b, c` → a、b、c (names the line lists). */
const listZh = (text: string) => text.split(', ').join('、');

const RULES: readonly Rule[] = [
  // the plan (experiment/plan.ts, objective.ts)
  [/^must be a field path like (.+)$/, (x) => `必须是字段路径，例如 ${x.replace(' or ', ' 或 ')}`],
  [/^schemaVersion is not a model parameter$/, () => 'schemaVersion 不是模型参数'],
  [
    /^seed every run uses the experiment's seed \(set "seed" in the experiment\)$/,
    () => 'seed 不能作为因素：每次运行都使用实验的随机种子（请在实验中设置"seed"）',
  ],
  [/^replicates set "replicates" in the experiment$/, () => 'replicates 不能作为因素：请在实验中设置"replicates"'],
  [/^horizon cannot be a factor: the outputs' windows are periods of the base horizon$/, () => 'horizon 不能作为因素：输出的期间是基础情景的各期'],
  [/^(\S+) is not a numeric field of the base scenario$/, (p) => `${p} 不是基础情景中的数值字段`],
  [/^only a firm's lever \(firms\[k\]\.price, …\) takes effect from a period$/, () => '只有企业的杠杆（firms[k].price 等）才能从某一期起生效'],
  [/^must be < (\d+), the base horizon$/, (h) => `必须 < ${h}（基础情景共 ${h} 期）`],
  [/^(\S+) takes whole numbers$/, (p) => `${p} 只取整数`],
  [/^(\S+) must be between (\S+) and (\S+) \(got (\S+)\)$/, (p, a, b, x) => `${p} 必须介于 ${a} 与 ${b} 之间（收到 ${x}）`],
  [/^(\S+) is out of bounds \((.+)\)$/, (x, e) => `${x} 超出范围（${experimentLine(e, 'zh')}）`],
  [/^(\S+) is already factor (\d+)$/, (p, i) => `${p} 已是因素 ${i}`],
  [/^the factor lists its levels; leave n out$/, () => '该因素已列出各水平；请去掉 n'],
  [/^must be < (\d+) \(the base scenario has (\d+) firms\)$/, (n, k) => `必须 < ${n}（基础情景共有 ${k} 家企业）`],
  [/^"(.*)" is also the name of (outputs\[\d+\])$/, (name, o) => `"${name}"也是 ${o} 的名称`],
  [/^"(.*)" is already a column \(run, point, … or a factor\)$/, (name) => `"${name}"已是一列（run、point 等，或某个因素）`],
  [
    /^(\S+|too many) points × (\d+) replicates is more than (\S+) runs, the limit of one experiment$/,
    (p, r, n) => `${p === 'too many' ? '过多的设计点' : count(p, '个设计点')} × ${r} 次重复超过 ${count(n, '次运行')}，即一个实验的上限`,
  ],
  [/^the scenario has no experiment section$/, () => '情景中没有实验部分'],
  [/^"(.*)" is not one of the outputs \((.*)\)$/, (name, names) => `"${name}"不是输出之一（${listZh(names)}）`],
  [
    /^the optimiser searches a range; give (\S+) a range \{from, to\} instead of levels$/,
    (p) => `优化器在范围内搜索；请为 ${p} 给出范围 {from, to}，而不是各水平`,
  ],
  [
    /^(\d+) restarts × (\d+) evaluations × (\d+) replicates \+ (\d+) finalists × (\d+) fresh replicates is up to (\S+) runs, more than (\S+), the limit of one experiment$/,
    (s, e, r, f, fr, n, max) =>
      `${s} 个起点 × ${e} 次评估 × ${r} 次重复 + ${f} 个入围设置 × ${fr} 个新重复，最多 ${count(n, '次运行')}，超过一个实验的上限 ${count(max, '次')}`,
  ],
  [/^missing$/, () => '缺失'],
  // the experiment's own fields (experiment/schema.ts)
  [/^needs either a range \{from, to\} or a list of levels, not both$/, () => '需要范围 {from, to} 或水平列表，二者只能取其一'],
  [/^must be greater than range\.from \(list one level to hold a value fixed\)$/, () => '必须大于 range.from（要固定一个值，请只列出一个水平）'],
  [/^only money can be discounted \((.+)\)$/, (xs) => `只有金额才能贴现（${listZh(xs)}）`],
  [
    /^a sweep varies one factor \(there are (\d+)\); use factorial, lhs or sobol$/,
    (n) => `单因素扫描只改变一个因素（现有 ${n} 个）；请改用 factorial、lhs 或 sobol`,
  ],
  [/^a sweep over a range needs n, the number of levels$/, () => '对范围的扫描需要 n，即水平的个数'],
  [/^must be even$/, () => '必须是偶数'],
  [/^must be a name of letters, digits, _ and \. \(up to 60\)$/, () => '必须是由字母、数字、_ 和 . 组成的名称（最多 60 个字符）'],
  [/^needs min or max$/, () => '需要 min 或 max'],
  [/^must be a relative file name ending in \.json$/, () => '必须是以 .json 结尾的相对文件名'],
  [/^must be relative to the experiment file$/, () => '必须相对于实验文件'],
  [/^must be a finite number$/, () => '必须是有限数'],
  // the saved results summary (experiment/saved.ts, savedOptimisation.ts)
  [/^must be 16 hex digits$/, () => '必须是 16 位十六进制数字'],
  [/^not plain data$/, () => '不是纯数据'],
  [/^larger than (\S+) characters$/, (n) => `超过 ${count(n, '个字符')}`],
  [/^saved for a different experiment or base scenario$/, () => '保存时对应的是另一个实验或基础情景'],
  [/^does not match the design points and outputs$/, () => '与设计点和输出不一致'],
  [/^the experiment has no optimisation$/, () => '实验中没有优化'],
  [/^must have (\d+) value\(s\), one per (factor|output)$/, (n, what) => `必须有 ${n} 个值，每个${what === 'factor' ? '因素' : '输出'}一个`],
  [/^must have (\d+) item\(s\), one per constraint$/, (n) => `必须有 ${n} 项，每个约束一项`],
];

/** What the reader did with a saved summary, after its problem. */
const OUTCOMES: readonly (readonly [string, string])[] = [
  ['; the saved results were dropped', '；已舍弃保存的结果'],
  ['; run it again for results', '；请重新运行以得到结果'],
];

/** A line's message part in Chinese, or null when no template matches. */
function messageOf(message: string): string | null {
  for (const [en, zh] of OUTCOMES)
    if (message.endsWith(en)) {
      const problem = messageOf(message.slice(0, -en.length));
      return problem === null ? null : problem + zh;
    }
  for (const [re, zh] of RULES) {
    const m = re.exec(message);
    if (m) return quoteZh(zh(...m.slice(1)));
  }
  return messageZh(message);
}

/** One experiment error or notice line in the user's language: the path as written, the
 *  message translated; a run's failure at a design point or candidate names it first. */
export function experimentLine(line: string, lang: 'en' | 'zh'): string {
  if (lang === 'en') return line;
  const point = /^(design point (\d+)|candidate) \((.*?)\): (.+)$/.exec(line);
  if (point) {
    const [, , n, at, rest] = point;
    const problems = rest.split('; ').map((l) => experimentLine(l, 'zh'));
    return `${n === undefined ? '候选设置' : `设计点 ${n}`}（${at}）：${problems.join('；')}`;
  }
  const at = line.indexOf(': ');
  if (at < 0) return messageOf(line) ?? line;
  const path = line.slice(0, at);
  const zh = messageOf(line.slice(at + 2));
  return zh === null ? errorLine(line, 'zh') : `${path}：${zh}`;
}
