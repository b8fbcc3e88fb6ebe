/** Every content-script feature, one file each. A meta-test checks each is listed here with fixtures. */
import type { Feature } from '../feature-manager';
import composerFamiliarityBadge from './composer-familiarity-badge';
import contactBadges from './contact-badges';
import profileNotesPanel from './profile-notes-panel';

export const features: Feature[] = [profileNotesPanel, contactBadges, composerFamiliarityBadge];
