import { UrgentApprovals } from './UrgentApprovals';
import { Ratifications } from './Ratifications';
import { OverdueReviews } from './OverdueReviews';

/** What waits for the pimpinan: urgent KKs to approve, force majeure to ratify, overdue reviews. */
export function WaitingPage() {
  return (
    <>
      <UrgentApprovals />
      <Ratifications />
      <OverdueReviews />
    </>
  );
}
