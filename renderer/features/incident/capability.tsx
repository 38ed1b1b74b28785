/** The incidents capability's screens and navigation: the register, declaring, one incident and its edit form. */
import type { FeatureCapability } from '../../app/routing';
import { lazyScreen } from '../../ui/LazyScreen';
import { MOD_LABEL } from '../../app/shortcuts';
import { IncidentCountBadge } from '../register/IncidentCountBadge';
import { RegisterScreen } from '../register/RegisterScreen';
import type { IncidentRoute } from './routes';

// Loaded on first visit, so the console's start carries only the register.
const DeclareScreen = lazyScreen(() => import('../declare/DeclareScreen'), 'DeclareScreen');
const EditIncidentScreen = lazyScreen(() => import('../declare/EditIncidentScreen'), 'EditIncidentScreen');
const IncidentScreen = lazyScreen(() => import('./IncidentScreen'), 'IncidentScreen');

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
