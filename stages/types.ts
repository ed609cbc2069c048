export type Lang = 'ar' | 'en';

/** The article every stage sees: its original text and metadata. Stages never mutate it. */
export interface ArticleDoc {
  readonly id: string;
  /** The original text as read (a leading BOM already dropped). Every output span points into it. */
  readonly text: string;
  readonly lang: Lang;
  readonly meta: {
    readonly title?: string;
    readonly url?: string;
    readonly outlet?: string;
    readonly version?: string;
    readonly publishedAt?: string;
  };
}

/** A stage: a pure function from its input to a new value, given the document. */
export type Stage<In, Out> = (input: In, doc: ArticleDoc) => Out;
