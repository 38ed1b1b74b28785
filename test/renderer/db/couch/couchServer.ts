/**
 * A CouchDB-protocol server on loopback for the live sync tests: express-pouchdb over PouchDB's in-memory adapter,
 * started on a free port and stopped by the test. It can be stopped and restarted on the same port with its data
 * kept (the memory adapter keeps databases for the life of the process), to play a server that goes away mid-work.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';

const MemoryPouch = PouchDB.plugin(memoryAdapter).plugin(mapreduce).defaults({
  adapter: 'memory',
});

export interface CouchServer {
  /** `http://127.0.0.1:<port>/<database>`. */
  readonly databaseUrl: string;
  /** Writes a document straight into the database, as anyone with server access could. */
  putAsIs(doc: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

function listen(app: ReturnType<typeof expressPouchdb>, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
    server.once('error', reject);
  });
}

export async function startCouchServer(database: string): Promise<CouchServer> {
  const name = `${database}-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const app = expressPouchdb(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const db = new MemoryPouch(name);
  // The database is made asynchronously: until it is, the server answers that it has no such database.
  await db.info();
  let server: Server | undefined = await listen(app, 0);
  const { port } = server.address() as AddressInfo;
  return {
    databaseUrl: `http://127.0.0.1:${port}/${name}`,
    async putAsIs(doc) {
      await db.bulkDocs([doc], { new_edits: false });
    },
    async stop() {
      const running = server;
      server = undefined;
      if (!running) return;
      running.closeAllConnections();
      await new Promise<void>((resolve) => running.close(() => resolve()));
    },
    async start() {
      if (!server) server = await listen(app, port);
    },
  };
}
