import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { VisuallyHidden } from '../forms/VisuallyHidden';

export interface ListedLetter {
  id: string;
  subject: string;
  datedOn: string;
  pdfUrl: string;
}

/** Letters as a list of PDF links, each with its date. */
export function LetterList({ letters, testId }: { letters: readonly ListedLetter[]; testId: string }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  return (
    <ul style={{ margin: 0, paddingLeft: '1.25rem' }} data-testid={testId}>
      {letters.map((letter) => (
        <li key={letter.id}>
          <Link href={letter.pdfUrl} download>
            {letter.subject}
            <VisuallyHidden> {t('leader.letters.pdf')}</VisuallyHidden>
          </Link>{' '}
          ({labels.date(letter.datedOn)})
        </li>
      ))}
    </ul>
  );
}
