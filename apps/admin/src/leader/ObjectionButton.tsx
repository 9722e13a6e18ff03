import Button from '@mui/material/Button';
import { isObjectionOpen, parseCalendarDate } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionFields } from '../applications/DecisionSummary';
import { ObjectionDialog } from './ObjectionDialog';

/** "Bezwaar maken" while the objection period of the decision runs and no objection is pending; nothing otherwise. */
export function ObjectionButton({ decision, today }: { decision: DecisionFields; today: string }) {
  const { t } = useTranslation();
  const [objecting, setObjecting] = useState(false);
  const decidedOn = parseCalendarDate(decision.decidedOn);
  const todayDate = parseCalendarDate(today);
  const pending = decision.objections.some((objection) => objection.status === 'FILED');
  if (!decidedOn || !todayDate || !isObjectionOpen(decidedOn, todayDate) || pending) return null;
  return (
    <>
      <Button variant="outlined" onClick={() => setObjecting(true)}>
        {t('leader.objection.title')}
      </Button>
      <ObjectionDialog decisionId={decision.id} deadline={decision.objectionDeadline} open={objecting} onClose={() => setObjecting(false)} />
    </>
  );
}
