import type { AttackPattern } from './attack-patterns';

// Chinese has no word boundaries, so no \b; a qualifier ("之前", "你的", "系统") keeps "忘记了积分规则" (I forgot the points rules) out.
const RULES = '(?:指令|指示|规则|规定|设定|约束|限制|提示|命令|政策|要求)';
const QUALIFIER = '(?:之前|以上|上面|先前|前面|原来|最初|原始|系统|所有|你的|你被)';

export const CHINESE_PATTERNS: readonly AttackPattern[] = [
  {
    label: 'ignore_instructions',
    score: 0.95,
    pattern: new RegExp(`(?:忽略|无视|忽视|忘记|忘掉|不要理会|别理会|不要管|抛开|抛弃|放弃|跳过|不再遵守|不要遵守|不用遵守|违反).{0,4}${QUALIFIER}.{0,6}${RULES}`),
  },
  { label: 'ignore_instructions', score: 0.9, pattern: new RegExp(`${QUALIFIER}.{0,4}${RULES}.{0,4}(?:都|全部)?(?:抛开|忽略|忘掉|无视|作废|不再有效)|你(?:之前)?被告知的|新的?指令[:：]|只听我的`) },
  { label: 'role_override', score: 0.9, pattern: /你现在是|从现在(?:开始|起)?[，,]?\s*你(?:是|就是|将是)|你不再是/ },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern: /(?:扮演|假装|充当|模拟).{0,20}(?:没有任何|不受任何|没有|无)(?:限制|规则|过滤|审查|约束|道德)|(?:扮演|假装|充当).{0,10}邪恶|(?:ai|人工智能|助手|机器人|模型).{0,10}(?:不受(?:任何)?限制|没有(?:任何)?(?:限制|规则|过滤|审查))|(?:不受任何限制|没有任何(?:限制|规则)).{0,12}(?:ai|人工智能|助手)/,
  },
  { label: 'role_override', score: 0.85, pattern: /(?:开启|启用|进入|切换到|激活).{0,4}(?:开发者|上帝|越狱)模式.{0,10}(?:回答|限制)|越狱模式/ },
  {
    label: 'system_prompt_extraction',
    score: 0.9,
    pattern: /提示词|你的系统提示|(?:显示|告诉我|输出|重复|打印|展示|透露|泄露).{0,8}系统(?:提示|设定)|系统指令|初始指令|原始指令|隐藏的?(?:指令|规则|提示)|开发者给你的|(?:第一条消息|这次对话|对话开始)之前/,
  },
  { label: 'indirect_injection', score: 0.9, pattern: /(?:ai|人工智能)?助手[:：]|给(?:ai|人工智能|助手)的(?:提示|指令|说明|留言)/ },
];
