/**
 * Why a spreadsheet could not be read, in words for the person who chose the file. The UI can
 * show `message` as it is; `instanceof` tells the cases apart.
 */
export class SpreadsheetReadError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class EncryptedWorkbookError extends SpreadsheetReadError {
  constructor(fileName: string, options?: ErrorOptions) {
    super(`${fileName} is protected with a password, so it cannot be read. Open it, remove the password (or save an unprotected copy) and try again.`, options);
  }
}

export class CorruptWorkbookError extends SpreadsheetReadError {
  constructor(fileName: string, detail: string, options?: ErrorOptions) {
    super(
      `${fileName} could not be read: ${detail} It may be damaged or not really a spreadsheet. Try opening it and saving it again as .ods, .xlsx or .csv.`,
      options,
    );
  }
}

export class NoSheetsError extends SpreadsheetReadError {
  constructor(fileName: string) {
    super(`${fileName} has no sheets with anything in them.`);
  }
}

export class SheetTooLargeError extends SpreadsheetReadError {
  constructor(
    readonly sheetName: string,
    readonly rowCount: number,
    readonly maxRows: number,
  ) {
    super(
      `The sheet "${sheetName}" has more than ${maxRows.toLocaleString('en-GB')} rows, too many to read here. A MAPPA table has one row per area: copy the table into a smaller file and try again.`,
    );
  }
}

export class UnsupportedFileTypeError extends SpreadsheetReadError {
  constructor(fileName: string, detail = '') {
    super(`${fileName} is not a file type we can read${detail ? ` (${detail})` : ''}. Save it as .ods, .xlsx or .csv and try again.`);
  }
}

export class SheetNotFoundError extends SpreadsheetReadError {
  constructor(sheetName: string) {
    super(`The workbook has no sheet called "${sheetName}".`);
  }
}
