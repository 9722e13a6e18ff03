import { useViewer } from '../auth/useViewer';
import { CommitteeNav } from '../committee/CommitteeNav';
import { StaffNav } from './StaffNav';

/** For pages staff and the committee share: the register office's navigation for staff, else the committee's. */
export function OfficeNav() {
  const { viewer } = useViewer();
  return viewer?.roles.includes('STAFF') ? <StaffNav /> : <CommitteeNav />;
}
