import type { ActivityScreenProps } from '../types';
import { PlacesActivity } from '../shared/PlacesActivity';
import { THREE_HOUSES } from './config';

export default function ThreeHousesScreen(props: ActivityScreenProps) {
  return <PlacesActivity config={THREE_HOUSES} {...props} />;
}
