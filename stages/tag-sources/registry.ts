/**
 * The source registry as a matcher: built-in outlets plus a user's entries (`--sources FILE`),
 * aliases folded to matching keys once, matched over tokens longest first.
 */
import { SourceEntrySchema, type SourceEntry } from '../../schemas/source.js';
import { PhraseIndex } from '../lexicon-tools/phrase-index.js';
import type { Token } from '../tokenize/index.js';
import { BUILT_IN_SOURCES, OUTLET_DESCRIPTORS } from './lexicon/sources.js';

export interface SourceHit {
  readonly entry: SourceEntry;
  /** Token index after the alias. */
  readonly next: number;
  /** A proclitic on the first word (`ل` of `لرويترز`: said *to* Reuters). */
  readonly clitic: string;
}

/** Token arrays shorter than this (a few words a caller picked out) are not memoized, so they do not push out an article's answers. */
const MEMO_MIN_TOKENS = 32;

export class SourceRegistry {
  readonly #index: PhraseIndex<SourceEntry>;
  /** Names that count only after a descriptor (`وكالة "فارس"`), by themselves: for a name in quotation marks after any description. */
  readonly #quotedNames: PhraseIndex<SourceEntry>;
  readonly #byId = new Map<string, SourceEntry>();

  constructor(extra: readonly SourceEntry[] = []) {
    const entries = [...BUILT_IN_SOURCES, ...extra];
    // a user's entry with a built-in id replaces it
    for (const e of entries) this.#byId.set(e.id, entryOf(e));
    const aliases: [string, SourceEntry][] = [];
    for (const e of this.#byId.values()) for (const a of e.aliases) aliases.push([a, e]);
    this.#index = new PhraseIndex(aliases);
    const quoted: [string, SourceEntry][] = [];
    for (const [a, e] of aliases) {
      const m = /^\S.* "([^"]+)"$/.exec(a);
      if (m) quoted.push([m[1]!, e]);
    }
    this.#quotedNames = new PhraseIndex(quoted);
    const described: [string, SourceEntry][] = [];
    for (const [a, e] of aliases) {
      const space = a.indexOf(' ');
      if (space > 0 && OUTLET_DESCRIPTORS.includes(a.slice(0, space))) described.push([a.slice(space + 1).replace(/^"(.*)"$/, '$1'), e]);
    }
    this.#describedNames = new PhraseIndex(described);
  }

  /** Names that follow an outlet descriptor in an alias (`العربية` of `قناة العربية`): an outlet's short name where the context says outlet (`مراسل العربية`). */
  readonly #describedNames: PhraseIndex<SourceEntry>;

  /** The outlet whose short name (its alias less the descriptor) starts at token `i`: `العربية` after `مراسل`. */
  shortNameAt(tokens: readonly Token[], i: number): SourceHit | undefined {
    const m = this.#describedNames.matchAt(tokens, i, false);
    return m ? { entry: m.payload, next: m.next, clitic: m.clitic } : undefined;
  }

  /** The source whose name, written in quotation marks after some description, starts at token `i`: `الرسمية "فارس"`. */
  quotedNameAt(tokens: readonly Token[], i: number): SourceHit | undefined {
    const m = this.#quotedNames.matchAt(tokens, i, false);
    return m ? { entry: m.payload, next: m.next, clitic: m.clitic } : undefined;
  }

  /** The source whose alias starts at token `i` (a proclitic on its first word is allowed: `لرويترز`). */
  at(tokens: readonly Token[], i: number): SourceHit | undefined {
    // an article's tokens are asked about again and again (organisation mentions, then sentence
    // attribution, then speakers: a third of the calls on bench articles ask again): the answers
    // for the last article's tokens are kept, by position (`null`: no source there)
    if (tokens !== this.#memoTokens) {
      if (tokens.length < MEMO_MIN_TOKENS) return this.#find(tokens, i);
      this.#memoTokens = tokens;
      this.#memo = new Array<SourceHit | null | undefined>(tokens.length);
    }
    if (i < 0 || i >= tokens.length) return this.#find(tokens, i);
    let hit = this.#memo[i];
    if (hit === undefined) this.#memo[i] = hit = this.#find(tokens, i) ?? null;
    return hit ?? undefined;
  }

  #memoTokens: readonly Token[] | undefined;
  #memo: (SourceHit | null | undefined)[] = [];

  #find(tokens: readonly Token[], i: number): SourceHit | undefined {
    const m = this.#index.matchAt(tokens, i, true);
    return m ? { entry: m.payload, next: m.next, clitic: m.clitic } : undefined;
  }

  byId(id: string): SourceEntry | undefined {
    return this.#byId.get(id);
  }

  /** Resolves an outlet given as metadata (`sky-news-arabia`, `Sky News Arabia`, `سكاي نيوز عربية`) to its id. */
  resolveOutlet(name: string): string {
    const direct = this.#byId.get(name);
    if (direct) return direct.id;
    const lower = name.toLowerCase();
    for (const e of this.#byId.values()) {
      if (e.label.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)) return e.id;
    }
    return name;
  }
}

/**
 * An entry with every field present, in one order (`country` undefined when absent), so that every
 * entry the registry hands out has one hidden class: an entry without a country after ones with it
 * threw away the optimized code of each stage function that reads `entry.kind` or `entry.id`
 * (speakerAfter, interpretPerson, attributeSentence, scanOrgMentions: "wrong map", once each).
 */
function entryOf(e: SourceEntry): SourceEntry {
  return { id: e.id, label: e.label, kind: e.kind, aliases: e.aliases, country: e.country };
}

let builtIn: SourceRegistry | undefined;
/** The registry for a run: the built-in one is shared; user entries make a new one (validated once). */
export function sourceRegistry(extra?: readonly SourceEntry[]): SourceRegistry {
  if (!extra || extra.length === 0) return (builtIn ??= new SourceRegistry());
  return new SourceRegistry(extra.map((e) => SourceEntrySchema.parse(e)));
}

// The built-in registry is data too: validate it when loaded.
for (const e of BUILT_IN_SOURCES) SourceEntrySchema.parse(e);
