import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';

/**
 * The schema engine's introspection reads catalog columns of PostgreSQL's internal `"char"` type
 * (oid 18, e.g. pg_constraint.contype) and expects them typed as Character, but adapter-pg 7.10
 * rejects that oid. We relabel such columns as text on the wire and tag their name, then turn
 * the tag back into ColumnType.Character on the way out.
 */
const charOid = 18;
const textOid = 25;
const charTag = '\u0000char';

interface RowDescription {
  fields: { dataTypeID: number; name: string }[];
}

function isRowDescription(message: unknown): message is RowDescription {
  return (
    typeof message === 'object' &&
    message !== null &&
    'fields' in message &&
    Array.isArray(message.fields)
  );
}

function tagCharColumns(message: unknown): void {
  if (!isRowDescription(message)) return;
  for (const field of message.fields) {
    if (field.dataTypeID === charOid) {
      field.dataTypeID = textOid;
      field.name += charTag;
    }
  }
}

class CharTaggingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // Must run before pg's own handler, which copies the field descriptions into the result.
    this.connection.prependListener('rowDescription', tagCharColumns);
  }
}

export function untagCharColumns(result: SqlResultSet): SqlResultSet {
  const columnTypes = [...result.columnTypes];
  const columnNames = result.columnNames.map((name, index) => {
    if (!name.endsWith(charTag)) return name;
    columnTypes[index] = ColumnTypeEnum.Character;
    return name.slice(0, -charTag.length);
  });
  return { ...result, columnNames, columnTypes };
}

async function connect(connectionString: string): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString, Client: CharTaggingClient });
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => untagCharColumns(await queryRaw(query));
  // adapter-pg splits scripts on ';', which breaks DO $$ blocks; the simple protocol does not.
  adapter.executeScript = async (script) => {
    await pool.query(script);
  };
  return adapter;
}

/** A driver adapter factory for the schema engine, connected to `url`. */
export function charSafeAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connect(url),
    // The tool diffs against a database it migrated itself, so it never needs a shadow database.
    connectToShadowDb: () =>
      Promise.reject(new Error('No shadow database in the offline migration tool')),
  };
}
