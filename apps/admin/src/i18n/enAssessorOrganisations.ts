import type { SameKeys } from '@srpo/ui';
import type { nlAssessorOrganisations } from './nlAssessorOrganisations';

/** English strings of the staff's assessor organisations and of linking an ASSESSOR account to one. */
export const enAssessorOrganisations: SameKeys<typeof nlAssessorOrganisations> = {
  assessorOrganisationAdmin: {
    nav: 'Assessor organisations',
    title: 'Assessor organisations',
    intro:
      'Organisations the register has certified for a period to assess portfolios of informal learning, with their own fees. Link an assessor to their organisation under Accounts.',
    search: 'Search by name or Chamber of Commerce number',
    create: 'Add organisation',
    loadError: 'The assessor organisations could not be loaded. Please try again later.',
    count_one: '{{count}} assessor organisation',
    count_other: '{{count}} assessor organisations',
    columns: { name: 'Name', kvkNumber: 'Chamber of Commerce no.', period: 'Certified', status: 'Today', fees: 'Fees', actions: 'Actions' },
    period: '{{from}} to {{until}}',
    certified: 'Certified',
    notCertified: 'Not certified',
    fees: {
      oneOff: 'One-off {{amount}}',
      perTheme: 'Per theme {{amount}}',
      perInterview: 'Per interview {{amount}}',
      resubmission: 'Resubmission {{amount}}',
    },
    edit: 'Edit',
    editFor: 'Edit {{name}}',
    created: 'The assessor organisation {{name}} has been added.',
    saved: 'The assessor organisation {{name}} has been saved.',
    form: {
      createTitle: 'Add assessor organisation',
      editTitle: 'Edit assessor organisation {{name}}',
      name: 'Name',
      kvkNumber: 'Chamber of Commerce number (eight digits)',
      contactEmail: 'Contact e-mail address',
      phone: 'Phone (optional)',
      certifiedFrom: 'Certified from',
      certifiedUntil: 'Certified up to and including',
      dateRequired: 'Choose a date.',
      oneOff: 'One-off fee per case (euros)',
      perTheme: 'Fee per theme (euros)',
      perInterview: 'Fee per validation interview (euros)',
      resubmission: 'Fee for a resubmission (euros)',
      amountHint: 'For example 450 or 450.50',
      amountInvalid: 'Type an amount in euros, for example 450 or 450.50.',
    },
    account: {
      organisation: 'Assessor organisation',
      link: 'Assessor organisation {{name}}',
    },
  },
};
