import type { ActivityScreenProps } from '../types';
import { PlacesActivity } from '../shared/PlacesActivity';
import { SAFETY_HOUSE } from './config';

export default function SafetyHouseScreen(props: ActivityScreenProps) {
  return <PlacesActivity config={SAFETY_HOUSE} {...props} />;
}
