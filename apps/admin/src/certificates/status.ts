import type { TFunction } from 'i18next';

type Translate = TFunction<'translation'>;

/** A completion's status in words; RECORDED by the provider, the others for a leader's certificate. Unknown (newer API): as sent. */
export function completionStatusLabel(t: Translate, status: string): string {
  return status === 'RECORDED' || status === 'PENDING_VERIFICATION' || status === 'VERIFIED' || status === 'REJECTED' || status === 'WITHDRAWN'
    ? t(`certificates.status.${status}`)
    : status;
}
