import type { CareMode, InstitutionService, Ownership } from '#domain/institution/enums';

/**
 * The demo register: 广东省深圳市龙岗区 (county code 440307) and its 11 streets. Street and
 * community codes here are illustrative, not checked against the statistics bureau's list, so
 * they load as unverified for the office to correct. Institutions are invented.
 */
export const DEMO_DISTRICT = { code: '440307', name: '龙岗区' };

export const DEMO_STREETS: { name: string; communities: string[] }[] = [
  { name: '平湖街道', communities: ['平湖社区', '山厦社区', '辅城坳社区', '新南社区'] },
  { name: '布吉街道', communities: ['布吉社区', '德兴社区', '罗岗社区', '长龙社区'] },
  { name: '坂田街道', communities: ['坂田社区', '岗头社区', '杨美社区'] },
  { name: '南湾街道', communities: ['南岭村社区', '沙湾社区', '丹竹头社区'] },
  { name: '横岗街道', communities: ['横岗社区', '四联社区', '六约社区', '大康社区'] },
  { name: '龙城街道', communities: ['龙西社区', '愉园社区', '回龙埔社区', '尚景社区'] },
  { name: '龙岗街道', communities: ['龙岗社区', '南联社区', '新生社区'] },
  { name: '坪地街道', communities: ['坪地社区', '坪东社区', '中心社区'] },
  { name: '园山街道', communities: ['保安社区', '安良社区', '西坑社区'] },
  { name: '宝龙街道', communities: ['同乐社区', '龙东社区', '宝龙社区'] },
  { name: '吉华街道', communities: ['甘坑社区', '丽湖社区', '水径社区'] },
];

export interface DemoInstitution {
  name: string;
  street: string;
  ownership: Ownership;
  modes: CareMode[];
  beds: number;
  dayPlaces: number;
  services: InstitutionService[];
  person: string;
  designated: boolean;
}

const dayCentre = (street: string, person: string): DemoInstitution => ({
  name: `龙岗区${street}阳光家园职业康复中心`,
  street,
  ownership: 'privatePublicAided',
  modes: ['dayCare', 'homeCare'],
  beds: 0,
  dayPlaces: 30,
  services: ['dailyCare', 'lifeSkills', 'vocationalRehab', 'occupationalTherapy', 'recreation'],
  person,
  designated: true,
});

// Invented names of persons in charge; any likeness to a real person is accidental.
const PEOPLE = [
  '陈晓明',
  '李春华',
  '王建国',
  '张丽娟',
  '刘志强',
  '黄美玲',
  '周文斌',
  '吴秀英',
  '郑海涛',
  '孙雅琴',
  '何振宇',
  '林慧敏',
  '罗国庆',
  '梁静怡',
  '谢伟东',
  '宋佳琪',
  '唐立新',
  '许晓燕',
  '邓子健',
  '冯淑芬',
];

export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  ...DEMO_STREETS.map((s, i) => dayCentre(s.name, PEOPLE[i] ?? '陈晓明')),
  {
    name: '龙岗区残疾人托养中心',
    street: '龙城街道',
    ownership: 'public',
    modes: ['residential', 'dayCare'],
    beds: 120,
    dayPlaces: 60,
    services: ['dailyCare', 'lifeSkills', 'rehabNursing', 'counselling', 'recreation'],
    person: PEOPLE[11] ?? '',
    designated: true,
  },
  {
    name: '深圳市龙岗区康宁托养服务中心',
    street: '布吉街道',
    ownership: 'private',
    modes: ['residential'],
    beds: 80,
    dayPlaces: 0,
    services: ['dailyCare', 'rehabNursing', 'counselling'],
    person: PEOPLE[12] ?? '',
    designated: true,
  },
  {
    name: '龙岗区启智日间照料中心',
    street: '横岗街道',
    ownership: 'privatePublicAided',
    modes: ['dayCare'],
    beds: 0,
    dayPlaces: 40,
    services: ['dailyCare', 'lifeSkills', 'vocationalTraining'],
    person: PEOPLE[13] ?? '',
    designated: false,
  },
  {
    name: '深圳市龙岗区心晴精神康复服务社',
    street: '坂田街道',
    ownership: 'private',
    modes: ['dayCare', 'homeCare'],
    beds: 0,
    dayPlaces: 25,
    services: ['counselling', 'vocationalRehab', 'supportedEmployment'],
    person: PEOPLE[14] ?? '',
    designated: false,
  },
  {
    name: '龙岗区阳光居家托养服务站',
    street: '龙岗街道',
    ownership: 'privatePublicAided',
    modes: ['homeCare'],
    beds: 0,
    dayPlaces: 0,
    services: ['dailyCare', 'rehabNursing'],
    person: PEOPLE[15] ?? '',
    designated: false,
  },
  {
    name: '深圳市龙岗区慧心辅助性就业基地',
    street: '平湖街道',
    ownership: 'private',
    modes: ['dayCare'],
    beds: 0,
    dayPlaces: 50,
    services: ['employmentTraining', 'supportedEmployment', 'occupationalTherapy'],
    person: PEOPLE[16] ?? '',
    designated: true,
  },
  {
    name: '龙岗区颐康残疾人寄宿托养院',
    street: '坪地街道',
    ownership: 'private',
    modes: ['residential'],
    beds: 60,
    dayPlaces: 0,
    services: ['dailyCare', 'rehabNursing', 'recreation'],
    person: PEOPLE[17] ?? '',
    designated: false,
  },
  {
    name: '龙岗区宝龙街道康园家庭托养服务中心',
    street: '宝龙街道',
    ownership: 'privatePublicAided',
    modes: ['dayCare', 'homeCare'],
    beds: 0,
    dayPlaces: 20,
    services: ['dailyCare', 'lifeSkills'],
    person: PEOPLE[18] ?? '',
    designated: false,
  },
  {
    name: '深圳市龙岗区南湾康复护理院',
    street: '南湾街道',
    ownership: 'private',
    modes: ['residential', 'dayCare'],
    beds: 45,
    dayPlaces: 15,
    services: ['rehabNursing', 'dailyCare', 'counselling'],
    person: PEOPLE[19] ?? '',
    designated: false,
  },
];
