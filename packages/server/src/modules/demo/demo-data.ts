/**
 * Demo data: 杭州鲜达食品饮料批发有限公司, a beverage and snack wholesaler in 杭州 and its customers.
 * Pure data (no database access); `demo.seed.ts` loads it. Money is integer fen.
 */

export const DEMO_SUPPLIER = '杭州鲜达食品饮料批发有限公司';

export interface DemoLevel {
  name: string;
  discountPercent: number;
}

export const demoLevels: DemoLevel[] = [
  { name: '普通客户', discountPercent: 100 },
  { name: '银牌客户', discountPercent: 95 },
  { name: '金牌客户', discountPercent: 90 },
];

/** Two-level category tree: top level → children. */
export const demoCategories: { name: string; children: string[] }[] = [
  { name: '饮料', children: ['碳酸饮料', '果汁饮料', '茶饮料', '包装水', '功能饮料'] },
  { name: '乳品', children: ['牛奶', '酸奶'] },
  { name: '休闲零食', children: ['膨化食品', '饼干糕点', '坚果炒货'] },
  { name: '酒类', children: ['啤酒'] },
  { name: '方便食品', children: ['方便面'] },
];

/** Brand → GS1 China company prefix (7 digits) used to build the demo EAN-13 barcodes. */
export const demoBrands = {
  可口可乐: '6928804',
  百事: '6924882',
  农夫山泉: '6921168',
  怡宝: '6901285',
  百岁山: '6921581',
  康师傅: '6920152',
  统一: '6925303',
  娃哈哈: '6902083',
  元气森林: '6970399',
  汇源: '6902710',
  伊利: '6907992',
  蒙牛: '6923644',
  旺旺: '6920907',
  乐事: '6924743',
  奥利奥: '6901668',
  达利园: '6911988',
  三只松鼠: '6971222',
  洽洽: '6924187',
  青岛啤酒: '6901035',
  雪花: '6920584',
  东鹏特饮: '6938888',
  红牛: '6920202',
} as const satisfies Record<string, string>;

export type DemoBrand = keyof typeof demoBrands;

export interface DemoSku {
  code: string;
  /** Spec (规格), e.g. "330ml×24罐/箱" or a flavour. */
  name: string;
  /** Base wholesale price per unit (箱/件), fen. */
  price: number;
  /** Suggested retail price of the same unit, fen. */
  retailPrice: number;
}

export interface DemoProduct {
  name: string;
  category: string;
  brand: DemoBrand;
  unit: '箱' | '件';
  status?: 'on' | 'off';
  description: string;
  skus: DemoSku[];
}

const sku = (code: string, name: string, price: number, retailPrice: number): DemoSku => ({
  code,
  name,
  price,
  retailPrice,
});

