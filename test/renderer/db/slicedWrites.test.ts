/**
 * Large writes in slices: every row stored in one transaction, at most two slices in flight, timers run between
 * slices (the page is not held for the whole write), and a slice that fails aborts the transaction with nothing kept.
 */
import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { bulkAddInSlices, bulkPutInSlices, WRITE_SLICE_ROWS, yieldToPage } from '../../../renderer/db/slicedWrites';

interface Row {
  readonly id: string;
  readonly n: number;
}

let db: (Dexie & { rows: Table<Row, string>; other: Table<Row, string> }) | undefined;
afterEach(async () => {
  await db?.delete();
});

async function open() {
  const created = new Dexie(`sliced-writes-${Math.random()}`) as NonNullable<typeof db>;
  created.version(1).stores({ rows: '&id', other: '&id' });
  await created.open();
  db = created;
  return created;
}

const rowsOf = (count: number, prefix = 'r') =>
  Array.from({ length: count }, (_, n) => ({ id: `${prefix}${String(n).padStart(6, '0')}`, n }));

describe('writes in slices', () => {
  it('stores every row in slices of at most WRITE_SLICE_ROWS, two in flight, letting timers run between them', async () => {
    const database = await open();
    const rows = rowsOf(2 * WRITE_SLICE_ROWS + 500);
    const slices: number[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const bulkPut = database.rows.bulkPut.bind(database.rows);
    database.rows.bulkPut = ((slice: Row[]) => {
      slices.push(slice.length);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      return bulkPut(slice).finally(() => (inFlight -= 1));
    }) as typeof database.rows.bulkPut;
    let timerRan = false;
    await database.transaction('rw', database.rows, async () => {
      setTimeout(() => (timerRan = true), 0);
      await bulkPutInSlices(database.rows, rows);
    });
    expect(slices).toEqual([WRITE_SLICE_ROWS, WRITE_SLICE_ROWS, 500]);
    expect(mostInFlight).toBe(2);
    expect(timerRan).toBe(true);
    expect(await database.rows.count()).toBe(rows.length);
    expect((await database.rows.get(rows.at(-1)!.id))?.n).toBe(rows.length - 1);
  });

  it('writes a small batch as one request', async () => {
    const database = await open();
    const slices: number[] = [];
    const bulkPut = database.rows.bulkPut.bind(database.rows);
    database.rows.bulkPut = ((slice: Row[]) => {
      slices.push(slice.length);
      return bulkPut(slice);
    }) as typeof database.rows.bulkPut;
    await bulkPutInSlices(database.rows, rowsOf(WRITE_SLICE_ROWS));
    expect(slices).toEqual([WRITE_SLICE_ROWS]);
  });

  it('keeps nothing when a later slice fails: the whole transaction is aborted', async () => {
    const database = await open();
    await database.rows.add({ id: 'r002100', n: -1 });
    const rows = rowsOf(2 * WRITE_SLICE_ROWS + 500);
    await expect(
      database.transaction('rw', database.rows, database.other, async () => {
        await database.other.put({ id: 'written first', n: 0 });
        await bulkAddInSlices(database.rows, rows);
      }),
    ).rejects.toThrow();
    expect(await database.rows.count()).toBe(1);
    expect(await database.other.count()).toBe(0);
  });

  it('pauses for the page with a message, so work queued before the pause runs first', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      order.push('queued task');
      channel.port1.close();
    };
    channel.port2.postMessage(undefined);
    await yieldToPage();
    order.push('after the pause');
    expect(order).toEqual(['queued task', 'after the pause']);
  });
});
