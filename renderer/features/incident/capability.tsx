/** The incidents capability's screens and navigation: the register, declaring, one incident and its edit form. */
import type { FeatureCapability } from '../../app/routing';
import { MOD_LABEL } from '../../app/shortcuts';
import { DeclareScreen } from '../declare/DeclareScreen';
import { EditIncidentScreen } from '../declare/EditIncidentScreen';
import { IncidentCountBadge } from '../register/IncidentCountBadge';
import { RegisterScreen } from '../register/RegisterScreen';
import { IncidentScreen } from './IncidentScreen';
import type { IncidentRoute } from './routes';

export const incidentsFeature = {
  name: 'incidents',
  screens: {
    register: () => <RegisterScreen />,
    declare: () => <DeclareScreen />,
    incident: (route) => <IncidentScreen key={route.id} id={route.id} />,
    edit: (route) => <EditIncidentScreen key={route.id} id={route.id} />,
  },
  navigation: [
    {
      label: 'Incidents',
      route: { name: 'register' },
      icon: 'list',
      matches: ['register', 'incident', 'edit'],
      Badge: IncidentCountBadge,
    },
    {
      label: 'Declare incident',
      route: { name: 'declare' },
      icon: 'plus',
      shortcut: `${MOD_LABEL} N`,
      matches: ['declare'],
      changes: true,
    },
  ],
  editors: ['declare', 'edit'],
} as const satisfies FeatureCapability<IncidentRoute>;