export const demoProducts: DemoProduct[] = [
  // 碳酸饮料
  {
    name: '可口可乐',
    category: '碳酸饮料',
    brand: '可口可乐',
    unit: '箱',
    description: '经典可口可乐汽水，冰镇口感更佳，餐饮、便利店常备爆款。',
    skus: [
      sku('YL-KKL-330-24', '330ml×24罐/箱', 4500, 7200),
      sku('YL-KKL-500-24', '500ml×24瓶/箱', 5400, 7200),
      sku('YL-KKL-2L-6', '2L×6瓶/箱', 3900, 5100),
    ],
  },
  {
    name: '可口可乐 零度 无糖',
    category: '碳酸饮料',
    brand: '可口可乐',
    unit: '箱',
    description: '零糖零卡，保留经典可乐风味。',
    skus: [sku('YL-KKLLD-330-24', '330ml×24罐/箱', 4700, 7200)],
  },
  {
    name: '雪碧 柠檬味汽水',
    category: '碳酸饮料',
    brand: '可口可乐',
    unit: '箱',
    description: '清爽柠檬味汽水，透心凉。',
    skus: [sku('YL-XB-330-24', '330ml×24罐/箱', 4500, 7200), sku('YL-XB-500-24', '500ml×24瓶/箱', 5400, 7200)],
  },
  {
    name: '芬达 橙味汽水',
    category: '碳酸饮料',
    brand: '可口可乐',
    unit: '箱',
    description: '橙味碳酸饮料，果味浓郁，适合聚会与餐饮渠道。',
    skus: [sku('YL-FD-500-24', '500ml×24瓶/箱', 5200, 7200)],
  },
  {
    name: '百事可乐',
    category: '碳酸饮料',
    brand: '百事',
    unit: '箱',
    description: '百事可乐汽水，口感爽快。',
    skus: [sku('YL-BSKL-330-24', '330ml×24罐/箱', 4300, 7200), sku('YL-BSKL-600-24', '600ml×24瓶/箱', 5500, 7200)],
  },
  {
    name: '美年达 橙味汽水',
    category: '碳酸饮料',
    brand: '百事',
    unit: '箱',
    description: '橙味汽水，酸甜可口。',
    skus: [sku('YL-MND-600-24', '600ml×24瓶/箱', 5300, 7200)],
  },
  {
    name: '七喜 柠檬味汽水',
    category: '碳酸饮料',
    brand: '百事',
    unit: '箱',
    description: '柠檬青柠味汽水，清新不腻。',
    skus: [sku('YL-QX-330-24', '330ml×24罐/箱', 4200, 7200)],
  },
  {
    name: '元气森林 苏打气泡水',
    category: '碳酸饮料',
    brand: '元气森林',
    unit: '箱',
    description: '0糖0脂0卡气泡水，年轻消费者热销，便利店动销快。',
    skus: [
      sku('YL-YQSL-BT-480-15', '白桃味 480ml×15瓶/箱', 6000, 8250),
      sku('YL-YQSL-QG-480-15', '青瓜味 480ml×15瓶/箱', 6000, 8250),
      sku('YL-YQSL-KMJ-480-15', '卡曼橘味 480ml×15瓶/箱', 6000, 8250),
    ],
  },
  // 果汁饮料
  {
    name: '美汁源 果粒橙',
    category: '果汁饮料',
    brand: '可口可乐',
    unit: '箱',
    description: '含真实橙肉果粒的果汁饮料。',
    skus: [
      sku('YL-MZY-GLC-420-12', '420ml×12瓶/箱', 3000, 4200),
      sku('YL-MZY-GLC-1.25L-12', '1.25L×12瓶/箱', 7200, 9600),
    ],
  },
  {
    name: '汇源 100%橙汁',
    category: '果汁饮料',
    brand: '汇源',
    unit: '箱',
    description: '100%纯果汁，无添加蔗糖，适合餐厅与宴席。',
    skus: [sku('YL-HY-CZ-1L-6', '1L×6盒/箱', 6000, 8400)],
  },
  {
    name: '农夫果园 30%混合果蔬汁',
    category: '果汁饮料',
    brand: '农夫山泉',
    unit: '箱',
    description: '喝前摇一摇，多种果蔬混合。',
    skus: [sku('YL-NFGY-500-15', '500ml×15瓶/箱', 5200, 7500)],
  },
  {
    name: '娃哈哈 营养快线',
    category: '果汁饮料',
    brand: '娃哈哈',
    unit: '箱',
    description: '果汁加牛奶，早餐好搭档。',
    skus: [
      sku('YL-WHH-YYKX-YW-500-15', '原味 500g×15瓶/箱', 4500, 6000),
      sku('YL-WHH-YYKX-BL-500-15', '菠萝味 500g×15瓶/箱', 4500, 6000),
    ],
  },
  {
    name: '统一 鲜橙多',
    category: '果汁饮料',
    brand: '统一',
    unit: '箱',
    description: '橙汁饮料，富含维生素C。',
    skus: [sku('YL-TY-XCD-450-15', '450ml×15瓶/箱', 3500, 4500)],
  },
  // 茶饮料
  {
    name: '康师傅 冰红茶',
    category: '茶饮料',
    brand: '康师傅',
    unit: '箱',
    description: '柠檬口味红茶饮料，冰爽畅快。',
    skus: [sku('YL-KSF-BHC-500-15', '500ml×15瓶/箱', 3300, 4500), sku('YL-KSF-BHC-1L-12', '1L×12瓶/箱', 4500, 6000)],
  },
  {
    name: '康师傅 绿茶',
    category: '茶饮料',
    brand: '康师傅',
    unit: '箱',
    description: '蜂蜜茉莉风味绿茶饮料。',
    skus: [sku('YL-KSF-LC-500-15', '500ml×15瓶/箱', 3300, 4500)],
  },
  {
    name: '统一 冰红茶',
    category: '茶饮料',
    brand: '统一',
    unit: '箱',
    description: '柠檬红茶饮料，经典口味。',
    skus: [sku('YL-TY-BHC-500-15', '500ml×15瓶/箱', 3200, 4500)],
  },
  {
    name: '统一 阿萨姆奶茶',
    category: '茶饮料',
    brand: '统一',
    unit: '箱',
    description: '精选阿萨姆红茶与牛奶调制，香浓顺滑。',
    skus: [
      sku('YL-TY-ASM-YW-500-15', '原味 500ml×15瓶/箱', 5600, 7500),
      sku('YL-TY-ASM-MX-500-15', '煎茶奶绿 500ml×15瓶/箱', 5600, 7500),
    ],
  },
  {
    name: '东方树叶 无糖茶饮料',
    category: '茶饮料',
    brand: '农夫山泉',
    unit: '箱',
    description: '0糖0卡原味茶，茶香清新，办公室茶水间热销。',
    skus: [
      sku('YL-DFSY-WL-500-15', '青柑普洱 500ml×15瓶/箱', 5600, 7500),
      sku('YL-DFSY-MLH-500-15', '茉莉花茶 500ml×15瓶/箱', 5600, 7500),
      sku('YL-DFSY-HC-500-15', '乌龙茶 500ml×15瓶/箱', 5600, 7500),
    ],
  },
  {
    name: '统一 小茗同学 冷泡茶',
    category: '茶饮料',
    brand: '统一',
    unit: '箱',
    description: '冷泡工艺茶饮料，低糖，学生群体喜爱。',
    skus: [
      sku('YL-TY-XMTX-QN-480-15', '青柠红茶 480ml×15瓶/箱', 5200, 7500),
      sku('YL-TY-XMTX-LC-480-15', '溜溜哒茶 480ml×15瓶/箱', 5200, 7500),
    ],
  },
  {
    name: '娃哈哈 冰糖雪梨',
    category: '茶饮料',
    brand: '娃哈哈',
    unit: '箱',
    status: 'off',
    description: '冰糖雪梨口味饮料。换季暂停供货。',
    skus: [sku('YL-WHH-BTXL-500-15', '500ml×15瓶/箱', 3300, 4500)],
  },
  // 包装水
  {
    name: '农夫山泉 饮用天然水',
    category: '包装水',
    brand: '农夫山泉',
    unit: '箱',
    description: '我们不生产水，我们只是大自然的搬运工。走量基础款。',
    skus: [
      sku('YL-NFSQ-550-24', '550ml×24瓶/箱', 2400, 4800),
      sku('YL-NFSQ-380-24', '380ml×24瓶/箱', 2000, 3600),
      sku('YL-NFSQ-4L-6', '4L×6桶/箱', 3300, 4800),
    ],
  },
  {
    name: '怡宝 纯净水',
    category: '包装水',
    brand: '怡宝',
    unit: '箱',
    description: '饮用纯净水，会议、活动用水首选。',
    skus: [sku('YL-YB-555-24', '555ml×24瓶/箱', 2300, 4800), sku('YL-YB-1.555L-12', '1.555L×12瓶/箱', 3200, 4800)],
  },
  {
    name: '百岁山 饮用天然矿泉水',
    category: '包装水',
    brand: '百岁山',
    unit: '箱',
    description: '偏硅酸型天然矿泉水，餐厅、酒店常用。',
    skus: [sku('YL-BSS-570-24', '570ml×24瓶/箱', 4300, 7200)],
  },
  {
    name: '娃哈哈 纯净水',
    category: '包装水',
    brand: '娃哈哈',
    unit: '箱',
    description: '杭州本地品牌纯净水。',
    skus: [sku('YL-WHH-CJS-596-24', '596ml×24瓶/箱', 2100, 4800)],
  },
  {
    name: '康师傅 包装饮用水',
    category: '包装水',
    brand: '康师傅',
    unit: '箱',
    description: '高性价比饮用水，团餐、食堂适用。',
    skus: [sku('YL-KSF-YYS-550-24', '550ml×24瓶/箱', 1600, 2400)],
  },
  // 功能饮料
  {
    name: '红牛 维生素功能饮料',
    category: '功能饮料',
    brand: '红牛',
    unit: '箱',
    description: '含牛磺酸、B族维生素，抗疲劳，KTV、网吧渠道畅销。',
    skus: [sku('YL-HN-250-24', '250ml×24罐/箱', 11500, 14400)],
  },
  {
    name: '东鹏特饮',
    category: '功能饮料',
    brand: '东鹏特饮',
    unit: '箱',
    description: '年轻就要醒着拼，维生素功能饮料。',
    skus: [sku('YL-DPTY-500-24', '500ml×24瓶/箱', 8400, 12000), sku('YL-DPTY-250-24', '250ml×24瓶/箱', 5500, 7200)],
  },
  {
    name: '外星人 电解质水',
    category: '功能饮料',
    brand: '元气森林',
    unit: '箱',
    description: '含电解质，0糖，运动后补水。',
    skus: [
      sku('YL-WXR-QN-500-15', '青柠口味 500ml×15瓶/箱', 5300, 7500),
      sku('YL-WXR-LZ-500-15', '荔枝海盐口味 500ml×15瓶/箱', 5300, 7500),
    ],
  },
  {
    name: '尖叫 运动饮料',
    category: '功能饮料',
    brand: '农夫山泉',
    unit: '箱',
    description: '含多肽，运动瓶盖设计。',
    skus: [sku('YL-JJ-550-15', '550ml×15瓶/箱', 4500, 6000)],
  },
  // 牛奶
  {
    name: '伊利 纯牛奶',
    category: '牛奶',
    brand: '伊利',
    unit: '箱',
    description: '优质奶源，每100ml含3.2g蛋白质。保质期6个月。',
    skus: [sku('RP-YL-CNN-250-24', '250ml×24盒/箱', 5200, 6500), sku('RP-YL-CNN-250-16', '250ml×16盒/箱', 3600, 4500)],
  },
  {
    name: '伊利 金典纯牛奶',
    category: '牛奶',
    brand: '伊利',
    unit: '箱',
    description: '3.6g乳蛋白，高端纯牛奶，送礼佳品。',
    skus: [sku('RP-YL-JD-250-12', '250ml×12盒/箱', 5000, 6500)],
  },
  {
    name: '伊利 舒化无乳糖牛奶',
    category: '牛奶',
    brand: '伊利',
    unit: '箱',
    description: '无乳糖，乳糖不耐人群适用。',
    skus: [sku('RP-YL-SH-220-12', '220ml×12盒/箱', 4400, 5900)],
  },
  {
    name: '蒙牛 纯牛奶',
    category: '牛奶',
    brand: '蒙牛',
    unit: '箱',
    description: '全脂纯牛奶，早餐、食堂常备。',
    skus: [sku('RP-MN-CNN-250-24', '250ml×24盒/箱', 5000, 6500)],
  },
  {
    name: '蒙牛 特仑苏 纯牛奶',
    category: '牛奶',
    brand: '蒙牛',
    unit: '箱',
    description: '不是所有牛奶都叫特仑苏。3.6g优质乳蛋白。',
    skus: [sku('RP-MN-TLS-250-12', '250ml×12盒/箱', 5400, 6900)],
  },
  {
    name: '旺仔牛奶',
    category: '牛奶',
    brand: '旺旺',
    unit: '箱',
    description: '调制乳，经典红罐，年节走货旺。',
    skus: [sku('RP-WZ-245-24', '245ml×24罐/箱', 8200, 10800), sku('RP-WZ-125-20', '125ml×20盒/箱', 3600, 5000)],
  },
  // 酸奶
  {
    name: '伊利 安慕希 希腊风味酸奶',
    category: '酸奶',
    brand: '伊利',
    unit: '箱',
    description: '常温酸奶，浓郁醇厚。',
    skus: [
      sku('RP-YL-AMX-YW-205-12', '原味 205g×12盒/箱', 5300, 7000),
      sku('RP-YL-AMX-HT-200-12', '黄桃燕麦 200g×12盒/箱', 5300, 7000),
    ],
  },
  {
    name: '蒙牛 纯甄 风味酸奶',
    category: '酸奶',
    brand: '蒙牛',
    unit: '箱',
    description: '常温风味酸牛奶，不添加防腐剂。',
    skus: [sku('RP-MN-CZ-200-12', '原味 200g×12盒/箱', 5000, 6500)],
  },
  {
    name: '娃哈哈 AD钙奶',
    category: '酸奶',
    brand: '娃哈哈',
    unit: '箱',
    description: '含乳饮料，儿时的味道。',
    skus: [sku('RP-WHH-AD-220-24', '220g×24瓶/箱', 3900, 6000)],
  },
  // 膨化食品
  {
    name: '乐事 薯片',
    category: '膨化食品',
    brand: '乐事',
    unit: '箱',
    description: '精选马铃薯切片，多种口味。',
    skus: [
      sku('LS-LS-YW-70-22', '美国经典原味 70g×22袋/箱', 12100, 16500),
      sku('LS-LS-HG-70-22', '清爽黄瓜味 70g×22袋/箱', 12100, 16500),
      sku('LS-LS-FQ-70-22', '番茄味 70g×22袋/箱', 12100, 16500),
    ],
  },
  {
    name: '乐事 无限 罐装薯片',
    category: '膨化食品',
    brand: '乐事',
    unit: '箱',
    description: '罐装不易碎，KTV、超市热销。',
    skus: [sku('LS-LSWX-YW-104-12', '原味 104g×12罐/箱', 9600, 13200)],
  },
  {
    name: '旺旺 仙贝',
    category: '膨化食品',
    brand: '旺旺',
    unit: '箱',
    description: '米果零食，香脆可口。',
    skus: [sku('LS-WW-XB-52-24', '52g×24包/箱', 7200, 10800)],
  },
  {
    name: '旺旺 雪饼',
    category: '膨化食品',
    brand: '旺旺',
    unit: '箱',
    description: '经典米饼，年货必备。',
    skus: [sku('LS-WW-XBing-84-24', '84g×24包/箱', 6500, 9600)],
  },
  // 饼干糕点
  {
    name: '奥利奥 夹心饼干',
    category: '饼干糕点',
    brand: '奥利奥',
    unit: '箱',
    description: '扭一扭，舔一舔，泡一泡。',
    skus: [
      sku('LS-ALA-YW-97-24', '原味 97g×24包/箱', 10000, 14400),
      sku('LS-ALA-CM-97-24', '草莓味 97g×24包/箱', 10000, 14400),
    ],
  },
  {
    name: '达利园 蛋黄派',
    category: '饼干糕点',
    brand: '达利园',
    unit: '箱',
    description: '松软蛋糕夹心，早餐点心。',
    skus: [sku('LS-DLY-DHP-1.38KG', '23g×60枚/箱', 4200, 6000)],
  },
  {
    name: '达利园 好吃点 香脆核桃饼',
    category: '饼干糕点',
    brand: '达利园',
    unit: '箱',
    description: '酥脆核桃饼干。',
    skus: [sku('LS-HCD-HT-108-24', '108g×24包/箱', 6500, 9600)],
  },
  {
    name: '康师傅 3+2 苏打夹心饼干',
    category: '饼干糕点',
    brand: '康师傅',
    unit: '箱',
    description: '咸甜两种口味夹心苏打饼干。',
    skus: [
      sku('LS-KSF-32-NY-125-24', '奶油味 125g×24包/箱', 8600, 12000),
      sku('LS-KSF-32-NM-125-24', '柠檬味 125g×24包/箱', 8600, 12000),
    ],
  },
  // 坚果炒货
  {
    name: '三只松鼠 每日坚果',
    category: '坚果炒货',
    brand: '三只松鼠',
    unit: '件',
    description: '6种坚果果干科学配比，独立小包装，适合企业福利与茶歇。',
    skus: [sku('LS-SZSS-MRJG-750-4', '750g(25g×30袋)×4盒/件', 32000, 47600)],
  },
  {
    name: '三只松鼠 夏威夷果',
    category: '坚果炒货',
    brand: '三只松鼠',
    unit: '箱',
    description: '奶油味夏威夷果，附开果器。',
    skus: [sku('LS-SZSS-XWY-160-20', '奶油味 160g×20袋/箱', 32000, 50000)],
  },
  {
    name: '三只松鼠 碧根果',
    category: '坚果炒货',
    brand: '三只松鼠',
    unit: '箱',
    status: 'off',
    description: '奶香味碧根果。新货到港前暂时下架。',
    skus: [sku('LS-SZSS-BGG-120-20', '奶香味 120g×20袋/箱', 29000, 44000)],
  },
  {
    name: '洽洽 香瓜子',
    category: '坚果炒货',
    brand: '洽洽',
    unit: '箱',
    description: '煮制瓜子，入味不上火。',
    skus: [
      sku('LS-QQ-WX-260-20', '五香味 260g×20袋/箱', 16800, 24000),
      sku('LS-QQ-SHT-260-20', '山核桃味 260g×20袋/箱', 17600, 25000),
    ],
  },
  // 啤酒
  {
    name: '青岛啤酒 经典',
    category: '啤酒',
    brand: '青岛啤酒',
    unit: '箱',
    description: '经典10度，百年品牌，餐饮渠道主力。',
    skus: [
      sku('JL-QD-JD-330-24', '330ml×24罐/箱', 8200, 12000),
      sku('JL-QD-JD-500-12', '500ml×12罐/箱', 5900, 8400),
      sku('JL-QD-JD-600-12', '600ml×12瓶/箱(玻璃瓶)', 5400, 7800),
    ],
  },
  {
    name: '青岛啤酒 纯生',
    category: '啤酒',
    brand: '青岛啤酒',
    unit: '箱',
    description: '膜过滤技术，口感新鲜。',
    skus: [sku('JL-QD-CS-500-12', '500ml×12罐/箱', 7200, 9600)],
  },
  {
    name: '雪花 勇闯天涯',
    category: '啤酒',
    brand: '雪花',
    unit: '箱',
    description: '清爽型啤酒，夜宵大排档热销。',
    skus: [sku('JL-XH-YCTY-500-12', '500ml×12罐/箱', 4400, 6000)],
  },
  {
    name: '雪花 清爽',
    category: '啤酒',
    brand: '雪花',
    unit: '箱',
    description: '8度清爽啤酒，性价比高。',
    skus: [sku('JL-XH-QS-330-24', '330ml×24罐/箱', 5000, 7200)],
  },
  {
    name: '雪花 纯生',
    category: '啤酒',
    brand: '雪花',
    unit: '箱',
    description: '纯生工艺，麦香浓郁。',
    skus: [sku('JL-XH-CS-500-12', '500ml×12罐/箱', 5300, 7200)],
  },
  // 方便面
  {
    name: '康师傅 红烧牛肉面',
    category: '方便面',
    brand: '康师傅',
    unit: '箱',
    description: '经典红烧牛肉口味，袋装、桶装可选。',
    skus: [
      sku('FB-KSF-HS-D-103-24', '袋装 103g×24袋/箱', 5400, 7200),
      sku('FB-KSF-HS-T-110-12', '桶装 110g×12桶/箱', 4600, 6000),
    ],
  },
  {
    name: '康师傅 老坛酸菜牛肉面',
    category: '方便面',
    brand: '康师傅',
    unit: '箱',
    description: '老坛酸菜风味，酸爽开胃。',
    skus: [sku('FB-KSF-LT-D-114-24', '袋装 114g×24袋/箱', 5400, 7200)],
  },
  {
    name: '统一 老坛酸菜牛肉面',
    category: '方便面',
    brand: '统一',
    unit: '箱',
    description: '这酸爽，正宗老坛酸菜口味。',
    skus: [
      sku('FB-TY-LT-D-121-24', '袋装 121g×24袋/箱', 5200, 7200),
      sku('FB-TY-LT-T-120-12', '桶装 120g×12桶/箱', 4500, 6000),
    ],
  },
  {
    name: '统一 汤达人 日式豚骨拉面',
    category: '方便面',
    brand: '统一',
    unit: '箱',
    description: '浓郁豚骨汤底，高端方便面。',
    skus: [sku('FB-TY-TDR-TG-125-12', '桶装 125g×12桶/箱', 6000, 8400)],
  },
  {
    name: '统一 来一桶 红烧牛肉面',
    category: '方便面',
    brand: '统一',
    unit: '箱',
    description: '大份量桶面，食堂夜宵适用。',
    skus: [sku('FB-TY-LYT-HS-T-110-12', '桶装 110g×12桶/箱', 4300, 6000)],
  },
];

