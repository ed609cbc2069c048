import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGold, validateGold, type GoldProblem } from '../schemas/gold.js';
import { findRepoRoot, listGoldFiles, loadGoldCorpus, loadGoldFile, readArticleText } from '../scripts/gold.js';

const ROOT = findRepoRoot();
const entries = loadGoldCorpus({ root: ROOT });

const describeProblems = (problems: readonly GoldProblem[]): string =>
  problems.map((p) => `${p.path}: ${p.code}: ${p.message}`).join('\n');

describe('every gold file in corpus/gold', () => {
  it('finds the gold files', () => {
    expect(listGoldFiles(ROOT)).toContain('000_8ddf4c3f2885fd6e.gold.json');
    expect(entries.map((e) => e.file)).toEqual(listGoldFiles(ROOT));
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s is valid against its article', (_file, entry) => {
    if (entry.status === 'unavailable') {
      expect.fail(`article unavailable: ${entry.reason}`);
    }
    if (entry.status === 'invalid') {
      expect.fail(`gold file has errors:\n${describeProblems(entry.problems)}`);
    }
    expect(entry.status).toBe('ok');
  });
});

// The seed gold, read by path, is the base every broken variant below starts from.
const SEED_GOLD = JSON.parse(readArticleText(join(ROOT, 'corpus/gold/000_8ddf4c3f2885fd6e.gold.json'))) as Record<string, unknown>;
const SEED_TEXT = readArticleText(join(ROOT, 'corpus/articles/000_8ddf4c3f2885fd6e.txt'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the gold on purpose
type Gold = Record<string, any>;
const broken = (edit: (g: Gold) => void): Gold => {
  const g = structuredClone(SEED_GOLD) as Gold;
  edit(g);
  return g;
};
const errors = (g: unknown, text = SEED_TEXT): Array<[string, string]> =>
  validateGold(g, text)
    .filter((p) => p.severity === 'error')
    .map((p) => [p.code, p.path]);

describe('validateGold', () => {
  it('accepts the seed gold', () => {
    expect(validateGold(SEED_GOLD, SEED_TEXT)).toEqual([]);
  });

  // [what is broken, edit, expected [code, path] errors]
  const cases: Array<[string, (g: Gold) => void, Array<[string, string]>]> = [
    [
      'wrong occurrence (start is the other occurrence)',
      (g) => (g.numeric[3].occurrence = 1),
      [['occurrence-mismatch', 'numeric[3].occurrence']],
    ],
    ['occurrence beyond the last one', (g) => (g.numeric[0].occurrence = 2), [['surface-not-found', 'numeric[0].surface']]],
    ['surface not in the article', (g) => (g.quotes[0].surface = 'كلام لم يقله أحد'), [['surface-not-found', 'quotes[0].surface']]],
    ['start and end point elsewhere', (g) => ((g.numeric[0].start += 1), (g.numeric[0].end += 1)), [['span-mismatch', 'numeric[0].start']]],
    ['end only', (g) => delete g.numeric[0].start, [['incomplete-span', 'numeric[0]']]],
    ['bad tag: capitals', (g) => (g.numeric[0].source = ['TechCrunch']), [['invalid-field', 'numeric[0].source[0]']]],
    ['bad tag: underscore', (g) => (g.quotes[1].source = ['analysts', 'al_arabiya']), [['invalid-field', 'quotes[1].source[1]']]],
    ['bad tag in a chain', (g) => (g.numeric[0].chain = ['techcrunch', 'العربية']), [['invalid-field', 'numeric[0].chain[1]']]],
    ['empty source list', (g) => (g.numeric[1].source = []), [['invalid-field', 'numeric[1].source']]],
    ['value as a string', (g) => (g.numeric[0].value = '600000000000'), [['invalid-field', 'numeric[0].value']]],
    ['value not finite', (g) => (g.numeric[0].value = Number.POSITIVE_INFINITY), [['invalid-field', 'numeric[0].value']]],
    ['valueMax below value', (g) => (g.numeric[0].valueMax = 1), [['invalid-field', 'numeric[0].valueMax']]],
    ['unknown qualifier', (g) => (g.numeric[0].qualifier = 'about'), [['invalid-field', 'numeric[0].qualifier']]],
    ['unknown change', (g) => (g.numeric[4].change = 'down'), [['invalid-field', 'numeric[4].change']]],
    ['occurrence 0', (g) => (g.numeric[0].occurrence = 0), [['invalid-field', 'numeric[0].occurrence']]],
    ['misspelt field', (g) => ((g.numeric[0].qualifer = 'upTo'), delete g.numeric[0].qualifier), [['invalid-field', 'numeric[0]']]],
    ['quote without speakerKey', (g) => delete g.quotes[0].speakerKey, [['invalid-field', 'quotes[0].speakerKey']]],
    ['quote without span', (g) => delete g.quotes[0].start, [['invalid-field', 'quotes[0].start']]],
    ['unknown quote kind', (g) => (g.quotes[0].kind = 'paraphrase'), [['invalid-field', 'quotes[0].kind']]],
    ['notClaims item without why', (g) => delete g.notClaims[0].why, [['invalid-field', 'notClaims[0].why']]],
    ['duplicate item', (g) => g.numeric.push(structuredClone(g.numeric[2])), [['duplicate-item', 'numeric[7]']]],
    ['a claim also listed as not a claim', (g) => g.notClaims.push({ surface: '12%', occurrence: 1, why: 'x', start: 992, end: 995 }), [['conflicting-items', 'notClaims[4]']]],
    ['bad publisher', (g) => (g.publisher = 'Al Arabiya'), [['invalid-field', 'publisher']]],
    ['unknown language', (g) => (g.lang = 'fr'), [['invalid-field', 'lang']]],
  ];
  it.each(cases)('rejects: %s', (_name, edit, expected) => {
    const gold = broken(edit);
    expect(errors(gold)).toEqual(expected);
    expect(checkGold(gold, SEED_TEXT).success).toBe(false);
  });

  it('rejects a gold that is not an object', () => {
    expect(errors(null)).toEqual([['invalid-field', '(root)']]);
  });

  it('fills in a numeric span from the occurrence when start and end are absent', () => {
    const gold = broken((g) => {
      delete g.numeric[3].start;
      delete g.numeric[3].end;
    });
    const check = checkGold(gold, SEED_TEXT);
    expect(check.success && [check.data.numeric[3]!.start, check.data.numeric[3]!.end]).toEqual([910, 924]);
  });

  // [what is odd, edit, expected [code, path] warnings]
  const warnings: Array<[string, (g: Gold) => void, Array<[string, string]>]> = [
    ['period not in the text', (g) => (g.numeric[0].period = 'خلال عشر سنوات'), [['period-not-found', 'numeric[0].period']]],
    ['speakerKey not part of speaker', (g) => (g.quotes[0].speakerKey = 'ماسك'), [['speaker-key-mismatch', 'quotes[0].speakerKey']]],
    ['chain starting outside the accepted sources', (g) => (g.numeric[0].chain = ['reuters']), [['chain-source-mismatch', 'numeric[0].chain']]],
  ];
  it.each(warnings)('warns but accepts: %s', (_name, edit, expected) => {
    const check = checkGold(broken(edit), SEED_TEXT);
    expect(check.success).toBe(true);
    expect(check.problems.map((p) => [p.code, p.path])).toEqual(expected);
  });

  it('finds a period written with other diacritics or letter variants', () => {
    const check = checkGold(broken((g) => (g.numeric[0].period = 'خلال السنوات الثلاث المقبله')), SEED_TEXT);
    expect(check.problems).toEqual([]);
  });
});

describe('loading gold files from disk', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'isnad-gold-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const root = join(tmp, 'repo');
  mkdirSync(join(root, 'corpus', 'gold'), { recursive: true });
  mkdirSync(join(root, 'corpus', 'articles'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}');
  const text = 'ارتفعت الأرباح 12% هذا العام.';
  const gold = (extra: Record<string, unknown>): string =>
    JSON.stringify({
      article: 'a',
      publisher: 'publisher',
      numeric: [{ surface: '12%', occurrence: 1, value: 12, unit: 'percent', change: 'increase', source: ['publisher'] }],
      ...extra,
    });
  writeFileSync(join(root, 'corpus', 'articles', 'a.txt'), `\uFEFF${text}`);
  writeFileSync(join(root, 'corpus', 'gold', 'a.gold.json'), gold({}));
  writeFileSync(join(root, 'corpus', 'gold', 'b.gold.json'), gold({ article: 'b', path: '../absent-shared-folder/articles/b.txt' }));
  writeFileSync(join(root, 'corpus', 'gold', 'c.gold.json'), gold({ article: 'c', path: 'corpus/articles/missing.txt' }));
  writeFileSync(join(root, 'corpus', 'gold', 'd.gold.json'), '{"article": ');
  writeFileSync(join(root, 'corpus', 'gold', 'notes.txt'), 'not a gold file');

  it('finds the repo root from a folder below it', () => {
    mkdirSync(join(root, 'dist', 'scripts'), { recursive: true });
    expect(findRepoRoot(join(root, 'dist', 'scripts'))).toBe(root);
  });

  it('reports each file as ok, unavailable or invalid, in name order', () => {
    const loaded = loadGoldCorpus({ root });
    expect(loaded.map((e) => [e.file, e.status])).toEqual([
      ['a.gold.json', 'ok'],
      ['b.gold.json', 'unavailable'],
      ['c.gold.json', 'invalid'],
      ['d.gold.json', 'invalid'],
    ]);
    const [a, b, c, d] = loaded;
    expect(a!.status === 'ok' && [a!.text, a!.gold.lang, a!.gold.numeric[0]!.start]).toEqual([text, 'ar', 15]);
    expect(b!.status === 'unavailable' && b!.reason).toMatch(/absent-shared-folder is absent/);
    expect(c!.status === 'invalid' && c!.problems.map((p) => p.code)).toEqual(['article-missing']);
    expect(d!.status === 'invalid' && d!.problems.map((p) => p.code)).toEqual(['invalid-json']);
  });

  it('filters by language and keeps files it could not read', () => {
    expect(loadGoldCorpus({ root, lang: 'en' }).map((e) => e.file)).toEqual(['b.gold.json', 'c.gold.json', 'd.gold.json']);
  });

  it('rejects two gold files for the same article', () => {
    writeFileSync(join(root, 'corpus', 'gold', 'e.gold.json'), gold({}));
    try {
      const loaded = loadGoldCorpus({ root }).filter((e) => e.file === 'a.gold.json' || e.file === 'e.gold.json');
      expect(loaded.map((e) => (e.status === 'invalid' ? e.problems[0]!.code : e.status))).toEqual(['duplicate-article', 'duplicate-article']);
    } finally {
      rmSync(join(root, 'corpus', 'gold', 'e.gold.json'));
    }
  });

  it('loads the given files only, and reports a listed file that does not exist', () => {
    const loaded = loadGoldCorpus({ root, files: ['z.gold.json', 'a.gold.json'] });
    expect(loaded.map((e) => [e.file, e.status === 'invalid' ? e.problems[0]!.code : e.status])).toEqual([
      ['a.gold.json', 'ok'],
      ['z.gold.json', 'gold-missing'],
    ]);
  });

  it('loads one file by name', () => {
    expect(loadGoldFile(root, 'a.gold.json').status).toBe('ok');
  });

  it('reads an article that is a record of a JSONL file, and reports a record that is not there', () => {
    const records = [{ id: 'x/other', text: 'نص آخر' }, { id: 'x/r1', title: 'عنوان', text: text }];
    writeFileSync(join(root, 'corpus', 'articles', 'records.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    writeFileSync(join(root, 'corpus', 'gold', 'r.gold.json'), gold({ article: 'r', path: 'corpus/articles/records.jsonl', record: 'x/r1' }));
    writeFileSync(join(root, 'corpus', 'gold', 's.gold.json'), gold({ article: 's', path: 'corpus/articles/records.jsonl', record: 'x/none' }));
    try {
      const r = loadGoldFile(root, 'r.gold.json');
      expect(r.status === 'ok' && [r.text, r.gold.numeric[0]!.start]).toEqual([text, 15]);
      const s = loadGoldFile(root, 's.gold.json');
      expect(s.status === 'invalid' && s.problems.map((p) => [p.code, p.path])).toEqual([['article-missing', 'record']]);
    } finally {
      rmSync(join(root, 'corpus', 'gold', 'r.gold.json'));
      rmSync(join(root, 'corpus', 'gold', 's.gold.json'));
    }
  });
});
