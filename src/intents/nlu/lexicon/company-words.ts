/**
 * Words that make a capitalised phrase read as a company ("… Labs", "… Logistics", "…科技").
 * A hint, not a gate: a phrase after "at"/"for"/"with" is taken as a company without one.
 */
export const COMPANY_WORDS = new Set(
  `labs lab solar energy power bio biotech pharma pharmaceuticals health healthcare medical dental clinic clinics
  hospital hospitals schools school university college academy education learning insurance bank banking capital
  financial finance fintech partners ventures holdings group industries enterprises systems solutions software
  technologies technology tech analytics data ai robotics logistics freight shipping transport transportation
  airlines airways aviation air motors automotive auto foods food wines wine beverages brewing brewery coffee tea
  hotels hotel hospitality resorts resort travel tours media studios studio games gaming entertainment retail
  stores store mart markets paper mining metals steel chemicals construction builders realty properties property
  estates legal law consulting consultants advisors advisory services networks network telecom communications pay
  payments cloud outdoor outdoors apparel fashion cosmetics beauty farms agriculture marine aerospace defense
  security devices electronics semiconductor semiconductors instruments manufacturing works co corp corporation
  inc llc ltd limited gmbh ag sa bv nv plc pty pte oy ab kk srl spa digital interactive dynamics innovations
  global international worldwide labs chain supply distribution trading imports exports textiles furniture home
  homes living fitness sports wellness nutrition organics brands cosmetics jewelry motors mobility energy oil gas
  utilities water environmental recycling engineering architects design creative marketing agency labs biosciences
  therapeutics diagnostics genomics vision optics photonics aerospace automation machines machinery tools bakery
  dairy seafood restaurants cafe kitchen pets vet veterinary dentistry orthodontics clinic pharmacy insurance
  assurance credit lending loans mortgage investments invest wealth asset assets trust bancorp exchange markets
  transit ferries ferry lines airways cruises railways rail winery wineries vineyards vineyard brewery breweries distillery bakeries traders trading merchants ports port terminals harbour harbor mills foundry forge outfitters collective cooperative co-op labs energie energia gruppe gesellschaft industrie technik systeme bau holding ventures studios`
    .split(/\s+/)
    .filter(Boolean),
);

/** Legal forms that only companies carry. */
export const LEGAL_FORMS = new Set(['inc', 'inc.', 'llc', 'ltd', 'ltd.', 'limited', 'gmbh', 'ag', 'sa', 'bv', 'nv', 'plc', 'pty', 'pte', 'oy', 'ab', 'kk', 'corp', 'corp.', 'co', 'co.', 'srl', 'spa', 'llp', 'lp']);

/** Chinese industry endings of a short company name: 远景 + 医疗. */
export const ZH_COMPANY_SUFFIXES = [
  '股份有限公司', '有限责任公司', '有限公司', '律师事务所', '会计师事务所', '集团公司', '集团', '公司', '控股', '实业', '股份',
  '医疗', '医药', '药业', '制药', '医院', '诊所', '生物', '健康', '传媒', '文化', '影视', '娱乐', '游戏', '互娱', '动漫',
  '建材', '建设', '建筑', '工程', '地产', '置业', '物业', '装饰', '科技', '软件', '网络科技', '信息技术', '智能', '电子', '电器',
  '通信', '半导体', '光电', '机器人', '数码', '银行', '证券', '保险', '基金', '资本', '投资', '金融', '信托', '租赁', '支付',
  '物流', '快递', '货运', '航空', '航运', '海运', '运输', '汽车', '汽配', '汽贸', '出行', '教育', '培训', '学校', '大学', '学院',
  '能源', '电力', '新能源', '石油', '化工', '材料', '钢铁', '矿业', '有色', '食品', '餐饮', '乳业', '酒业', '茶业', '农业', '牧业',
  '酒店', '旅游', '旅行', '纺织', '服饰', '服装', '鞋业', '家居', '家具', '家电', '百货', '超市', '商贸', '贸易', '电商', '零售',
  '重工', '机械', '制造', '精工', '仪器', '设备', '环保', '水务', '咨询', '广告', '设计', '印刷', '包装', '纸业', '日化', '化妆品',
  '珠宝', '体育', '航天', '船舶', '国际', '控股集团', '餐饮集团', '酒店集团',
  '网络', '精密', '光学', '传感', '数科', '云计算', '物联', '物联网', '自动化', '新材料', '安防', '微电子', '出版', '文旅', '连锁',
  '大药房', '药房', '研究院', '实验室', '供应链', '速运', '港务', '水泥', '玻璃', '陶瓷', '塑胶', '橡胶', '五金', '模具', '精机',
  '光伏', '储能', '锂电', '电池', '车业', '置地', '农牧', '种业', '水产', '饮料', '饮品', '美妆', '母婴', '宠物', '家纺', '照明',
  '卫浴', '门窗', '厨电', '智造', '智联', '化纤', '造纸', '影业', '演艺', '电竞', '网络技术', '信息科技', '生物科技', '医学',
  '医药科技', '医疗器械', '粮油', '乳品', '酿酒', '制衣', '针织', '皮具', '保健', '钢构', '重机', '测控', '传动', '教育科技',
];

/** Common two-character words that end up before an industry ending but are no brand ("销售数据", "客户那边"). */
export const ZH_NOT_BRANDS = new Set([
  '续约', '培训', '投标', '报价', '需求', '对比', '宣传', '测试', '实施', '续费', '采购', '演示',
  '客户', '联系', '销售', '工单', '商机', '团队', '我们', '你们', '他们', '公司', '数据', '系统', '平台', '产品', '服务', '技术',
  '市场', '业务', '项目', '合同', '订单', '电话', '邮件', '本月', '今年', '去年', '明年', '季度', '当前', '目前', '所有', '全部',
  '整体', '平均', '新建', '新增', '这家', '那家', '哪家', '一家', '几家', '多少', '哪些', '对接', '负责', '这个', '那个', '一下',
  '看看', '相关', '最近', '现在', '今天', '昨天', '明天', '上周', '本周', '下周', '每个', '各个', '整个', '区域', '地区', '行业',
  '国内', '海外', '总部', '财务', '法务', '采购', '老板', '领导', '同事', '对方', '甲方', '乙方', '供应', '合作', '竞品', '竞争',
  '社交', '内部', '外部', '网络', '线上', '线下', '运营', '研发', '生产', '物流', '售后', '客服', '渠道', '代理', '经销',
]);

/** Well-known Chinese companies usually named without an industry ending. */
export const ZH_KNOWN_COMPANIES = [
  '华为', '腾讯', '阿里巴巴', '阿里', '百度', '小米', '京东', '美团', '字节跳动', '字节', '网易', '拼多多', '比亚迪', '联想', '中兴',
  '海尔', '格力', '美的', '万科', '平安', '顺丰', '蔚来', '理想汽车', '大疆', '滴滴', '携程', '快手', '新浪', '搜狐', '宁德时代',
  '招商银行', '工商银行', '建设银行', '中国银行', '农业银行', '中石化', '中石油', '中国移动', '中国联通', '中国电信', '海康威视',
  '吉利', '长城汽车', '奇瑞', '伊利', '蒙牛', '茅台', '五粮液', '安踏', '李宁', '华润', '中信', '复星', '碧桂园', '恒大', '苏宁', '国美',
];
