import { createRequire } from 'node:module';

/** The parts of a compromise term this stage reads. */
export interface CompromiseTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  readonly offset?: { readonly start: number; readonly length: number };
}

interface CompromiseView {
  compute(method: string): CompromiseView;
  readonly docs: ReadonlyArray<ReadonlyArray<CompromiseTerm>>;
}

export type Compromise = (text: string) => CompromiseView;

let nlp: Compromise | undefined;

/**
 * compromise, loaded on first use, synchronously (its CommonJS build), so that a batch of Arabic
 * articles never pays for it.
 */
export function loadCompromise(): Compromise {
  if (nlp === undefined) nlp = createRequire(import.meta.url)('compromise') as Compromise;
  return nlp;
}

/** True once compromise has been loaded in this process. */
export function compromiseLoaded(): boolean {
  return nlp !== undefined;
}
