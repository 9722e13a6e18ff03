import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorTargets } from './IndicatorTargets';
import { SectorIndicatorsSection } from './SectorIndicatorsSection';
import { ThroughputSection } from './ThroughputSection';

/** Periods staff can look back over (the API allows up to 60 months). */
const PERIODS = [12, 24, 36, 60] as const;

/**
 * The staff's part of the start page: the sector dashboard (indicator 20 against its targets), the
 * register office's throughput and the targets themselves, over a chosen number of months. Its own
 * chunk, so only staff load the charts.
 */
export function StaffStartSections() {
  const { t } = useTranslation();
  const [months, setMonths] = useState<number>(PERIODS[0]);
  return (
    <>
      <TextField select id="dashboard-period" label={t('sectorDashboard.period')} value={months} onChange={(event) => setMonths(Number(event.target.value))} sx={{ mb: 3, minWidth: '14rem' }}>
        {PERIODS.map((period) => (
          <MenuItem key={period} value={period}>
            {t('sectorDashboard.periodMonths', { count: period })}
          </MenuItem>
        ))}
      </TextField>
      <SectorIndicatorsSection months={months} />
      <ThroughputSection months={months} />
      <IndicatorTargets />
    </>
  );
}
