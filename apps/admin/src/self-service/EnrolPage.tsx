import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { apiErrorOf } from '../auth/apiError';
import { ErrorSummary, type FormError } from '../forms/ErrorSummary';
import type { LeaderFunction } from '../gql/graphql';
import { paths } from '../routes';
import { BOARD_FIELD, BoardSchoolFields, SCHOOL_FIELD } from './BoardSchoolFields';
import { EMPTY_ENROLMENT, ENROL_FIELDS, enrolProblems, fieldOfApiError, type EnrolField, type EnrolValues } from './enrolForm';
import { EnrolMutation } from './graphql';

const FUNCTIONS: readonly LeaderFunction[] = ['DIRECTOR', 'DEPUTY_DIRECTOR'];

/** The element id of a field (the error summary links to it). */
function idOf(field: EnrolField): string {
  if (field === 'board') return BOARD_FIELD;
  if (field === 'schoolId') return SCHOOL_FIELD;
  if (field === 'leaderFunction') return 'enrol-leaderFunction-DIRECTOR';
  return `enrol-${field}`;
}

/**
 * A school leader makes an account (inschrijving): name, function, board and school, e-mail address
 * and password. Each field is checked when it is left; "Account aanmaken" checks them all (summary above
 * the form). The API's answer is the same for every address, so the page says where the e-mail went.
 */
export function EnrolPage() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  useDocumentTitle(t('selfService.enrol.documentTitle'));
  const [values, setValues] = useState<EnrolValues>(EMPTY_ENROLMENT);
  const [touched, setTouched] = useState<ReadonlySet<EnrolField>>(new Set());
  const [summary, setSummary] = useState<readonly FormError[]>([]);
  const [apiProblem, setApiProblem] = useState<{ field?: EnrolField; message: string } | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [enrol, { loading }] = useMutation(EnrolMutation);

  const problems = enrolProblems(values);
  function errorOf(field: EnrolField): string | undefined {
    if (apiProblem?.field === field) return apiProblem.message;
    const problem = problems[field];
    return touched.has(field) && problem ? t(`selfService.enrol.${problem}`) : undefined;
  }
  function set<Field extends EnrolField>(field: Field, value: EnrolValues[Field]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (apiProblem?.field === field) setApiProblem(null);
  }
  const leave = (field: EnrolField) => setTouched((previous) => new Set(previous).add(field));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(new Set(ENROL_FIELDS));
    setApiProblem(null);
    const found = ENROL_FIELDS.flatMap((field) => {
      const problem = problems[field];
      return problem ? [{ fieldId: idOf(field), message: t(`selfService.enrol.${problem}`) }] : [];
    });
    setSummary(found);
    if (found.length > 0 || !values.board || !values.leaderFunction) return;
    const email = values.email.trim();
    try {
      await enrol({
        variables: {
          input: {
            email,
            password: values.password,
            firstName: values.firstName.trim(),
            infix: values.infix.trim() || null,
            lastName: values.lastName.trim(),
            boardId: values.board.id,
            schoolId: values.schoolId,
            leaderFunction: values.leaderFunction,
          },
        },
      });
      setSentTo(email);
    } catch (error) {
      const apiError = apiErrorOf(error);
      const field = fieldOfApiError(apiError?.field);
      const message = apiError?.code === 'BAD_USER_INPUT' || apiError?.code === 'RATE_LIMITED' ? apiError.message : t('selfService.enrol.failed');
      setApiProblem({ field, message });
      setSummary([{ message, fieldId: field ? idOf(field) : undefined }]);
    }
  }

  if (sentTo) {
    return (
      <Box sx={{ maxWidth: '36rem' }}>
        <Typography variant="h1" gutterBottom>
          {t('selfService.enrol.title')}
        </Typography>
        <Alert severity="success" role="status" sx={{ mb: 3 }}>
          <AlertTitle component="h2">{t('selfService.enrol.sentTitle')}</AlertTitle>
          {t('selfService.enrol.sent', { email: sentTo })}
        </Alert>
        <Typography sx={{ mb: 2 }}>{t('selfService.enrol.sentHint')}</Typography>
        <Link component={RouterLink} to={paths.login}>
          {t('selfService.enrol.toLogin')}
        </Link>
      </Box>
    );
  }

  const text = (field: 'firstName' | 'infix' | 'lastName' | 'email' | 'password' | 'repeat', options: { required?: boolean; type?: string; autoComplete: string; hint?: string }) => {
    const error = errorOf(field);
    return (
      <TextField
        id={idOf(field)}
        label={t(`selfService.enrol.${field}`)}
        type={options.type ?? 'text'}
        autoComplete={options.autoComplete}
        required={options.required ?? true}
        value={values[field]}
        onChange={(event) => set(field, event.target.value)}
        onBlur={() => leave(field)}
        error={Boolean(error)}
        helperText={error ?? options.hint}
      />
    );
  };
  const section = (title: string) => (
    <Typography variant="h2" sx={{ fontSize: '1.25rem', mt: 1 }}>
      {title}
    </Typography>
  );
  const functionError = errorOf('leaderFunction');

  return (
    <Box sx={{ maxWidth: '36rem' }}>
      <Typography variant="h1" gutterBottom>
        {t('selfService.enrol.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('selfService.enrol.intro')}</Typography>
      <ErrorSummary title={t('forms.errorSummaryTitle')} errors={summary} />
      <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'grid', gap: 2.5 }}>
        {section(t('selfService.enrol.personal'))}
        {text('firstName', { autoComplete: 'given-name' })}
        {text('infix', { required: false, autoComplete: 'off', hint: t('selfService.enrol.infixHint') })}
        {text('lastName', { autoComplete: 'family-name' })}
        {section(t('selfService.enrol.work'))}
        <FormControl component="fieldset" required error={Boolean(functionError)}>
          <FormLabel component="legend">{t('selfService.enrol.leaderFunction')}</FormLabel>
          <RadioGroup
            row
            name="leaderFunction"
            value={values.leaderFunction}
            onChange={(event) => {
              set('leaderFunction', event.target.value as LeaderFunction);
              leave('leaderFunction');
            }}
          >
            {FUNCTIONS.map((value) => (
              <FormControlLabel key={value} value={value} control={<Radio id={`enrol-leaderFunction-${value}`} />} label={labels.leaderFunction(value)} />
            ))}
          </RadioGroup>
          {functionError && <FormHelperText>{functionError}</FormHelperText>}
        </FormControl>
        <BoardSchoolFields
          board={values.board}
          schoolId={values.schoolId}
          onBoard={(board) => set('board', board)}
          onSchool={(schoolId) => set('schoolId', schoolId)}
          onBlur={leave}
          boardError={errorOf('board')}
          schoolError={errorOf('schoolId')}
        />
        {section(t('selfService.enrol.account'))}
        {text('email', { type: 'email', autoComplete: 'email', hint: t('selfService.enrol.emailHint') })}
        {text('password', { type: 'password', autoComplete: 'new-password', hint: t('selfService.enrol.passwordHint') })}
        {text('repeat', { type: 'password', autoComplete: 'new-password' })}
        <Box>
          <Button type="submit" variant="contained" size="large" loading={loading}>
            {t('selfService.enrol.submit')}
          </Button>
        </Box>
      </Box>
    </Box>
  );
}
