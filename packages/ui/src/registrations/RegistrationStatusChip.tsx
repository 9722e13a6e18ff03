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
  /** An aspirant's registration: "Aspirant" instead of "Geregistreerd" (not yet a full registration). */
  aspirant?: boolean;
  size?: ChipProps['size'];
}

/** A registration's status in plain words; the colour only repeats what the text says. */
export function RegistrationStatusChip({ status, aspirant = false, size = 'small' }: RegistrationStatusChipProps) {
  const labels = useRegistrationLabels();
  const color = aspirant && status === 'ACTIVE' ? 'info' : chipColor[status];
  return (
    <Chip
      label={labels.status(status, aspirant)}
      color={color}
      size={size}
      data-status={status}
      data-aspirant={aspirant || undefined}
      sx={{ fontWeight: 600 }}
    />
  );
}
