import { DatabaseError } from 'pg';
import { describe, expect, it } from 'vitest';
import { assertDatabaseReachable, describeDatabaseError } from './errors';

const url = 'postgresql://shop:secret@db.internal:6543/storeloom';

function pgError(code: string, message: string): DatabaseError {
  const err = new DatabaseError(message, message.length, 'error');
  err.code = code;
  return err;
}

function withCode(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('describeDatabaseError', () => {
  it('explains a malformed URL without echoing it', () => {
    const line = describeDatabaseError(new TypeError('Invalid URL'), 'postgres//nope');
    expect(line).toMatch(/DATABASE_URL is not a valid PostgreSQL URL/);
    expect(describeDatabaseError(new Error('x'), 'mysql://a@b/c')).toMatch(
      /not a valid PostgreSQL URL/,
    );
  });

  it('names host and port when the connection is refused', () => {
    expect(describeDatabaseError(withCode('ECONNREFUSED'), url)).toBe(
      'Cannot reach PostgreSQL at db.internal:6543: connection refused (is the server running?)',
    );
  });

  it("finds the refusal inside Node's AggregateError", () => {
    const err = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], '');
    expect(describeDatabaseError(err, url)).toMatch(/connection refused/);
  });

  it('reports an unknown host', () => {
    expect(
      describeDatabaseError(withCode('ENOTFOUND', 'getaddrinfo ENOTFOUND db.internal'), url),
    ).toMatch(/db\.internal:6543: host not found/);
  });

  it("reports timeouts, including pg's own code-less one", () => {
    expect(describeDatabaseError(withCode('ETIMEDOUT'), url)).toMatch(/timed out/);
    expect(
      describeDatabaseError(new Error('Connection terminated due to connection timeout'), url),
    ).toMatch(/timed out/);
  });

  it('reports a bad password without revealing it', () => {
    const line = describeDatabaseError(
      pgError('28P01', 'password authentication failed for user "shop"'),
      url,
    );
    expect(line).toBe('PostgreSQL at db.internal:6543 rejected the password for user "shop"');
    expect(line).not.toContain('secret');
  });

  it('reports a missing database', () => {
    expect(
      describeDatabaseError(pgError('3D000', 'database "storeloom" does not exist'), url),
    ).toBe('Database "storeloom" does not exist on db.internal:6543');
  });

  it('is always a single line', () => {
    expect(describeDatabaseError(new Error('first\nsecond\n    at stack'), url)).not.toContain(
      '\n',
    );
  });
});

describe('assertDatabaseReachable', () => {
  it('rejects a malformed URL before connecting', async () => {
    await expect(assertDatabaseReachable('not a url')).rejects.toThrow(
      /not a valid PostgreSQL URL/,
    );
  });

  it('turns a refused connection into one line', async () => {
    await expect(assertDatabaseReachable('postgresql://u:p@127.0.0.1:1/db')).rejects.toThrow(
      'Cannot reach PostgreSQL at 127.0.0.1:1: connection refused (is the server running?)',
    );
  });
});
