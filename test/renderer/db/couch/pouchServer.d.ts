/** The few parts of PouchDB and express-pouchdb the loopback CouchDB-protocol server uses (they ship no types). */
declare module 'pouchdb-core' {
  interface PouchDatabase {
    bulkDocs(docs: readonly Record<string, unknown>[], options: { new_edits: false }): Promise<unknown>;
    info(): Promise<unknown>;
  }
  interface PouchConstructor {
    new (name: string): PouchDatabase;
    plugin(plugin: unknown): PouchConstructor;
    defaults(options: { adapter: string }): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { Server } from 'node:http';
  interface ExpressPouchApp {
    listen(port: number, host: string, ready: () => void): Server;
  }
  function expressPouchdb(
    pouch: unknown,
    options: { mode: 'minimumForPouchDB'; inMemoryConfig: boolean; logPath: string },
  ): ExpressPouchApp;
  export default expressPouchdb;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
