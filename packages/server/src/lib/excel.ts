import ExcelJS from 'exceljs';

/** A sheet column: the key rows use, the header text users see, and what the header note explains. */
export interface SheetColumn {
  key: string;
  header: string;
  required?: boolean;
  /** Shown in the note on the header cell and in a template's example row. */
  example?: string;
  note?: string;
  width?: number;
}

export type CellValue = string | number | null | undefined;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes one sheet: a bold frozen header row (required headers marked with a red *, notes on each
 * header cell), then the rows. A template passes one example row.
 */
export async function writeSheet(
  sheetName: string,
  columns: SheetColumn[],
  rows: Record<string, CellValue>[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width ?? Math.max(10, c.header.length * 2 + 4),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    if (c.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    const lines = [c.required ? '必填' : '选填', c.note, c.example ? `例：${c.example}` : undefined].filter(Boolean);
    cell.note = lines.join('\n');
  });
  for (const row of rows) sheet.addRow(row);
  // Codes and barcodes are text: keep Excel from turning 6901234567890 into 6.90123E+12.
  for (const c of columns) sheet.getColumn(c.key).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
}

export interface SheetRows {
  /** Cell text by column key, one entry per non-empty row, in sheet order. */
  rows: Record<string, string>[];
  /** The sheet row number (header = 1) of each entry of `rows`. */
  rowNumbers: number[];
  /** Headers of required columns the sheet lacks. */
  missing: string[];
}

/**
 * Reads the first sheet of an xlsx file: columns are found by their header text (in any order;
 * a trailing * is ignored), empty rows skipped. Throws on a file that is not xlsx.
 */
export async function readSheet(data: Buffer, columns: SheetColumn[]): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const result: SheetRows = { rows: [], rowNumbers: [], missing: [] };
  if (!sheet) return { ...result, missing: columns.filter((c) => c.required).map((c) => c.header) };
  const byHeader = new Map(columns.map((c) => [c.header, c.key]));
  const keyAt = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = byHeader.get(cellText(cell.value).replace(/\s*\*$/, ''));
    if (key) keyAt.set(col, key);
  });
  const found = new Set(keyAt.values());
  result.missing = columns.filter((c) => c.required && !found.has(c.key)).map((c) => c.header);
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Record<string, string> = Object.fromEntries(columns.map((c) => [c.key, '']));
    let empty = true;
    row.eachCell((cell, col) => {
      const key = keyAt.get(col);
      if (!key) return;
      const text = cellText(cell.value);
      if (text) empty = false;
      record[key] = text;
    });
    if (empty) return;
    result.rows.push(record);
    result.rowNumbers.push(number);
  });
  return result;
}

/**
 * The first sheet of an xlsx file as cell texts, row by row (empty rows skipped), with the sheet row
 * number of each; for sheets whose columns are not fixed by header text. Throws on a file that is
 * not xlsx.
 */
export async function readSheetCells(data: Buffer): Promise<{ rows: string[][]; rowNumbers: number[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const result: { rows: string[][]; rowNumbers: number[] } = { rows: [], rowNumbers: [] };
  workbook.worksheets[0]?.eachRow((row, number) => {
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    const texts = Array.from(cells, (c) => c ?? '');
    if (!texts.some(Boolean)) return;
    result.rows.push(texts);
    result.rowNumbers.push(number);
  });
  return result;
}
