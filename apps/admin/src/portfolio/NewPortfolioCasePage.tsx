import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { formatReason, isPortfolioCaseOpen, rulesOn, todayInAmsterdam, validateNewPortfolioThemes } from '@srpo/domain';
import { ErrorMessage, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { PlannableThemesQuery } from '../leader/graphql';
import { staleLists } from '../paging/staleLists';
import { paths, pathWithId } from '../routes';
import { FeeSchedule } from './FeeSchedule';
import { CertifiedAssessorOrganisationsQuery, MyPortfolioCasesQuery, OpenPortfolioCaseMutation, PortfolioCompletedThemesQuery } from './graphql';
import { usePortfolioLabels } from './usePortfolioLabels';

/** `/mijn-registratie/portfolio/nieuw`: choose a certified organisation (its fees shown) and one or two themes, then open the case. */
export function NewPortfolioCasePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('portfolio.new.documentTitle') }));
  const navigate = useNavigate();
  const labels = usePortfolioLabels();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const rules = rulesOn(today);
  const max = rules.portfolioMaxThemesAtOnce;
  const organisations = useQuery(CertifiedAssessorOrganisationsQuery);
  const themes = useQuery(PlannableThemesQuery, { variables: { activeOn: today } });
  const mine = useQuery(MyPortfolioCasesQuery, { fetchPolicy: 'cache-and-network' });
  // Only a hint: a leader may still choose a theme already completed in this period.
  const progress = useQuery(PortfolioCompletedThemesQuery);
  const [organisationId, setOrganisationId] = useState('');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [tried, setTried] = useState(false);
  const [open, { loading, error }] = useMutation(OpenPortfolioCaseMutation, { update: staleLists('myPortfolioCases') });

  const failed = organisations.error ?? themes.error ?? mine.error;
  if (failed && !(organisations.data && themes.data && mine.data)) {
    return <ErrorMessage message={t('portfolio.new.loadError')} onRetry={() => void Promise.all([organisations.refetch(), themes.refetch(), mine.refetch()])} />;
  }
  if (!organisations.data || !themes.data || !mine.data) return <LoadingIndicator />;

  const catalogue = themes.data.themes;
  const completedOn = new Map((progress.data?.myThemeProgress?.themes ?? []).flatMap((item) => (item.completed && item.completedOn ? [[item.theme.code, item.completedOn] as const] : [])));
  const codeOf = (id: string) => catalogue.find((theme) => theme.id === id)?.code ?? id;
  // The domain says whether these themes may be opened next to the leader's open cases (at most two at once).
  const openCodes = mine.data.myPortfolioCases.filter((item) => isPortfolioCaseOpen(item, rules)).flatMap((item) => item.themes.map((theme) => theme.theme.code));
  const check = validateNewPortfolioThemes(chosen.map(codeOf), openCodes, rules);
  const themeProblems = check.ok ? [] : check.reasons.map((reason) => formatReason(reason, i18n.language === 'en' ? 'en' : 'nl'));
  const organisation = organisations.data.certifiedAssessorOrganisations.find((item) => item.id === organisationId) ?? null;
  const organisationMissing = tried && !organisation;
  // Too many themes shows at once; "none chosen" only after trying to open.
  const shownThemeProblems = tried || chosen.length > max ? themeProblems : [];

  function toggle(id: string, on: boolean) {
    setChosen((current) => (on ? [...current, id] : current.filter((item) => item !== id)));
  }

  async function submit() {
    setTried(true);
    if (!organisation || !check.ok) return;
    try {
      const themeIds = catalogue.filter((theme) => chosen.includes(theme.id)).map((theme) => theme.id);
      const result = await open({ variables: { input: { assessorOrganisationId: organisation.id, themeIds } } });
      if (result.data) void navigate(pathWithId(paths.leaderPortfolioCase, result.data.openPortfolioCase.id));
    } catch {
      // shown below
    }
  }

  return (
    <>
      <Link component={RouterLink} to={paths.leader}>
        {t('portfolio.leader.back')}
      </Link>
      <Typography variant="h1" sx={{ mt: 2 }} gutterBottom>
        {t('portfolio.new.title')}
      </Typography>
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{t('portfolio.new.intro', { count: max })}</Typography>
      <Box component="form" noValidate onSubmit={(event) => (event.preventDefault(), void submit())} sx={{ display: 'grid', gap: 4, maxWidth: '60rem' }}>
        <FormControl component="fieldset" error={organisationMissing} required>
          <FormLabel component="legend">{t('portfolio.new.organisation')}</FormLabel>
          {organisations.data.certifiedAssessorOrganisations.length === 0 ? (
            <Typography>{t('portfolio.new.noOrganisations')}</Typography>
          ) : (
            <RadioGroup value={organisationId} onChange={(event) => setOrganisationId(event.target.value)} aria-describedby={organisationMissing ? 'organisation-error' : undefined}>
              {organisations.data.certifiedAssessorOrganisations.map((item) => (
                <FormControlLabel
                  key={item.id}
                  value={item.id}
                  control={<Radio />}
                  label={
                    <>
                      {item.name}
                      <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
                        {t('portfolio.new.certifiedUntil', { date: labels.date(item.certifiedUntil) })}
                      </Typography>
                    </>
                  }
                />
              ))}
            </RadioGroup>
          )}
          {organisationMissing && <FormHelperText id="organisation-error">{t('portfolio.new.organisationRequired')}</FormHelperText>}
        </FormControl>

        <FormControl component="fieldset" error={shownThemeProblems.length > 0} required>
          <FormLabel component="legend">{t('portfolio.new.themes')}</FormLabel>
          <FormHelperText id="themes-hint" error={false} sx={{ mx: 0 }}>
            {t('portfolio.new.themesHint', { count: max })}
          </FormHelperText>
          <FormGroup sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))' }} aria-describedby="themes-hint">
            {catalogue.map((theme) => (
              <FormControlLabel
                key={theme.id}
                control={<Checkbox checked={chosen.includes(theme.id)} onChange={(event) => toggle(theme.id, event.target.checked)} />}
                label={
                  <>
                    {`${theme.code}. ${theme.name}`}
                    {completedOn.has(theme.code) && (
                      <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
                        {t('portfolio.new.alreadyCompleted', { date: labels.date(completedOn.get(theme.code)!) })}
                      </Typography>
                    )}
                  </>
                }
              />
            ))}
          </FormGroup>
          {shownThemeProblems.map((problem) => (
            <FormHelperText key={problem} sx={{ mx: 0 }} data-testid="theme-problem">
              {problem}
            </FormHelperText>
          ))}
        </FormControl>

        {organisation && (
          <Box component="section" aria-labelledby="fees-heading">
            <Typography id="fees-heading" variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
              {t('portfolio.new.feesTitle')}
            </Typography>
            <Typography sx={{ mb: 1 }}>{t('portfolio.new.feesHint')}</Typography>
            <FeeSchedule schedule={organisation.feeSchedule} themeCount={Math.max(chosen.length, 1)} />
          </Box>
        )}

        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
        <Box>
          <Button type="submit" variant="contained" loading={loading}>
            {t('portfolio.new.submit')}
          </Button>
        </Box>
      </Box>
    </>
  );
}
