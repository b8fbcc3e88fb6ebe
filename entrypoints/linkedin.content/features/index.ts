/** Every content-script feature, one file each. A meta-test checks each is listed here with fixtures. */
import type { Feature } from '../feature-manager';
import composerFamiliarityBadge from './composer-familiarity-badge';
import messageDriftCheck from './message-drift-check';
import contactBadges from './contact-badges';
import profileNotesPanel from './profile-notes-panel';
import postNudge from './post-nudge';
import popupActiveContact from './popup-active-contact';

export const features: Feature[] = [
  profileNotesPanel,
  postNudge,
  contactBadges,
  composerFamiliarityBadge,
  messageDriftCheck,
  popupActiveContact,
];
