/**
 * Both Excel ports fail alike (shared/host-reply.ts): every call rejects with
 * the port's own error. One the port raised passes through as it is; an
 * Excel error becomes a host failure with its message, and a failure without
 * one says that Excel did not answer.
 */
import vm from 'node:vm';
import { excelImportPort } from '../../office/calendar-import';
import { EXCEL_NO_ANSWER, excelPort, type ExcelRunner } from '../../office/checklist';
import { ImportError } from '../../shared/calendar';
import { PortError } from '../../shared/port';

/** Excel.run that fails with `failure`, whatever it is, before any batch runs. */
const failingRun =
  (failure: unknown): ExcelRunner =>
  () =>
    Promise.resolve().then(() => {
      throw failure;
    });

const settings = { get: () => null, set: () => undefined, saveAsync: () => undefined };
const check = {
  partner: 'Ann',
  location: null,
  checkedOn: '2025-03-14' as const,
  answers: new Array<boolean>(9).fill(true),
};
const meeting = { date: '2025-03-04', partner: 'Ann', hours: 1, kind: 'Call', notes: 'Call', source: 'uid-1' };

interface PortCase {
  name: string;
  ErrorClass: typeof PortError | typeof ImportError;
  own: Error & { problem: unknown };
  /** Every call of the port, on an Excel.run that fails with the given failure. */
  calls: (run: ExcelRunner) => (() => Promise<unknown>)[];
}

const PORTS: PortCase[] = [
  {
    name: 'the checklist port',
    ErrorClass: PortError,
    own: new PortError({ kind: 'partnerNotFound', partner: 'Ann' }),
    calls: (run) => {
      const port = excelPort(run, () => '2025-03-14');
      return [() => port.loadChecklistContext(), () => port.loadPartner('Ann'), () => port.saveCheck(check)];
    },
  },
  {
    name: 'the import port',
    ErrorClass: ImportError,
    own: new ImportError({ kind: 'noMeetingsSheet' }),
    calls: (run) => {
      const port = excelImportPort(
        run,
        () => settings,
        () => '2025-12-01',
      );
      return [() => port.loadImportContext(), () => port.importMeetings([meeting])];
    },
  },
];

describe.each(PORTS)('$name in Excel', ({ ErrorClass, own, calls }) => {
  async function rejections(failure: unknown): Promise<unknown[]> {
    return Promise.all(
      calls(failingRun(failure)).map((call) =>
        call().then(
          () => 'resolved',
          (error: unknown) => error,
        ),
      ),
    );
  }

  it('rejects with its own error as it is', async () => {
    for (const rejection of await rejections(own)) expect(rejection).toBe(own);
  });

  it.each([
    ['an Excel error', new Error('RichApi.Error: The workbook is busy'), 'RichApi.Error: The workbook is busy'],
    [
      'an error of another realm',
      vm.runInNewContext('new Error("GeneralException: An internal error has occurred.")'),
      'GeneralException: An internal error has occurred.',
    ],
    ['an error without a message', new Error(''), EXCEL_NO_ANSWER],
    ['undefined', undefined, EXCEL_NO_ANSWER],
  ])('turns %s into a host failure', async (_label, failure, message) => {
    for (const rejection of await rejections(failure)) {
      expect(rejection).toBeInstanceOf(ErrorClass);
      expect((rejection as { problem: unknown }).problem).toEqual({ kind: 'hostFailure', message });
    }
  });
});
