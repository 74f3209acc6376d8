import { weightedTable } from './random';

/**
 * Invented names only: a common surname and one or two common given-name characters, drawn
 * independently, so any likeness to a real person is chance. Weights are rough shares (‰) of
 * the commonest mainland surnames; a few polyphonic (单 shàn, 曾 zēng) and compound surnames are
 * kept so pinyin search meets them.
 */
export const SURNAMES = weightedTable<string>([
  ['王', 71], ['李', 70], ['张', 67], ['刘', 54], ['陈', 46], ['杨', 31], ['黄', 23], ['赵', 23],
  ['吴', 20], ['周', 19], ['徐', 16], ['孙', 15], ['马', 14], ['朱', 13], ['胡', 12], ['郭', 12],
  ['何', 12], ['高', 11], ['林', 11], ['罗', 10], ['郑', 10], ['梁', 9], ['谢', 8], ['宋', 8],
  ['唐', 8], ['许', 7], ['韩', 7], ['冯', 7], ['邓', 7], ['曹', 7], ['彭', 6], ['曾', 6],
  ['肖', 6], ['田', 5], ['董', 5], ['袁', 5], ['潘', 5], ['于', 5], ['蒋', 5], ['蔡', 5],
  ['余', 5], ['杜', 5], ['叶', 5], ['程', 4], ['苏', 4], ['魏', 4], ['吕', 4], ['丁', 4],
  ['任', 4], ['沈', 4], ['姚', 4], ['卢', 4], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3],
  ['陆', 3], ['汪', 3], ['范', 3], ['金', 3], ['石', 3], ['廖', 3], ['贾', 3], ['夏', 3],
  ['韦', 3], ['付', 3], ['方', 3], ['白', 2], ['邹', 2], ['孟', 2], ['熊', 2], ['秦', 2],
  ['邱', 2], ['江', 2], ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2], ['侯', 2],
  ['龙', 2], ['史', 2], ['陶', 2], ['黎', 2], ['贺', 2], ['顾', 2], ['毛', 2], ['郝', 2],
  ['龚', 2], ['邵', 2], ['万', 2], ['钱', 2], ['严', 2], ['覃', 1], ['武', 1], ['戴', 1],
  ['莫', 1], ['孔', 1], ['向', 1], ['汤', 1], ['单', 0.5], ['欧阳', 0.5], ['司马', 0.2], ['诸葛', 0.1],
]);

/** Common given-name characters, a few polyphonic ones (长, 乐, 朝) among them. */
export const GIVEN_CHARS: readonly string[] = Array.from(
  new Set(
    Array.from(
      '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯健俊帆帅旭宁龙林欣佳鹏晨' +
        '婷雪琳晶颖倩慧莉燕梅兰凤云春海波峰亮成国志新飞鑫博阳思雨萱涵子轩梓一诺宏嘉泽然晓金天永庆德振' +
        '福生荣祥东松山清安昊睿琪瑶悦欢乐兵勤卫立光彬丹娇霖鸿毅坤伦可馨怡洁蕾璐露月冬秋青元家铭泉淑珍' +
        '翠玲菊香芬长朝荷君琴彩红霞辰宸奕航锦瑞',
    ),
  ),
);

/** Share of names whose given name is a single character (so the whole name is usually two). */
export const SINGLE_GIVEN_SHARE = 0.25;

export const ROADS: readonly string[] = ['龙翔大道', '深惠路', '布龙路', '平安大道', '吉华路', '龙岗大道', '如意路', '爱联路', '建设路', '中心路', '人民路', '南环路', '富民路', '横坪路'];

export const ESTATES: readonly string[] = ['花园', '新村', '小区', '公寓', '家园', '名苑', '雅居'];

/** Areas guardians' IDs were issued in: Shenzhen districts and common home provinces of its residents. */
export const GUARDIAN_AREAS: readonly string[] = ['440307', '440306', '440303', '441402', '445281', '430521', '360731', '511321', '450821', '441424'];
