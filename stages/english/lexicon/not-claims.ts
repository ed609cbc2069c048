/**
 * Words that make the number after them a label, not a quantity (`page 3`, `No. 1`, `Top 10`),
 * and words after a number that make it a time of day (`3 p.m.`).
 */
export const LABEL_WORDS_BEFORE: readonly string[] = [
  'page', 'pages', 'section', 'article', 'chapter', 'no', 'no.', 'number', 'item', 'rule', 'gate', 'line', 'phase',
  'stage', 'level', 'grade', 'season', 'episode', 'version', 'v', 'model', 'series', 'room', 'flight', 'route',
  'top', 'figure', 'table', 'tier', 'class', 'category', 'generation', 'gen', 'paragraph', 'clause', 'act', 'step',
];

export const TIME_WORDS_AFTER: readonly string[] = ['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'et', 'bst', 'utc', "o'clock", 'a.m', 'p.m'];

/** Words before a four-digit number that make it a year (`in 2025`, `fiscal 2025`). */
export const YEAR_WORDS_BEFORE: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'to', 'year', 'fiscal', 'fy', 'early', 'late', 'mid', 'end',
  'before', 'after', 'through', 'during', 'spring', 'summer', 'autumn', 'fall', 'winter', 'for', 'and', 'or', 'the',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
];

/** Words after a number that make it part of a date or a name (`2 March`, `4 Pro`). */
export const MONTH_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
