import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { CodeBlock } from './CodeBlock';
import { variablesJson } from './examples';
import { RichText } from './RichText';
import {
  RECEIVER_EXAMPLE,
  retryDelays,
  VERIFY_EXAMPLE,
  WEBHOOK_BODY_EXAMPLE,
  WEBHOOK_DELIVERY,
  WEBHOOK_EVENTS,
  WEBHOOK_HEADERS,
  WEBHOOK_MAX_REGISTER_NUMBERS,
  WEBHOOK_OPERATIONS,
  WEBHOOK_REQUESTS,
  type WebhookRequestId,
} from './webhookDocs';

const textSx = { mb: 2, maxWidth: '70ch' } as const;
const listSx = { maxWidth: '70ch', pl: 3, mt: 0, mb: 2, '& li': { mb: 0.5 } } as const;
const h3Sx = { fontSize: '1.25rem', mt: 3, mb: 1 } as const;

function request(id: WebhookRequestId) {
  const found = WEBHOOK_REQUESTS.find((each) => each.id === id);
  if (!found) throw new Error(`no webhook request ${id}`);
  return found;
}

/** Webhooks for third parties: who subscribes, the events, the body and headers, checking the signature, retries and disabling, subscribing with a key. */
export function WebhooksSection({ headingId }: { headingId: string }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const minutes = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  const delays = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(retryDelays().map((seconds) => minutes.format(seconds / 60)));
  const subscribe = request('subscribe');
  const deliveries = request('deliveries');
  const code = (text: string) => `\`${text}\``;
  return (
    <>
      <Typography variant="h2" id={headingId} sx={{ fontSize: '1.75rem', mt: 5, mb: 2 }}>
        {t('apiDocs.webhooks.title')}
      </Typography>
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.webhooks.intro')} />
      </Typography>

      <Typography variant="h3" sx={h3Sx}>
        {t('apiDocs.webhooks.whoTitle')}
      </Typography>
      <Box component="ul" sx={listSx}>
        <li>{t('apiDocs.webhooks.whoBoards')}</li>
        <li>
          <RichText text={t('apiDocs.webhooks.whoKeys', { max: number(WEBHOOK_MAX_REGISTER_NUMBERS) })} />
        </li>
      </Box>
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.webhooks.urlRules')} />
      </Typography>

      <Typography variant="h3" sx={h3Sx}>
        {t('apiDocs.webhooks.eventsTitle')}
      </Typography>
      <Typography sx={{ ...textSx, mb: 1 }}>
        <RichText text={t('apiDocs.webhooks.eventsIntro')} />
      </Typography>
      <Box component="ul" sx={listSx} data-testid="webhook-events">
        {WEBHOOK_EVENTS.map((event) => (
          <li key={event}>
            <RichText text={t(`apiDocs.webhooks.events.${event}`)} />
          </li>
        ))}
      </Box>
      <Typography sx={textSx}>{t('apiDocs.webhooks.eventsDaily')}</Typography>

      <Typography variant="h3" sx={h3Sx}>
        {t('apiDocs.webhooks.bodyTitle')}
      </Typography>
      <Typography sx={textSx}>{t('apiDocs.webhooks.bodyIntro')}</Typography>
      <CodeBlock caption={t('apiDocs.webhooks.bodyExample')} copyName={t('apiDocs.webhooks.bodyExample')} code={JSON.stringify(WEBHOOK_BODY_EXAMPLE, null, 2)} />
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.webhooks.bodyFields')} />
      </Typography>
      <Typography sx={{ ...textSx, mb: 1 }}>{t('apiDocs.webhooks.headersTitle')}</Typography>
      <Box component="ul" sx={listSx} data-testid="webhook-headers">
        {WEBHOOK_HEADERS.map((header) => (
          <li key={header}>
            <RichText text={`${code(header)}: ${t(`apiDocs.webhooks.headers.${header}`)}`} />
          </li>
        ))}
      </Box>

      <Typography variant="h3" sx={h3Sx}>
        {t('apiDocs.webhooks.verifyTitle')}
      </Typography>
      <Typography sx={{ ...textSx, mb: 1 }}>{t('apiDocs.webhooks.verifySteps')}</Typography>
      <Box component="ol" sx={listSx}>
        <li>
          <RichText text={t('apiDocs.webhooks.verifyStep1')} />
        </li>
        <li>
          <RichText text={t('apiDocs.webhooks.verifyStep2')} />
        </li>
        <li>
          <RichText text={t('apiDocs.webhooks.verifyStep3', { tolerance: number(WEBHOOK_DELIVERY.toleranceSeconds) })} />
        </li>
      </Box>
      <CodeBlock caption={t('apiDocs.webhooks.verifyCode')} copyName={t('apiDocs.webhooks.verifyCode')} code={VERIFY_EXAMPLE} />
      <CodeBlock caption={t('apiDocs.webhooks.receiverCode')} copyName={t('apiDocs.webhooks.receiverCode')} code={RECEIVER_EXAMPLE} />
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.webhooks.rotate')} />
      </Typography>

      <Typography variant="h3" sx={h3Sx}>
        {t('apiDocs.webhooks.retriesTitle')}
      </Typography>
      <Typography sx={textSx} data-testid="webhook-answer">
        <RichText text={t('apiDocs.webhooks.answer', { timeout: number(WEBHOOK_DELIVERY.timeoutSeconds) })} />
      </Typography>
      <Typography sx={textSx} data-testid="webhook-retries">
        <RichText text={t('apiDocs.webhooks.retries', { attempts: number(WEBHOOK_DELIVERY.maxAttempts), delays })} />
      </Typography>
      <Typography sx={textSx} data-testid="webhook-disabling">
        <RichText text={t('apiDocs.webhooks.disabling', { failures: number(WEBHOOK_DELIVERY.disableAfterFailures) })} />
      </Typography>
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.webhooks.order')} />
      </Typography>

      <Typography variant="h3" sx={h3Sx}>
        {t('apiDocs.webhooks.subscribeTitle')}
      </Typography>
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.webhooks.subscribeIntro')} />
      </Typography>
      <CodeBlock caption={t('apiDocs.webhooks.subscribeQuery')} copyName={t('apiDocs.webhooks.subscribeQuery')} code={subscribe.query} />
      <CodeBlock
        caption={t('apiDocs.webhooks.subscribeVariables')}
        copyName={t('apiDocs.copy.of', { part: t('apiDocs.webhooks.subscribeVariables'), example: t('apiDocs.webhooks.subscribeQuery') })}
        code={variablesJson(subscribe)}
      />
      <Typography sx={textSx}>{t('apiDocs.webhooks.deliveriesIntro')}</Typography>
      <CodeBlock caption={t('apiDocs.webhooks.deliveriesQuery')} copyName={t('apiDocs.webhooks.deliveriesQuery')} code={deliveries.query} />
      <CodeBlock
        caption={t('apiDocs.webhooks.deliveriesVariables')}
        copyName={t('apiDocs.copy.of', { part: t('apiDocs.webhooks.deliveriesVariables'), example: t('apiDocs.webhooks.deliveriesQuery') })}
        code={variablesJson(deliveries)}
      />
      <Typography sx={textSx}>
        <RichText text={t('apiDocs.webhooks.operations', { operations: WEBHOOK_OPERATIONS.map(code).join(', ') })} />
      </Typography>
    </>
  );
}
