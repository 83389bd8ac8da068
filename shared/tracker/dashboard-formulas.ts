/**
 * The Dashboard's formulas in the two dialects. Everything is a live
 * formula over the partner and meeting sheets (Sheets: open-ended columns
 * such as Partners!$G$2:$G; Excel: table columns such as Partners[Stage]),
 * with columns found where they really are (FormulaPlaces), so nothing is
 * stored and every logged meeting changes the figures. Rules:
 * - stage and VCP phase counts use COUNTIF with the label in the cell beside
 *   it as the criterion: the product's own words, never a partner's name;
 * - monthly hours are SUMIFS over the meeting dates, from the first of the
 *   month to the first of the next (dates as numbers, never text);
 * - the due list sorts and filters the partner rows and never turns a name
 *   into a criterion, so names with = * ? ~ quotes or markup are only shown.
 *   Rows without a next-contact date (or with an error there) are left out.
 *   Sheets: FILTER, SORT and ARRAY_CONSTRAIN over HSTACK. Excel 2021 has
 *   neither TAKE nor HSTACK: CHOOSE({1,2,3,4},…) joins the columns and
 *   FILTER(…,SEQUENCE(n)<=10) keeps the first ten sorted rows.
 */
import type { Dialect, FormulaPlaces } from './formulas';
import { excelColumnRange, sheetsColumnRange } from './formulas';
import type { MeetingColumnKey, PartnerColumnKey } from './columns';

/** The due list's width: partner, next contact due, stage, next step. */
export const DUE_LIST_COLUMNS = 4;
export const DUE_LIST_ROWS = 10;

export interface DashboardFormulas {
  /** Partners whose Stage cell is the label in `labelCell`. */
  stageCount(labelCell: string): string;
  vcpCount(labelCell: string): string;
  referralsGiven: string;
  referralsReceived: string;
  balance(givenCell: string, receivedCell: string): string;
  /** The first day of the month `offset` months from this one (0 this month, -11 eleven months ago). */
  month(offset: number): string;
  /** Hours of the meetings in the month starting on the date in `monthCell`. */
  monthHours(monthCell: string): string;
  /** The due list, spilling DUE_LIST_ROWS × DUE_LIST_COLUMNS at most. */
  dueList: string;
}

export function dashboardFormulas(dialect: Dialect, places: FormulaPlaces): DashboardFormulas {
  const range = dialect === 'sheets' ? sheetsColumnRange : excelColumnRange;
  const partners = (key: PartnerColumnKey) => range('partners', key, places);
  const meetings = (key: MeetingColumnKey) => range('meetings', key, places);
  const due = partners('nextContactDue');
  const columns = [partners('partner'), due, partners('stage'), partners('nextStep')].join(',');
  const dueCount = `COUNT(${due})`;
  const dueList =
    dialect === 'sheets'
      ? `=IF(${dueCount}=0,"",ARRAY_CONSTRAIN(SORT(FILTER(HSTACK(${columns}),ISNUMBER(${due})),2,TRUE()),${DUE_LIST_ROWS},${DUE_LIST_COLUMNS}))`
      : `=IF(${dueCount}=0,"",FILTER(SORT(FILTER(CHOOSE({1,2,3,4},${columns}),ISNUMBER(${due})),2,1),SEQUENCE(${dueCount})<=${DUE_LIST_ROWS}))`;
  const date = meetings('date');
  return {
    stageCount: (cell) => `=COUNTIF(${partners('stage')},${cell})`,
    vcpCount: (cell) => `=COUNTIF(${partners('vcpPhase')},${cell})`,
    referralsGiven: `=SUM(${partners('referralsGiven')})`,
    referralsReceived: `=SUM(${partners('referralsReceived')})`,
    balance: (given, received) => `=${given}-${received}`,
    month: (offset) => `=EDATE(DATE(YEAR(TODAY()),MONTH(TODAY()),1),${offset})`,
    monthHours: (cell) => `=SUMIFS(${meetings('hours')},${date},">="&${cell},${date},"<"&EDATE(${cell},1))`,
    dueList,
  };
}
