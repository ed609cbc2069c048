/**
 * What a figure measures, in Arabic and English: a claim's concept is the nearest of these phrases
 * before it in its sentence (else after it), or its counted item. Two claims are the same measure
 * only when their concepts agree. Phrases are matched on the matching key (lower case, Arabic
 * letter variants folded); Latin phrases at a word start, Arabic ones anywhere (clitics).
 */
export interface Concept {
  readonly id: string;
  readonly phrases: readonly string[];
}

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'capex',
    phrases: ['capital expenditure', 'capital expenditures', 'capex', 'capital spending', 'الإنفاق الرأسمالي', 'النفقات الرأسمالية', 'الاستثمارات الرأسمالية'],
  },
  {
    id: 'opex',
    phrases: ['operating expenses', 'operating costs', 'opex', 'النفقات التشغيلية', 'المصاريف التشغيلية', 'التكاليف التشغيلية', 'نفقات التشغيل'],
  },
  { id: 'profit', phrases: ['profit', 'net income', 'earned', 'earnings', 'أرباح', 'الأرباح', 'ربح', 'صافي الدخل'] },
  { id: 'revenue', phrases: ['revenue', 'sales', 'turnover', 'إيرادات', 'الإيرادات', 'العائدات', 'المبيعات', 'عائدات'] },
  {
    id: 'market-value',
    phrases: ['market value', 'market capitalisation', 'market capitalization', 'market cap', 'القيمة السوقية', 'قيمتها السوقية', 'السوقية'],
  },
  { id: 'shares', phrases: ['shares', 'share price', 'stock', 'سهم', 'أسهم', 'السهم'] },
  { id: 'infrastructure', phrases: ['infrastructure', 'data centers', 'data centres', 'البنية التحتية', 'مراكز البيانات', 'مراكز بيانات'] },
  { id: 'spending', phrases: ['spend', 'spending', 'invest', 'investment', 'إنفاق', 'الإنفاق', 'استثمار', 'استثمارات'] },
  { id: 'users', phrases: ['users', 'user', 'مستخدم', 'مستخدمين', 'المستخدمين'] },
  { id: 'jobs', phrases: ['jobs', 'employees', 'staff', 'workers', 'وظيفة', 'وظائف', 'موظف', 'موظفين'] },
  { id: 'debt', phrases: ['debt', 'borrowing', 'الديون', 'دين', 'ديون'] },
  { id: 'dividend', phrases: ['dividend', 'توزيعات', 'أرباح موزعة'] },
];

/** Currency names that a source may write for an ISO code. */
export const UNIT_ALIASES: Readonly<Record<string, string>> = { dollar: 'USD', euro: 'EUR' };