export interface DemoStaff {
  username: string;
  name: string;
  role: 'sales_manager' | 'salesperson' | 'warehouse' | 'finance';
  phone: string;
  note: string;
}

export const demoStaff: DemoStaff[] = [
  {
    username: 'manager',
    name: '王经理',
    role: 'sales_manager',
    phone: '13857102318',
    note: '看全部客户，审核订单与价格',
  },
  { username: 'sales1', name: '李明', role: 'salesperson', phone: '13906513426', note: '业务员，只看自己的客户' },
  { username: 'sales2', name: '张丽', role: 'salesperson', phone: '15888426705', note: '业务员，只看自己的客户' },
  { username: 'warehouse', name: '赵仓管', role: 'warehouse', phone: '13575469812', note: '库存、拣货与发货' },
  { username: 'finance', name: '陈会计', role: 'finance', phone: '18867120953', note: '收款、对账与信用' },
];

export interface DemoCustomer {
  /** Local key the customer users below refer to. */
  key: string;
  name: string;
  level: '普通客户' | '银牌客户' | '金牌客户';
  /** Username of the salesperson in charge, or null (self-registered, not yet assigned). */
  salesperson: 'sales1' | 'sales2' | null;
  status: 'pending' | 'active';
  contactName: string;
  phone: string;
  district: string;
  address: string;
  /** Fen. */
  creditLimit: number;
  paymentTermDays: number;
  tags: string[];
  notes: string;
}

