import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../forms/VisuallyHidden';

/** `GET /documents/:id` on the API (proxied by Vite), with the session cookie. */
export function documentUrl(id: string): string {
  return `/documents/${encodeURIComponent(id)}`;
}

function sizeText(bytes: number, language: string): string {
  const kilobytes = bytes / 1024;
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return kilobytes < 1024 ? `${format.format(kilobytes)} kB` : `${format.format(kilobytes / 1024)} MB`;
}

/** What a document link shows. */
export interface DocumentLink {
  id: string;
  fileName: string;
  sizeBytes: number;
}

export interface DocumentListProps {
  documents: readonly DocumentLink[];
  /** Something to do with a document, after its link (e.g. removing it from a portfolio). */
  action?: (document: DocumentLink) => ReactNode;
}

/** Evidence (of an application, of a portfolio theme) as plain links; the API sends each as an attachment, so it downloads. */
export function DocumentList({ documents, action }: DocumentListProps) {
  const { t, i18n } = useTranslation();
  if (documents.length === 0) return <Typography>{t('application.documents.none')}</Typography>;
  return (
    <ul style={{ margin: 0, paddingLeft: '1.25rem' }} data-testid="documents">
      {documents.map((document) => (
        <li key={document.id}>
          <Link href={documentUrl(document.id)} download>
            {document.fileName}
            <VisuallyHidden> {t('common.downloads')}</VisuallyHidden>
          </Link>{' '}
          ({sizeText(document.sizeBytes, i18n.language)}){action && <> {action(document)}</>}
        </li>
      ))}
    </ul>
  );
}
