import Chip, { type ChipProps } from '@mui/material/Chip';
import type { RegistrationStatusValue } from './registrationValues';
import { useRegistrationLabels } from './useRegistrationLabels';

const chipColor: Record<RegistrationStatusValue, ChipProps['color']> = {
  ACTIVE: 'success',
  CONDITIONAL: 'warning',
  EXPIRED: 'error',
  DEREGISTERED: 'default',
};

export interface RegistrationStatusChipProps {
  status: RegistrationStatusValue;
  size?: ChipProps['size'];
}

/** A registration's status in plain words; the colour only repeats what the text says. */
export function RegistrationStatusChip({ status, size = 'small' }: RegistrationStatusChipProps) {
  const labels = useRegistrationLabels();
  return <Chip label={labels.status(status)} color={chipColor[status]} size={size} data-status={status} sx={{ fontWeight: 600 }} />;
}