const CHAIN_NOTE = '邻里优选连锁便利店旗下门店（总店 + 文三路店 + 滨江店），三店同属一个连锁品牌，由总店统一议价。';

export const demoCustomers: DemoCustomer[] = [
  {
    key: 'restaurant',
    name: '西湖人家餐厅',
    level: '金牌客户',
    salesperson: 'sales1',
    status: 'active',
    contactName: '刘建国',
    phone: '13706812245',
    district: '西湖区',
    address: '北山街 58 号',
    creditLimit: 5_000_000,
    paymentTermDays: 30,
    tags: ['餐饮', '大客户'],
    notes: '杭帮菜餐厅，约 40 桌。酒水饮料每周二、周五送货，下午 2 点前到店。超过 ¥5,000 的订单需采购经理审批。',
  },
  {
    key: 'chain_hq',
    name: '邻里优选便利店(总店)',
    level: '银牌客户',
    salesperson: 'sales1',
    status: 'active',
    contactName: '吴海涛',
    phone: '13819107762',
    district: '拱墅区',
    address: '莫干山路 1088 号 1 楼',
    creditLimit: 3_000_000,
    paymentTermDays: 15,
    tags: ['连锁', '便利店'],
    notes: CHAIN_NOTE,
  },
  {
    key: 'chain_wensan',
    name: '邻里优选便利店(文三路店)',
    level: '银牌客户',
    salesperson: 'sales1',
    status: 'active',
    contactName: '郑小燕',
    phone: '15067138841',
    district: '西湖区',
    address: '文三路 259 号',
    creditLimit: 1_000_000,
    paymentTermDays: 15,
    tags: ['连锁', '便利店'],
    notes: CHAIN_NOTE,
  },
  {
    key: 'chain_binjiang',
    name: '邻里优选便利店(滨江店)',
    level: '银牌客户',
    salesperson: 'sales1',
    status: 'active',
    contactName: '钱磊',
    phone: '17757126630',
    district: '滨江区',
    address: '江南大道 3688 号',
    creditLimit: 1_000_000,
    paymentTermDays: 15,
    tags: ['连锁', '便利店'],
    notes: CHAIN_NOTE,
  },
  {
    key: 'market',
    name: '好又鲜生活超市(良渚店)',
    level: '金牌客户',
    salesperson: 'sales2',
    status: 'active',
    contactName: '何志强',
    phone: '13989471125',
    district: '余杭区',
    address: '良渚街道古墩路 2099 号',
    creditLimit: 8_000_000,
    paymentTermDays: 30,
    tags: ['超市', '大客户'],
    notes: '社区超市，营业面积约 1200㎡。月结，每月 5 日对账。',
  },
  {
    key: 'canteen',
    name: '杭州市明德实验中学食堂',
    level: '普通客户',
    salesperson: 'sales2',
    status: 'active',
    contactName: '杨师傅',
    phone: '13588092417',
    district: '上城区',
    address: '凤起东路 177 号',
    creditLimit: 2_000_000,
    paymentTermDays: 30,
    tags: ['食堂', '团餐'],
    notes: '学校食堂，寒暑假停止配送。发票抬头开学校全称。',
  },
  {
    key: 'ktv',
    name: '声动派量贩KTV(滨江店)',
    level: '银牌客户',
    salesperson: 'sales2',
    status: 'active',
    contactName: '孙浩',
    phone: '18758215590',
    district: '滨江区',
    address: '滨盛路 1505 号 3 楼',
    creditLimit: 1_500_000,
    paymentTermDays: 15,
    tags: ['娱乐', '夜场'],
    notes: '晚上 6 点后营业，送货请安排在下午。啤酒、功能饮料、罐装薯片走量大。',
  },
  {
    key: 'pantry',
    name: '杭州云帆网络科技有限公司',
    level: '普通客户',
    salesperson: 'sales2',
    status: 'active',
    contactName: '林悦',
    phone: '13666625378',
    district: '余杭区',
    address: '文一西路 1818 号 未来科技城 5 号楼',
    creditLimit: 1_000_000,
    paymentTermDays: 30,
    tags: ['企业采购', '茶水间'],
    notes: '办公室茶水间补货，约 300 人。需开具增值税专用发票。',
  },
  {
    key: 'xiaocheng',
    name: '小城故事便利店',
    level: '普通客户',
    salesperson: 'sales1',
    status: 'active',
    contactName: '方丽华',
    phone: '13758163309',
    district: '萧山区',
    address: '金城路 438 号',
    creditLimit: 0,
    paymentTermDays: 0,
    tags: ['便利店'],
    notes: '款到发货。',
  },
  {
    key: 'hangbang',
    name: '老杭帮菜馆(武林店)',
    level: '普通客户',
    salesperson: 'sales1',
    status: 'active',
    contactName: '蒋师傅',
    phone: '13867435021',
    district: '拱墅区',
    address: '体育场路 316 号',
    creditLimit: 1_000_000,
    paymentTermDays: 15,
    tags: ['餐饮'],
    notes: '',
  },
  {
    key: 'aqiang',
    name: '阿强烟酒副食店',
    level: '普通客户',
    salesperson: 'sales2',
    status: 'active',
    contactName: '王阿强',
    phone: '15168327794',
    district: '上城区',
    address: '清泰街 402 号',
    creditLimit: 0,
    paymentTermDays: 0,
    tags: ['夫妻店'],
    notes: '现款现货。',
  },
  {
    key: 'fruit',
    name: '鲜果时光水果店',
    level: '普通客户',
    salesperson: null,
    status: 'pending',
    contactName: '黄晓婷',
    phone: '18069830516',
    district: '西湖区',
    address: '古荡新村西区 12 幢底商',
    creditLimit: 0,
    paymentTermDays: 0,
    tags: [],
    notes: '线上自助注册，待审核、待分配业务员。',
  },
  {
    key: 'hongda',
    name: '萧山宏达副食批发部',
    level: '普通客户',
    salesperson: 'sales2',
    status: 'pending',
    contactName: '沈宏达',
    phone: '13957188642',
    district: '萧山区',
    address: '城厢街道人民路 96 号',
    creditLimit: 0,
    paymentTermDays: 0,
    tags: ['批发'],
    notes: '线上自助注册，张丽已电话联系，待核实营业执照后审核。',
  },
];

