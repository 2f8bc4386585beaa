/**
 * Common given names across the regions our users sell to, lower-case. Used only as a hint
 * that a capitalised word is a person rather than a company; context ("X at Y", "X from Y")
 * decides first, so the list need not be complete.
 */
export const FIRST_NAMES = new Set(
  `aaron abby abdul abigail adam adrian ahmed aisha akira alan albert alejandro alex alexa alexander alexandra alexis
  ali alice alicia alina alison amanda amber amelia amir amit amy ana anders andrea andreas andrew andy angela angelo
  anil anita ann anna anne annie anthony anton antonio arjun arnav arthur ashley ava ayesha barbara ben benjamin beatriz
  beth betty bianca bill bilal bob bonnie brad brandon brenda brian bruce bruno bryan caleb cameron camila carl carla
  carlos carmen carol caroline carolyn carrie catherine cathy charles charlie charlotte chen chloe chris christian
  christina christine christopher cindy claire clara claudia colin connor craig cynthia daisy dan dana daniel daniela
  danielle darius david dawn dean deborah debra deepak denise dennis derek diana diane diego dimitri divya dominic don
  donald donna doris dorothy doug douglas dylan ed eddie edward elena eli elijah elizabeth ella ellen emily emma eric
  erik erin ethan eva evan fatima felipe felix fernando fiona frank freya gabriel gabriela gary gavin george georgia
  gerald giovanni giulia grace graham greg gregory greta gustavo hamid hana hannah hans harold harper harry hassan
  heather hector heidi helen helena henrik henry hiro hiroshi hugo ian ibrahim igor ines ingrid irene isaac isabel
  isabella ivan jack jackie jacob jacqueline jake james jamal jamie jan jana jane janet janice jason javier jay jean
  jeff jeffrey jen jennifer jenny jeremy jerry jess jessica jill jim jimmy jin joan joanna joe joel johan john johnny
  jon jonas jonathan jordan jorge jose joseph josh joshua joy juan judith judy julia julian julie jun justin kai kamal
  karen karin karl kate katherine kathleen kathryn kathy katie kavya keith kelly ken kenji kenneth kevin kim kofi
  kumar kyle lakshmi lars laura lauren lee leila lena leo leon li liam lila lily linda lisa liz logan lori louis lucas
  lucia lucy luis luke lydia maria mariana marie marina mario mark marco marcus margaret maria marta martin mary
  mason mateo matt matthew max maya megan meg mei melissa mia michael michelle miguel mike mila min mohamed mohammed
  monica nadia nancy naomi natalia natalie nathan neha nicholas nick nicole nikhil nina noah noor nora olga oliver
  olivia omar oscar owen pablo pamela patricia patrick paul paula pedro peter philip pierre pooja priya rachel rafael
  rahul raj rajesh ralph ramesh ravi raymond rebecca richard rick rita rob robert roberto robin roger rohan ron ronald
  rosa rose ruby russell ruth ryan sabrina sahil sakura sally sam samantha samuel sandra sara sarah sean sebastian
  sergei sergio seth shane shannon sharon shawn sheila shirley simon sofia sonia sophia sophie stefan stephanie
  stephen steve steven sue sunil susan suzanne sven tanya tara taylor teresa terry thomas tiffany tim timothy tina
  tobias todd tom tomas tomasz tony tracy travis tyler valentina vanessa vera veronica victor victoria vijay vikram
  vincent virginia walter wang wei wendy william xavier yan yara yasmin yuki yusuf zach zachary zara zoe zhang liu
  ama kwame kojo abena yaw akua ngozi chidi emeka tunde femi wanjiru amara thabo sipho mandla aditya ananya ishaan
  sanjay suresh arun vivek meera shreya takeshi yuto haruto sota ren yui aoi minji jiwoo seo ji-ho hyun-woo linh
  minh thanh duc anh nguyen tran lan mai huong sven nils erik bjorn astrid sigrid magnus ole jens soren mette jakub
  piotr krzysztof katarzyna agnieszka marek pawel tomek lukas jonas felix moritz lena leonie mats lotte sanne daan
  joost bram femke ruben thijs noa ines joao tiago beatriz rui chiara matteo luca francesca giorgio alessandro
  dave tom jim bob rob ben dan sam nick jake pat kate liz jen becky meg tony andy greg phil pete charlie ollie harry
  jess mia ava amy ivy eve zoe lily rosa nora luis marco hugo leo max finn owen cole jack ryan sean kyle drew
  imogen harriet evelyn avery scarlett penelope layla eleanor zoey hazel ellie violet lillian stella aurora emilia leah
  aubrey audrey bella isla eliana kennedy ariana cora madelyn hailey gabriella allison gianna piper sadie delilah
  josephine adeline vivian madeline peyton melanie mackenzie isabelle eliza kylie ximena jasmine valeria norah brianna
  valerie anastasia eloise cecilia josie molly esther genevieve annabelle alyssa aliyah juliana juliette callie sienna
  theodore levi asher aiden wyatt ezra elias josiah ezekiel isaiah nolan santiago landon colton jameson everett wesley
  jeremiah leonardo bennett silas weston emmett declan rowan micah damian luka myles bryson milo jasper nathaniel
  lorenzo jonah thiago theo calvin rhett jude maxwell malachi elliott elliot emiliano hayden judah nicolas emmanuel
  abel abraham jesse tristan andres emilio matias griffin holden zane preston bryce ronan`
    .split(/\s+/)
    .filter(Boolean),
);

/** Common Chinese family names (single and double). */
export const ZH_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
export const ZH_DOUBLE_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '慕容', '令狐', '司徒', '尉迟', '长孙', '宇文'];

/** Forms of address that make a name on their own: 李总, 陈经理, 刘老师. */
export const ZH_HONORIFICS = ['总监', '经理', '老师', '总', '工', '主任', '博士', '先生', '女士', '小姐', '老板', '医生', '律师', '教授', '姐', '哥', '部长', '处长', '科长', '院长', '校长', '董'];
