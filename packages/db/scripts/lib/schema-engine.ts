import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaContainer } from '@prisma/schema-engine-wasm';

/** The slice of the WebAssembly API we use; this package's TypeScript lib has no DOM typings. */
interface WasmApi {
  instantiate: (
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ) => Promise<{ instance: { exports: Record<string, unknown> } }>;
}

function isWasmApi(value: unknown): value is WasmApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    'instantiate' in value &&
    typeof value.instantiate === 'function'
  );
}

function isThunk(value: unknown): value is () => void {
  return typeof value === 'function';
}

let initialised: Promise<void> | undefined;
let lastPanic: string | undefined;

/**
 * The package's own entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node
 * cannot load without flags; so we instantiate the module ourselves and hand it to the bindings.
 */
async function initialise(): Promise<void> {
  const require = createRequire(import.meta.url);
  const wasmPath = require
    .resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    .replace(/\.js$/, '.wasm');
  const wasm: unknown = Reflect.get(globalThis, 'WebAssembly');
  if (!isWasmApi(wasm)) throw new Error('This Node.js has no WebAssembly support');
  const { instance } = await wasm.instantiate(await readFile(wasmPath), {
    './schema_engine_bg.js': { ...bindings },
  });
  bindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (isThunk(start)) start();
  // A Rust panic reports its message here before the wasm traps with a bare "unreachable".
  Object.assign(globalThis, {
    PRISMA_WASM_PANIC_REGISTRY: {
      set_message: (message: string) => {
        lastPanic = message;
      },
    },
  });
}

export interface OfflineSchemaEngine {
  /** SQL that takes the database behind the adapter to the schema; empty string when none. */
  diffDatabaseToSchema: () => Promise<string>;
  version: string;
}

/** Engine errors carry a Rust span trace after the message; keep just what a person needs. */
export function cleanEngineError(err: unknown): Error {
  const raw = err instanceof Error ? err.message : String(err);
  const message = raw.split(/\n\s+0: /)[0]?.trim() ?? raw;
  return new Error(
    lastPanic === undefined ? message : `${message}\nschema engine panic: ${lastPanic}`,
    {
      cause: err,
    },
  );
}

export async function createSchemaEngine(
  schemaFiles: SchemaContainer[],
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<OfflineSchemaEngine> {
  await (initialised ??= initialise());
  const engine = await bindings.SchemaEngine.new(
    { datamodels: schemaFiles.map((file): [string, string] => [file.path, file.content]) },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  ).catch((err: unknown) => {
    throw cleanEngineError(err);
  });
  return {
    version: bindings.version(),
    diffDatabaseToSchema: async () => {
      try {
        const result = await engine.diff({
          from: { tag: 'schemaDatasource', files: schemaFiles, configDir: process.cwd() },
          to: { tag: 'schemaDatamodel', files: schemaFiles },
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        });
        const script = result.stdout ?? '';
        return /^\s*-- This is an empty migration\.\s*$/.test(script) ? '' : script;
      } catch (err) {
        throw cleanEngineError(err);
      } finally {
        engine.free();
      }
    },
  };
}