export interface DemoCustomerUser {
  username: string;
  name: string;
  customer: string;
  role: 'buyer' | 'approver' | 'viewer';
  phone: string;
  note: string;
}

export const demoCustomerUsers: DemoCustomerUser[] = [
  { username: 'buyer', name: '刘采购', customer: 'restaurant', role: 'buyer', phone: '13706812245', note: '' },
  {
    username: 'approver',
    name: '周经理',
    customer: 'restaurant',
    role: 'approver',
    phone: '13656719028',
    note: '审批超额订单',
  },
  { username: 'chain_hq', name: '吴海涛', customer: 'chain_hq', role: 'buyer', phone: '13819107762', note: '连锁总店' },
  {
    username: 'chain_wensan',
    name: '郑小燕',
    customer: 'chain_wensan',
    role: 'buyer',
    phone: '15067138841',
    note: '连锁门店',
  },
  {
    username: 'chain_binjiang',
    name: '钱磊',
    customer: 'chain_binjiang',
    role: 'buyer',
    phone: '17757126630',
    note: '连锁门店',
  },
  { username: 'market', name: '何志强', customer: 'market', role: 'buyer', phone: '13989471125', note: '' },
  { username: 'canteen', name: '杨师傅', customer: 'canteen', role: 'buyer', phone: '13588092417', note: '' },
  { username: 'ktv', name: '孙浩', customer: 'ktv', role: 'buyer', phone: '18758215590', note: '' },
  { username: 'viewer', name: '林悦', customer: 'pantry', role: 'viewer', phone: '13666625378', note: '只能查看' },
];

/** EAN-13 check digit for the first 12 digits. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/** A barcode: brand company prefix (7 digits) + 5-digit item reference + check digit. */
export function demoBarcode(brand: DemoBrand, item: number): string {
  const first12 = `${demoBrands[brand]}${String(item).padStart(5, '0')}`;
  return `${first12}${ean13CheckDigit(first12)}`;
}
