/**
 * score-claims: a priority in [0, 1] with the reasons that produced it, so an editor sees why a
 * claim is near the top. Weights are data; a reason is listed only when its weight applied.
 */
export interface ScoreInput {
  readonly type: 'numeric' | 'quote';
  readonly source: string;
  readonly chainLength: number;
  readonly unit?: string;
  readonly value?: number;
  readonly change?: string;
  readonly qualifier?: string;
  readonly inHeadline: boolean;
  readonly hasFigure: boolean;
  readonly quoteKind?: 'direct' | 'indirect';
  readonly isPublisher: boolean;
}

export const WEIGHTS = {
  base: { numeric: 0.35, quote: 0.25 },
  'unattributed-figure': 0.2,
  'anonymous-source': 0.2,
  'unnamed-reports': 0.15,
  'large-amount': 0.15,
  'change-claim': 0.1,
  'relayed-report': 0.05,
  'headline-figure': 0.1,
  'vague-qualifier': 0.05,
  'quote-with-figure': 0.15,
  'paraphrase': 0.05,
  'group-speaker': 0.05,
} as const;

const MONEY = /^[A-Z]{3}$/;

/** Sources that are groups of people rather than one speaker (a quote from them: `group-speaker`). */
const GROUP_SOURCES: ReadonlySet<string> = new Set(['analysts', 'investors', 'observers', 'experts', 'people']);

export function scoreClaim(c: ScoreInput): { priority: number; reasons: string[] } {
  const reasons: (keyof typeof WEIGHTS)[] = [];
  if (c.type === 'numeric') {
    if (c.isPublisher) reasons.push('unattributed-figure');
    if (c.value !== undefined && c.unit && MONEY.test(c.unit) && c.value >= 1e9) reasons.push('large-amount');
    if (c.change) reasons.push('change-claim');
    if (c.qualifier === 'upTo' || c.qualifier === 'moreThan' || c.qualifier === 'atLeast') reasons.push('vague-qualifier');
    if (c.inHeadline) reasons.push('headline-figure');
  } else {
    if (c.hasFigure) reasons.push('quote-with-figure');
    if (c.quoteKind === 'indirect') reasons.push('paraphrase');
    if (GROUP_SOURCES.has(c.source)) reasons.push('group-speaker');
  }
  if (c.source === 'anonymous') reasons.push('anonymous-source');
  if (c.source === 'reports') reasons.push('unnamed-reports');
  if (c.chainLength > 2) reasons.push('relayed-report');
  let p: number = WEIGHTS.base[c.type];
  for (const r of reasons) p += WEIGHTS[r] as number;
  return { priority: Math.round(Math.min(1, p) * 100) / 100, reasons };
}
