import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../../src/ingest/hash-file.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { openStore } from '../../src/store/open-store.js';
import { exec, queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';

// stg tables keep record ids unique without an index: ids start with the first 12 hex digits of
// the file's hash, so a file whose hash shares them with a loaded file's is refused, both ways.

const dir = tempDir('arrears-clash-');
const HEADER = '投诉编号,登记日期,投诉渠道,投诉企业名称,投诉企业统一社会信用代码,企业规模,联系人,联系电话,被投诉单位名称,被投诉单位统一社会信用代码,被投诉单位类型,投诉金额（元）,诉求内容,承办单位,办理状态';

describe('record ids that would repeat', () => {
  it('a file whose hash starts like a loaded file’s is refused with a reason, and nothing of it is stored', async () => {
    const path = join(dir, '投诉.csv');
    writeFileSync(path, `${HEADER}\r\nTS-1,2026-04-02,平台,上海安昊建材有限公司,,小型,王五,13812345678,上海市闵行区教育局,,机关,56000,拖欠货款,区经委,受理\r\n`);
    const sha = await hashFile(path);
    const twin = `${sha.slice(0, 12)}${sha.slice(12).split('').reverse().join('')}`;
    expect(twin).not.toBe(sha);
    for (const setBasedCsv of [true, false]) {
      const store = await openStore({ path: ':memory:' });
      try {
        await exec(store.conn, { sql: "INSERT INTO files (sha256, file_name, path, status) VALUES (?, '早先.csv', '/in/早先.csv', 'loaded')", params: [twin] });
        const [outcome] = await ingestFiles(store.conn, [path], { setBasedCsv, setBasedMinBytes: 0, concurrency: 1 });
        expect(outcome).toMatchObject({ status: 'failed' });
        expect(outcome!.status === 'failed' && outcome!.reason).toContain('早先.csv');
        expect(await queryRows(store.conn, 'SELECT count(*) AS n FROM stg_complaint')).toEqual([{ n: 0n }]);
        expect(await queryRows(store.conn, { sql: 'SELECT status FROM files WHERE sha256 = ?', params: [sha] })).toEqual([{ status: 'failed' }]);
      } finally {
        store.close();
      }
    }
  });
});
