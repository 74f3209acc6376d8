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
import { matchRoutes } from 'react-router';
import { REGISTERS, type RegisterKey } from '#domain/registers';
import type { MenuKey } from './menu-key';
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

export type { MenuKey };

/**
 * Who may open a route. Every user is a clerk today and a clerk may open every page; the
 * accounts work adds its roles to this union and hands the shell the signed-in user's.
 */
export type Access = 'clerk';

export interface AppRoute {
  path: string;
  element: ReactNode;
  access: Access;
  /** The menu item selected while this route is open. */
  menu: MenuKey;
  /** Set on the one route its menu item opens, which puts the item in the side menu (in table order). */
  icon?: ReactNode;
}

const institutions = REGISTERS.institutions.route;
const persons = REGISTERS.persons.route;
const staff = REGISTERS.staff.route;

/**
 * Each register's pages, at the root path the register list gives it. A Record so that a register
 * added to the list does not compile until it has its pages; written in menu order.
 */
const REGISTER_ROUTES: Record<RegisterKey, readonly AppRoute[]> = {
  institutions: [
    {
      path: institutions,
      element: <InstitutionListPage />,
      access: 'clerk',
      menu: 'institutions',
      icon: <BankOutlined />,
    },
    { path: `${institutions}/new`, element: <InstitutionFormPage />, access: 'clerk', menu: 'institutions' },
    { path: `${institutions}/:id`, element: <InstitutionDetailPage />, access: 'clerk', menu: 'institutions' },
    { path: `${institutions}/:id/edit`, element: <InstitutionFormPage />, access: 'clerk', menu: 'institutions' },
  ],
  persons: [
    { path: persons, element: <PersonListPage />, access: 'clerk', menu: 'persons', icon: <UserOutlined /> },
    { path: `${persons}/new`, element: <PersonFormPage />, access: 'clerk', menu: 'persons' },
    { path: `${persons}/review`, element: <AnnualReviewPage />, access: 'clerk', menu: 'persons' },
    { path: `${persons}/:id`, element: <PersonDetailPage />, access: 'clerk', menu: 'persons' },
    { path: `${persons}/:id/edit`, element: <PersonFormPage />, access: 'clerk', menu: 'persons' },
  ],
  staff: [
    { path: staff, element: <StaffListPage />, access: 'clerk', menu: 'staff', icon: <TeamOutlined /> },
    { path: `${staff}/new`, element: <StaffFormPage />, access: 'clerk', menu: 'staff' },
    { path: `${staff}/permits`, element: <PermitWorklistPage />, access: 'clerk', menu: 'staff' },
    { path: `${staff}/training-session`, element: <TrainingSessionPage />, access: 'clerk', menu: 'staff' },
    { path: `${staff}/staffing`, element: <StaffingPage />, access: 'clerk', menu: 'staff' },
    { path: `${staff}/:id`, element: <StaffDetailPage />, access: 'clerk', menu: 'staff' },
    { path: `${staff}/:id/edit`, element: <StaffFormPage />, access: 'clerk', menu: 'staff' },
  ],
  // Volunteers are opened from the staff list and have no menu item of their own.
  volunteers: [{ path: REGISTERS.volunteers.route, element: <VolunteersPage />, access: 'clerk', menu: 'staff' }],
};

/** Every route of the app, with the menu item it belongs to and who may open it; menu items in this order. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/', element: <HomePage />, access: 'clerk', menu: 'home', icon: <HomeOutlined /> },
  ...Object.values(REGISTER_ROUTES).flat(),
  {
    path: '/subsidies',
    element: <NotBuiltPage menuKey="subsidies" />,
    access: 'clerk',
    menu: 'subsidies',
    icon: <WalletOutlined />,
  },
  { path: '/printing', element: <PrintingPage />, access: 'clerk', menu: 'printing', icon: <PrinterOutlined /> },
  { path: '/exchange', element: <ExchangePage />, access: 'clerk', menu: 'exchange', icon: <SwapOutlined /> },
  { path: '/settings', element: <SettingsPage />, access: 'clerk', menu: 'settings', icon: <SettingOutlined /> },
];

/** The routes a user holding these grants may open; the others are neither routed nor in the menu. */
export const routesFor = (granted: readonly Access[]): readonly AppRoute[] =>
  ROUTES.filter((r) => granted.includes(r.access));

/** The side menu: one item per route that carries an icon, in table order. */
export const menuOf = (routes: readonly AppRoute[]): { key: MenuKey; path: string; icon: ReactNode }[] =>
  routes.flatMap((r) => (r.icon ? [{ key: r.menu, path: r.path, icon: r.icon }] : []));

/** The menu item of the route open at this path (matched as the router matches it), or none. */
export const menuKeyOf = (routes: readonly AppRoute[], pathname: string): MenuKey | undefined =>
  matchRoutes([...routes], pathname)?.[0]?.route.menu;
