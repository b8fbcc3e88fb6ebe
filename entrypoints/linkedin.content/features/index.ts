/** Every content-script feature, one file each. A meta-test checks each is listed here with fixtures. */
import type { Feature } from '../feature-manager';

export const features: Feature[] = [];
