/**
 * Cue words around an enterprise's name that say its role in a complaint. Each rule is tested
 * against the clause just before the name (`before`, anchored at its end) or just after it
 * (`after`, anchored at its start), cut at the neighbouring names. Weights add up per role.
 */
export interface RoleRule {
  readonly side: 'before' | 'after';
  readonly pattern: RegExp;
  readonly weight: number;
  /** Why, for the reviewer. */
  readonly label: string;
  /** The rule does not apply when the other side matches this (为X承建的项目供货: X is the client after all). */
  readonly unless?: RegExp;
}

const DEBT_VERB = '未拨付|未发放|未发|没发|不发|拖欠|尚欠|结欠|欠付|欠(?!条)|未付|未支付|不付|拒付|拒绝支付|拒不支付|没有支付|没有付|没付|不支付|未结清|未结算|拖延|不给|没给|未按约|未按合同|未按时|违约|赖账|不予支付|迟迟';
const SELF = '我公司|我司|本公司|我单位|本单位|我们公司|我们单位|我方|我厂|我们|其公司|其单位|该司';

/** Who is owed: the caller's own enterprise. */
export const CREDITOR_RULES: readonly RoleRule[] = [
  { side: 'before', weight: 3, label: '自称（我公司/我司/来电人所在公司）', pattern: new RegExp(
    `(?:${SELF}|其所在(?:的)?(?:公司|单位|企业)?|(?:来电人|来电者|反映人|投诉人|申请人|市民)(?:所在|所属|经营|开办|任职)?(?:的)?(?:公司|单位|企业)?|` +
    '(?:来电人|来电者|反映人|投诉人)(?:系|是|为|作为)|(?:本人|我)(?:系|是|作为)|我们是|投诉(?:单位|企业|方)|申请人|债权人|债权单位|反映单位|代表|' +
    '(?:小微|中小|民营)企业|(?:我司|我公司|本公司)(?:是|系|即))[（(：:]?(?:的)?$', 'u') },
  { side: 'after', weight: 2.5, label: 'X承接/为…供货（供方）', pattern: /^(?:于[^，。；]{0,12}?)?(?:(?:承接|承包|中标|承揽)(?!的)|(?:为|给|向)[^，。；]{2,30}?(?:供货|供应|提供|施工|做了|完成|承建))/u },
  { side: 'before', weight: 2.5, label: '欠款对象（拖欠X）', pattern: new RegExp('(?:拖欠|尚欠|结欠|欠付|欠)(?:了)?$', 'u') },
  { side: 'after', weight: 3, label: '自称（以下简称我司/负责人反映）', pattern: new RegExp(
    '^(?:[（(](?:以下简称|下称|简称)?[“"]?(?:我司|我公司|本公司|我单位)[”"]?[)）]|(?:[（(][^（）()]{1,8}[)）])?(?:的)?(?:' +
    '(?:负责人|法人|法定代表人|总经理|经理|老板|财务|会计|股东|实际控制人|员工|工作人员)|(?:来电|致电)?(?:反映|投诉|诉称|申请|请求)|被))', 'u') },
];

/** Who owes: named before a debt verb, after 为/给/向 (the one served), after 被投诉单位, as the client of a project. */
export const DEBTOR_RULES: readonly RoleRule[] = [
  { side: 'after', weight: 3, label: '拖欠/未付', pattern: new RegExp(`^[^，。；！？]{0,10}?(?:${DEBT_VERB})`, 'u') },
  { side: 'before', weight: 3, label: '被投诉单位/欠款单位/对方', pattern: /(?:被投诉(?:单位|企业|方|人)?|投诉|举报|欠款(?:单位|方|人)|债务人|债务单位|对方(?:单位|公司)?|付款方|被)[（(：:为是]?$/u },
  { side: 'before', weight: 2.5, label: '为/给/向X供货施工', pattern: /(?:为|给|向|替|帮)$/u },
  { side: 'before', weight: 1.5, label: '与X签订', pattern: /(?:与|和|同|跟)$/u },
  { side: 'after', weight: 1, label: '签订合同', pattern: /^(?:签订|签署|签了|订立|签|于[^，。]{0,12}签)/u },
  { side: 'before', weight: 2.5, label: '承接X的项目', pattern: /(?:承接|承建|承包|中标|承揽|参与|负责|完成|做)(?:了)?$/u },
  { side: 'before', weight: 1.5, label: '甲方/发包方/业主', pattern: /(?:甲方|发包方|发包单位|发包人|业主|业主单位|业主方|建设单位|采购方|采购单位|招标人|招标单位|委托方)[（(：:为是]?$/u },
  { side: 'after', weight: 1.5, label: 'X委托/发包', pattern: /^(?:委托|发包|聘请|邀请|采购|招标)/u },
  { side: 'after', weight: 2, label: 'X仅支付了部分', pattern: /^[^，。；！？]{0,6}?(?:仅|只|才)(?:支付|付|拨付)/u },
];

/** Named in passing: a general contractor, a supervisor, whoever introduced the deal. */
export const THIRD_PARTY_RULES: readonly RoleRule[] = [
  { side: 'before', weight: -2.5, label: '总包/监理/介绍人', pattern: /(?:总包|总承包|总包单位|总承包单位|总包方|监理(?:单位)?|担保(?:方|单位|人)?|介绍人?|经过?|通过|中介|设计单位|转包给|分包给|以及|另|还有)[（(：:为是]?$/u },
  { side: 'after', weight: -2, label: 'X承建/作为总包', unless: /(?:为|给|向|替)$/u, pattern: /^(?:承建的|承建|作为(?:该项目的?)?(?:总包|总承包|监理|设计|担保|建设单位|业主)|负责监理|介绍|担保|监理|是(?:该项目的?)?(?:总包|总承包|监理)|为(?:该项目的?)?(?:总包|总承包|监理))/u },
];

/** Who employs the unpaid workers. */
export const EMPLOYER_RULES: readonly RoleRule[] = [
  { side: 'after', weight: 2.5, label: '拖欠工资', pattern: new RegExp(`^[^，。；！？]{0,10}?(?:${DEBT_VERB})`, 'u') },
  { side: 'after', weight: 0.5, label: '拖欠工资', pattern: /^[^，。；！？]{0,16}?(?:工资|工钱|薪)/u },
  { side: 'before', weight: 2, label: '劳务公司/用人单位/在X干活', pattern: /(?:劳务公司|劳务分包(?:单位)?|用人单位|用工单位|老板是|所在(?:的)?(?:公司|单位)?|就职于|受雇于|受聘于|供职于|雇主|施工单位|分包单位|分包|拨付给|支付给|付给|转给|发给|在|给|为|替|帮)[（(：:为是]?(?:的)?$/u },
  { side: 'after', weight: 2, label: 'X的员工/在X上班', pattern: /^(?:的)?(?:员工|工人|职工|项目部|项目经理部)|^(?:上班|工作|干活|打工|做工|务工)/u },
];

/** A debt verb whose subject is a pronoun (对方至今未付): it points back to the last counterparty named. */
export const ANAPHORIC_DEBT = new RegExp(`(?:对方|该公司|该单位|该局|该中心|该医院|该学校|甲方|他们|业主方?)(?:单位|公司)?[^，。；！？]{0,6}?(?:${DEBT_VERB})`, 'gu');
