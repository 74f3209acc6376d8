import {
  BankOutlined,
  HomeOutlined,
  PrinterOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ExchangePage } from '../pages/exchange/ExchangePage';
import { HomePage } from '../pages/home/HomePage';
import { InstitutionDetailPage } from '../pages/institutions/InstitutionDetailPage';
import { InstitutionFormPage } from '../pages/institutions/InstitutionFormPage';
import { InstitutionListPage } from '../pages/institutions/InstitutionListPage';
import { AnnualReviewPage } from '../pages/persons/AnnualReviewPage';
import { PersonDetailPage } from '../pages/persons/PersonDetailPage';
import { PersonFormPage } from '../pages/persons/PersonFormPage';
import { PersonListPage } from '../pages/persons/PersonListPage';
import { NotBuiltPage } from '../pages/placeholder/NotBuiltPage';
import { PrintingPage } from '../pages/printing/PrintingPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { PermitWorklistPage } from '../pages/staff/PermitWorklistPage';
import { StaffDetailPage } from '../pages/staff/StaffDetailPage';
import { StaffFormPage } from '../pages/staff/StaffFormPage';
import { StaffingPage } from '../pages/staff/StaffingPage';
import { StaffListPage } from '../pages/staff/StaffListPage';
import { TrainingSessionPage } from '../pages/staff/TrainingSessionPage';
import { VolunteersPage } from '../pages/volunteers/VolunteersPage';

export type MenuKey = 'home' | 'institutions' | 'persons' | 'staff' | 'subsidies' | 'printing' | 'exchange' | 'settings';

/** Side-menu entries in order; each is the root path of its section. */
export const MENU: { key: MenuKey; path: string; icon: ReactNode }[] = [
  { key: 'home', path: '/', icon: <HomeOutlined /> },
  { key: 'institutions', path: '/institutions', icon: <BankOutlined /> },
  { key: 'persons', path: '/persons', icon: <UserOutlined /> },
  { key: 'staff', path: '/staff', icon: <TeamOutlined /> },
  { key: 'subsidies', path: '/subsidies', icon: <WalletOutlined /> },
  { key: 'printing', path: '/printing', icon: <PrinterOutlined /> },
  { key: 'exchange', path: '/exchange', icon: <SwapOutlined /> },
  { key: 'settings', path: '/settings', icon: <SettingOutlined /> },
];

/** All routes in one place. */
export const ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/', element: <HomePage /> },
  { path: '/institutions', element: <InstitutionListPage /> },
  { path: '/institutions/new', element: <InstitutionFormPage /> },
  { path: '/institutions/:id', element: <InstitutionDetailPage /> },
  { path: '/institutions/:id/edit', element: <InstitutionFormPage /> },
  { path: '/persons', element: <PersonListPage /> },
  { path: '/persons/new', element: <PersonFormPage /> },
  { path: '/persons/review', element: <AnnualReviewPage /> },
  { path: '/persons/:id', element: <PersonDetailPage /> },
  { path: '/persons/:id/edit', element: <PersonFormPage /> },
  { path: '/staff', element: <StaffListPage /> },
  { path: '/staff/new', element: <StaffFormPage /> },
  { path: '/staff/permits', element: <PermitWorklistPage /> },
  { path: '/staff/training-session', element: <TrainingSessionPage /> },
  { path: '/staff/staffing', element: <StaffingPage /> },
  { path: '/staff/:id', element: <StaffDetailPage /> },
  { path: '/staff/:id/edit', element: <StaffFormPage /> },
  { path: '/volunteers', element: <VolunteersPage /> },
  { path: '/printing', element: <PrintingPage /> },
  { path: '/settings', element: <SettingsPage /> },
  { path: '/exchange', element: <ExchangePage /> },
  { path: '/subsidies', element: <NotBuiltPage menuKey="subsidies" /> },
];

export function menuKeyOf(pathname: string): MenuKey {
  // Volunteers belong with staff in the menu.
  if (pathname.startsWith('/volunteers')) return 'staff';
  const hit = MENU.filter((m) => m.path !== '/' && pathname.startsWith(m.path))[0];
  return hit?.key ?? 'home';
}
