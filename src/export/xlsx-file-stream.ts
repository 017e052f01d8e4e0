import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * The file an exceljs streaming workbook is written to, with its error kept: exceljs leaves a file
 * stream's error unheard, so a file that cannot be opened (a folder in its place, a full disk)
 * would otherwise make the workbook's commit wait for ever. `check` throws the error once it has
 * happened; `commit` runs the workbook's commit and fails with the file's error instead of hanging.
 * @example const f = xlsxFileStream('a.xlsx'); const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: f.stream }); … await f.commit(() => wb.commit());
 */
export function xlsxFileStream(path: string): { readonly stream: WriteStream; check(): void; commit(work: () => Promise<void>): Promise<void> } {
  const stream = createWriteStream(path);
  let error: Error | undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    stream.on('error', (err) => {
      error = err;
      reject(err);
    });
  });
  failed.catch(() => undefined); // heard here; thrown where check or commit is called
  return {
    stream,
    check() {
      if (error) throw error;
    },
    commit: (work) => Promise.race([work(), failed]),
  };
}
