import { UsageError } from '../batch/options.js';

/** Where the queue lives, from `--queue redis://[[user]:password@]host[:port][/db]` (or `rediss://` for TLS). */
export interface RedisTarget {
  readonly host: string;
  readonly port: number;
  readonly db: number;
  readonly tls: boolean;
  readonly username?: string;
  readonly password?: string;
  /** The URL with the password replaced by `***`: the only form ever printed. */
  readonly display: string;
  /** Strings that must never be printed (the password, raw and percent-encoded). */
  readonly secrets: readonly string[];
}

/** Environment variable read for the password when the URL has none (keeps it out of the process list). */
export const PASSWORD_ENV = 'ISNAD_REDIS_PASSWORD';

const SHAPE = 'redis://[[user]:password@]host[:port][/db] or rediss://... (TLS)';
const MAX_DB = 65_535;

/**
 * Parses a `--queue` URL. Anything else (another scheme, a query string, a bad port or db) is a
 * UsageError whose message shows the URL with its password hidden.
 */
export function parseRedisUrl(raw: string, env: Readonly<Record<string, string | undefined>> = {}): RedisTarget {
  const shown = hideCredentials(raw);
  const bad = (why: string): UsageError => new UsageError(`Expected \`--queue\` to be ${SHAPE}, got \`${shown}\`: ${why}`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad('not a URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw bad(`unsupported scheme ${url.protocol}`);
  if (url.search !== '' || url.hash !== '') throw bad('query strings and fragments are not supported');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (host === '') throw bad('no host');
  const port = url.port === '' ? 6379 : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw bad('bad port');
  const dbText = url.pathname.replace(/^\//, '');
  if (dbText !== '' && !/^\d{1,5}$/.test(dbText)) throw bad('the path must be a database number');
  const db = dbText === '' ? 0 : Number(dbText);
  if (db > MAX_DB) throw bad('bad database number');
  let username: string | undefined;
  let password: string | undefined;
  try {
    username = url.username === '' ? undefined : decodeURIComponent(url.username);
    password = url.password === '' ? undefined : decodeURIComponent(url.password);
  } catch {
    throw bad('bad percent-encoding in the user or password');
  }
  const fromEnv = env[PASSWORD_ENV];
  if (password === undefined && fromEnv !== undefined && fromEnv !== '') password = fromEnv;
  const secrets = password === undefined ? [] : [...new Set([password, url.password, encodeURIComponent(password)].filter((s) => s !== ''))];
  const auth = username !== undefined || url.password !== '' ? `${url.username}${url.password !== '' ? ':***' : ''}@` : '';
  const hostPart = host.includes(':') ? `[${host}]` : host;
  const display = `${url.protocol}//${auth}${hostPart}:${port}/${db}`;
  return {
    host,
    port,
    db,
    tls: url.protocol === 'rediss:',
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    display,
    secrets,
  };
}

/**
 * Hides the password of any `scheme://user:password@host` in `text`, even when it is not a valid
 * URL: in each whitespace-free word, what lies between the first `:` after `//` and the last `@`.
 */
export function redactUrlText(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => {
      const start = word.indexOf('//');
      const at = word.lastIndexOf('@');
      if (start < 0 || at < start) return word;
      const colon = word.indexOf(':', start + 2);
      if (colon < 0 || colon > at) return word;
      return `${word.slice(0, colon)}:***${word.slice(at)}`;
    })
    .join('');
}

/** A `--queue` value for an error message: everything before the last `@` (user and password, whatever they contain) hidden. */
function hideCredentials(raw: string): string {
  const at = raw.lastIndexOf('@');
  if (at < 0) return raw;
  const scheme = raw.indexOf('//');
  return `${scheme >= 0 && scheme < at ? raw.slice(0, scheme + 2) : ''}***${raw.slice(at)}`;
}

/** Replaces every secret in `text` with `***`, and any password-bearing URL too. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = redactUrlText(text);
  for (const secret of secrets) if (secret !== '') out = out.split(secret).join('***');
  return out;
}

/** An ioredis error in a few words (its retry-limit message is about options, not about what happened). */
export function plainRedisError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/max retries per request/i.test(message)) return 'no connection';
  return message.split('\n', 1)[0] ?? '';
}
