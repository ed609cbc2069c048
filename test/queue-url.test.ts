import { describe, expect, it } from 'vitest';
import { UsageError } from '../pipeline/batch/options.js';
import { redisOptions } from '../pipeline/queue/connection.js';
import { PASSWORD_ENV, parseRedisUrl, plainRedisError, redact, redactUrlText } from '../pipeline/queue/redis-url.js';

describe('parseRedisUrl', () => {
  const cases: [string, { host: string; port: number; db: number; tls: boolean; username?: string; password?: string; display: string }][] = [
    ['redis://127.0.0.1:6390', { host: '127.0.0.1', port: 6390, db: 0, tls: false, display: 'redis://127.0.0.1:6390/0' }],
    ['redis://localhost', { host: 'localhost', port: 6379, db: 0, tls: false, display: 'redis://localhost:6379/0' }],
    ['redis://10.0.0.5:7000/3', { host: '10.0.0.5', port: 7000, db: 3, tls: false, display: 'redis://10.0.0.5:7000/3' }],
    ['redis://:s3cret@127.0.0.1:6390/1', { host: '127.0.0.1', port: 6390, db: 1, tls: false, password: 's3cret', display: 'redis://:***@127.0.0.1:6390/1' }],
    ['rediss://isnad:p%40ss%2Fw@redis.example:6380', { host: 'redis.example', port: 6380, db: 0, tls: true, username: 'isnad', password: 'p@ss/w', display: 'rediss://isnad:***@redis.example:6380/0' }],
    ['redis://isnad@127.0.0.1', { host: '127.0.0.1', port: 6379, db: 0, tls: false, username: 'isnad', display: 'redis://isnad@127.0.0.1:6379/0' }],
    ['redis://[::1]:6390', { host: '::1', port: 6390, db: 0, tls: false, display: 'redis://[::1]:6390/0' }],
  ];
  it.each(cases)('%s', (url, expected) => {
    const target = parseRedisUrl(url);
    expect({
      host: target.host,
      port: target.port,
      db: target.db,
      tls: target.tls,
      ...(target.username !== undefined ? { username: target.username } : {}),
      ...(target.password !== undefined ? { password: target.password } : {}),
      display: target.display,
    }).toEqual(expected);
  });

  it('takes the password from the environment when the URL has none, and hides it', () => {
    const target = parseRedisUrl('redis://127.0.0.1:6390', { [PASSWORD_ENV]: 'from-env' });
    expect(target.password).toBe('from-env');
    expect(target.secrets).toContain('from-env');
    expect(target.display).toBe('redis://127.0.0.1:6390/0');
  });

  it('prefers the password in the URL over the environment', () => {
    expect(parseRedisUrl('redis://:in-url@h', { [PASSWORD_ENV]: 'from-env' }).password).toBe('in-url');
  });

  const bad: [string, string][] = [
    ['http://127.0.0.1:6379', 'unsupported scheme http:'],
    ['127.0.0.1:6379', 'not a URL'],
    ['redis://', 'no host'],
    ['redis://h:0', 'bad port'],
    ['redis://h/abc', 'database number'],
    ['redis://h/99999999', 'database number'],
    ['redis://h/?family=6', 'query strings'],
    ['not a url', 'not a URL'],
  ];
  it.each(bad)('rejects %s', (url, why) => {
    expect(() => parseRedisUrl(url)).toThrow(UsageError);
    expect(() => parseRedisUrl(url)).toThrow(why);
  });

  it('never shows the password of a URL it rejects', () => {
    for (const url of ['redis://:hunter2@h:0', 'http://u:hunter2@h', 'redis://:hunter2@h/x?y=1', 'redis://:hunter2@h:99999', 'redis://:hun ter2@h@/x?q']) {
      let message = '';
      try {
        parseRedisUrl(url);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).not.toBe('');
      expect(message).not.toContain('hunter2');
      expect(message).not.toContain('ter2');
    }
  });
});

describe('redact', () => {
  const cases: [string, readonly string[], string][] = [
    ['connect to redis://:pw@h:1/0 failed', [], 'connect to redis://:***@h:1/0 failed'],
    ['redis://user:p@ss@h and rediss://u:x@y', [], 'redis://user:***@h and rediss://u:***@y'],
    ['WRONGPASS for s3cret', ['s3cret'], 'WRONGPASS for ***'],
    ['s3cret%2F and s3cret/', ['s3cret/', 's3cret%2F'], '*** and ***'],
    ['nothing secret here: redis://h:6379/0', ['s3cret'], 'nothing secret here: redis://h:6379/0'],
  ];
  it.each(cases)('%s', (text, secrets, expected) => {
    expect(redact(text, secrets)).toBe(expected);
  });

  it('leaves text without a URL alone', () => {
    expect(redactUrlText('a: b @ c // d')).toBe('a: b @ c // d');
  });
});

describe('plainRedisError', () => {
  it.each([
    [new Error('Reached the max retries per request limit (which is 2). Refer to "maxRetriesPerRequest" option for details.'), 'no connection'],
    [new Error('connect ECONNREFUSED 127.0.0.1:6390\n    at x'), 'connect ECONNREFUSED 127.0.0.1:6390'],
    ['plain', 'plain'],
  ])('%s', (err, expected) => {
    expect(plainRedisError(err)).toBe(expected);
  });
});

describe('redisOptions', () => {
  const cases: [string, unknown][] = [
    ['redis://127.0.0.1:6390/2', undefined],
    ['rediss://redis.example:6380', { servername: 'redis.example' }],
    ['rediss://127.0.0.1:6380', {}],
  ];
  it.each(cases)('%s: TLS options %o (certificates always verified; SNI only for host names)', (url, tls) => {
    const options = redisOptions(parseRedisUrl(url), { name: 'n', maxRetriesPerRequest: 1 });
    expect(options.tls).toEqual(tls);
    expect((options.tls as { rejectUnauthorized?: boolean } | undefined)?.rejectUnauthorized).toBeUndefined();
  });

  it('passes the user and password to the client, and nothing else carries them', () => {
    const options = redisOptions(parseRedisUrl('redis://isnad:s3cret@h:1/4'), { name: 'isnad-coordinator', maxRetriesPerRequest: null });
    expect(options).toMatchObject({ host: 'h', port: 1, db: 4, username: 'isnad', password: 's3cret', connectionName: 'isnad-coordinator', maxRetriesPerRequest: null });
    const { password: _password, ...rest } = options;
    expect(JSON.stringify(rest)).not.toContain('s3cret');
  });
});
