import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../src/store/serial-queue.js';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('serialQueue', () => {
  it('starts each task only when the one before has settled, in the order queued', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue(task('a')), queue(task('b')), queue(task('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('reports a failure to whoever awaits that task, and runs the later tasks all the same', async () => {
    const queue = serialQueue();
    const failed = queue(async () => {
      await tick();
      throw new Error('坏了');
    });
    const later = queue(async () => 'still runs');
    await tick(); // the failure is not unhandled while nobody awaits it yet
    await expect(later).resolves.toBe('still runs');
    await expect(failed).rejects.toThrow('坏了');
  });

  it('drains: settles once every task queued so far has, whatever their outcome', async () => {
    const queue = serialQueue();
    let done = 0;
    void queue(async () => {
      await tick();
      done++;
    });
    queue(async () => {
      await tick();
      done++;
      throw new Error('x');
    }).catch(() => undefined);
    await queue.drain();
    expect(done).toBe(2);
  });
});
