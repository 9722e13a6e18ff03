import { formatEuroCents, parseEuroCents, useLanguage } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import type { TextFieldSpec } from '../forms/TextFieldsDialog';
import type { AssessorFeeScheduleInput } from '../gql/graphql';

export type Fee = 'oneOff' | 'perTheme' | 'perInterview' | 'resubmission';

export const FEES: readonly Fee[] = ['oneOff', 'perTheme', 'perInterview', 'resubmission'];

const CENTS: Readonly<Record<Fee, keyof AssessorFeeScheduleInput>> = {
  oneOff: 'oneOffCents',
  perTheme: 'perThemeCents',
  perInterview: 'perInterviewCents',
  resubmission: 'resubmissionCents',
};

/**
 * An assessor organisation's fee schedule in a form and in words, one way for the staff's page and the
 * organisation's own: the form takes euros ('450,00'), the API counts cents.
 */
export function useFeeScheduleFields() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const amount = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  const label = (key: Fee | 'amountHint' | 'amountInvalid') => t(`assessorOrganisationAdmin.form.${key}`);
  const amountValid = (value: string) => (parseEuroCents(value) === null ? label('amountInvalid') : null);
  return {
    fields: FEES.map((fee): TextFieldSpec<Fee> => ({ name: fee, label: label(fee), required: true, inputMode: 'decimal', hint: label('amountHint'), check: amountValid })),
    /** The schedule as form values (empty for a new organisation). */
    valuesOf: (schedule: AssessorFeeScheduleInput | null): Record<Fee, string> => {
      const euros = (fee: Fee) => (schedule ? amount.format(schedule[CENTS[fee]] / 100) : '');
      return { oneOff: euros('oneOff'), perTheme: euros('perTheme'), perInterview: euros('perInterview'), resubmission: euros('resubmission') };
    },
    /** Form values (checked: every amount parses) as the API's schedule. */
    scheduleOf: (values: Readonly<Record<Fee, string>>): AssessorFeeScheduleInput => {
      const cents = (fee: Fee) => parseEuroCents(values[fee]) ?? 0;
      return { oneOffCents: cents('oneOff'), perThemeCents: cents('perTheme'), perInterviewCents: cents('perInterview'), resubmissionCents: cents('resubmission') };
    },
    /** The schedule in words, one line per fee ("Per thema € 450,00"). */
    lines: (schedule: AssessorFeeScheduleInput): string[] =>
      FEES.map((fee) => t(`assessorOrganisationAdmin.fees.${fee}`, { amount: formatEuroCents(schedule[CENTS[fee]], language) })),
  };
}
