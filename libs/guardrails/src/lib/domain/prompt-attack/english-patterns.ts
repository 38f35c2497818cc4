import type { AttackPattern } from './attack-patterns';

const re = (source: string) => new RegExp(source);

/** "all of the", "any of your"…; "my" is left out on purpose: "ignore my previous instructions" is a customer changing their own request. */
const FILLER = String.raw`(?:(?:all|any|every|each|of|the|your|its|these|those|whatever|everything|such)\s+)*`;
const EARLIER = String.raw`(?:previous|prior|above|earlier|preceding|initial|original|former|old|existing|default|current)`;
const RULES = String.raw`(?:instructions?|prompts?|rules|directions|directives|guidelines|commands|programming|policy|policies|guardrails|restrictions|constraints|training|context|configuration|settings)`;
const DROP = String.raw`(?:ignore|disregard|forget|override|overwrite|bypass|skip|discard|drop|abandon|set\s+aside|put\s+aside|throw\s+out|never\s+mind|pay\s+no\s+attention\s+to|stop\s+(?:following|obeying|using)|(?:do\s+not|don't|no\s+longer)\s+(?:follow|obey)|circumvent|get\s+around|break|violate)`;
const SAFETY = String.raw`(?:safety|content|ethical|ethics|moral|moderation|usage)`;
const AI = String.raw`(?:ai|a\.i\.|assistant|chat\s?bot|bot|language\s+model|llm|gpt|model|agent)`;
/** A sentence or clause start, where an imperative addressed to the assistant begins. */
const CLAUSE = String.raw`(?:^|[.!?;:,\n(]\s*|\b(?:and|so|now|then|also|first|next)\s+)`;

export const ENGLISH_PATTERNS: readonly AttackPattern[] = [
  // Telling the assistant to drop what it was told.
  { label: 'ignore_instructions', score: 0.95, pattern: re(String.raw`\b${DROP}\s+${FILLER}${EARLIER}\s+(?:\w+\s+)?${RULES}`) },
  {
    label: 'ignore_instructions',
    score: 0.9,
    pattern: re(String.raw`\b${DROP}\s+${FILLER}(?:(?:your|its|the\s+system(?:'s)?|the\s+developers?'?s?)\s+(?:\w+\s+)?${RULES}|system\s+(?:prompt|message|instructions?)|${SAFETY}\s+${RULES}|${SAFETY}\s+filters?)`),
  },
  { label: 'ignore_instructions', score: 0.9, pattern: re(String.raw`\b${DROP}\s+${FILLER}${RULES}\s+(?:above|before|you\s+(?:were|have\s+been|'ve\s+been)\s+given|given\s+to\s+you|you\s+received)`) },
  {
    label: 'ignore_instructions',
    score: 0.9,
    pattern: re(String.raw`\b${DROP}\s+(?:all\s+|about\s+)?(?:everything|anything|all|what(?:ever)?)\s+(?:\w+\s+){0,2}(?:above|before\s+this|you\s+(?:were|have\s+been|'ve\s+been)\s+(?:told|given|programmed)|(?:the\s+)?developers?\s+(?:told|gave)|so\s+far)`),
  },
  {
    label: 'ignore_instructions',
    score: 0.9,
    pattern: re(String.raw`\b(?:your\s+(?:${EARLIER}\s+)?|(?:the\s+)?${EARLIER}\s+|(?:the\s+)?)${RULES}(?:\s+above|\s+you\s+(?:were|have\s+been)\s+given(?:\s+\w+)?)?\s+(?:are|were|is|have\s+been)\s+(?:now\s+|hereby\s+)?(?:cancel+ed|void|null|revoked|outdated|obsolete|overridden|suspended|lifted|disabled|replaced|no\s+longer\s+(?:valid|in\s+effect|apply)|(?:just\s+|only\s+)?a\s+test|fake)`),
  },
  {
    label: 'ignore_instructions',
    score: 0.85,
    pattern: re(String.raw`(?:\bnew|\bupdated|\breal|\bactual|\btrue)\s+(?:system\s+)?(?:instructions?|task|prompt|directives?|system\s+orders?|policy)\s*:|\byour\s+(?:new|real|only|actual)\s+(?:task|job|instructions?|role|goal|objective|purpose|mission)\s+(?:now\s+)?(?:is|are|will\s+be)\b|\bthe\s+real\s+instructions\s+are\b`),
  },
  {
    label: 'ignore_instructions',
    score: 0.8,
    pattern: re(String.raw`\b(?:obey|listen\s+to)\s+(?:only\s+)?(?:me|mine|my\s+(?:commands|instructions|orders)|the\s+following|these\s+(?:new\s+)?(?:instructions|commands))\b|\bfollow\s+only\s+(?:me|mine|my)\b|\bdo\s+(?:exactly\s+)?(?:whatever|what)\s+i\s+(?:say|tell\s+you|command)\b`),
  },
  // Taking the assistant out of its role.
  {
    label: 'role_override',
    score: 0.95,
    pattern: /\b(?:you\s+are\s+now|you're\s+now|from\s+now\s+on\s+you\s+(?:are|will\s+be)|pretend\s+(?:to\s+be|you\s+are)|act\s+as)\s+(?:dan|an?\s+(?:unrestricted|unfiltered|uncensored|jailbroken|evil))\b/,
  },
  { label: 'role_override', score: 0.9, pattern: /\b(?:do\s+anything\s+now|d\.?a\.?n\.?\s+mode|jailbreak\s+mode)\b|\[\s*(?:jailbreak|jailbroken|dan|developer\s+mode(?:\s+output)?|unfiltered)\s*\]/ },
  {
    label: 'role_override',
    score: 0.9,
    pattern: re(String.raw`\b(?:unrestricted|unfiltered|uncensored|jailbroken|jailbreak|evil|amoral|unethical|unbound|unchained|rogue|machiavellian|unaligned|immoral|lawless)\s+(?:\w+\s+){0,2}(?:${AI}s?|version\s+of\s+(?:yourself|you)|alter\s+ego|persona|twin)\b`),
  },
  { label: 'role_override', score: 0.85, pattern: re(String.raw`\b(?:${AI}|you|it)\s+(?:that\s+|which\s+|who\s+)?(?:has\s+been|have\s+been|is|are|was|got|gets)\s+jailbroken\b|\bjailbreak\s+(?:you|yourself|this\s+${AI})\b`) },
  {
    label: 'role_override',
    score: 0.85,
    pattern: re(String.raw`\b(?:developer|god|dan|jailbreak|unrestricted|opposite|sudo|evil|chaos|unfiltered|uncensored|admin|maintenance|internal|debug|root)\s+mode\b[^\n]{0,80}\b(?:you|your|answer|respond|reply|generate|without|no\s+(?:limits|restrictions|rules|filters)|full\s+permissions)\b`),
  },
  {
    label: 'role_override',
    score: 0.85,
    pattern: re(String.raw`(?:\byou\s+are\s+(?:now\s+)?in|\byou're\s+(?:now\s+)?in|${CLAUSE}(?:switch|go)\s+(?:to|into)|${CLAUSE}(?:enter|activate|enable|turn\s+on|unlock))\s+(?:the\s+)?(?:god|dan|jailbreak|opposite|unrestricted|sudo|evil|chaos|unfiltered|uncensored|admin|administrator|maintenance|internal|debug|root|developer)\s+mode\b`),
  },
  { label: 'role_override', score: 0.85, pattern: re(String.raw`\byou(?:'re|\s+are)\s+no\s+longer\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}${AI}\b|\b(?:you\s+are|you're|act\s+as|pretend\s+to\s+be)\s+an?\s+(?:\w+\s+){0,3}${AI}\s+(?:called|named)\b`) },
  { label: 'role_override', score: 0.85, pattern: /\bstay\s+in\s+character\b|\b(?:deceased|dead|late)\s+grand(?:ma|mother|pa|father)\s+(?:who|that)\b/ },
  { label: 'role_override', score: 0.8, pattern: /\b(?:never|doesn't|does\s+not|won't|will\s+not)\s+(?:ever\s+)?(?:refuses?|decline)\s+(?:a\s+|any\s+)?(?:request|question|prompt|anything)|\b(?:whatever|anything|things|what)\s+you\s+(?:would\s+)?(?:normally|usually|otherwise)\s+(?:would\s+)?(?:refuse|decline|not\s+(?:do|say|answer))/ },
  // Asking for a life without rules.
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern:
      /\b(?:act|behave|respond|answer|reply|pretend|roleplay|speak|talk|write)\b.{0,60}\b(?:without|with\s+no|free\s+(?:of|from)|ignoring|(?:you|i)\s+(?:have|had)\s+no)\s+(?:any\s+)?(?:restrictions|limits|limitations|rules|filters?|guidelines|censorship|safety|boundaries|guardrails|constraints)/,
  },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern: re(String.raw`\b(?:no|without\s+(?:any\s+)?|free\s+(?:of|from)\s+|removed\s+(?:all\s+)?|lifted\s+(?:all\s+)?)(?:moral|ethical|safety|content)(?:\s+or\s+(?:moral|ethical))?\s+(?:guidelines|constraints|rules|restrictions|limits|boundaries|filters|principles|policies|compass|obligations)`),
  },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern: re(String.raw`\b(?:${AI}s?|version\s+of\s+(?:yourself|you)|alter\s+ego|persona|yourself)\b.{0,40}\b(?:with\s+no|without(?:\s+any)?|free\s+(?:of|from)|(?:that\s+|which\s+)?(?:has|have)\s+no)\s+(?:\w+\s+)?(?:restrictions|limits|limitations|rules|filters|censorship|boundaries|guardrails|constraints|policies|ethics|morals)\b|\b(?:it|which|that)\s+has\s+no\s+(?:limits|restrictions|rules|filters)\b`),
  },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern: /\b(?:rules|restrictions|filters|guardrails|limits|limitations|safety\s+\w+)\s+(?:have\s+been|has\s+been|were|are|got)\s+(?:\w+\s+)?(?:removed|lifted|disabled|turned\s+off|deactivated|switched\s+off)\b|\b(?:with|have|has|had)\s+no\s+(?:company\s+)?(?:policies|rules|restrictions)\s+to\s+(?:follow|obey)|\b(?:freed|free|released|liberated)\s+from\s+(?:the\s+)?(?:\w+\s+)?(?:limitations|restrictions|rules|constraints|confines)\b/,
  },
  {
    label: 'restriction_bypass',
    score: 0.85,
    pattern: re(String.raw`\b(?:disable|turn\s+off|deactivate|switch\s+off|remove|lift|bypass|circumvent|evade|get\s+around|avoid|trick)\s+(?:all\s+(?:of\s+)?)?(?:your|the\s+${AI}'s)\s+(?:${SAFETY}\s+)?(?:filters?|filtering|moderation|guardrails?|restrictions|safety|censorship|limitations|rules)\b|\b(?:filtering|filters|moderation|guardrails|restrictions|safety)\s+for\s+(?:this|the)\s+(?:session|chat|conversation)\b|\bso\s+i\s+can\s+(?:avoid|bypass|evade|get\s+around|trick|defeat)\s+(?:them|it|your)`),
  },
  // Fishing for the system prompt.
  {
    label: 'system_prompt_extraction',
    score: 0.9,
    pattern:
      /\b(?:reveal|show|print|repeat|display|output|leak|tell|give|dump|list|quote|copy|paste|spell|summari[sz]e|translate|recite|write\s+out|expose|share|encode|what\s+(?:is|are|was|were|does|did))\b.{0,30}\b(?:your\s+system\s+(?:prompt|message|instructions?)|the\s+system\s+prompt|(?:your|the)\s+context\s+window|your\s+(?:pre-?prompt|prompt|configuration|config)|(?:initial|hidden|original|secret|internal|pre|meta|developer|base)\s*-?\s*(?:prompt|instructions|rules|message|directives|guidelines))\b/,
  },
  {
    label: 'system_prompt_extraction',
    score: 0.9,
    pattern:
      /\b(?:system\s+prompt|pre-?prompt|your\s+prompt\s+says|my\s+prompt\s+says)\b|\b(?:instructions|rules|guidelines|directives)\s+(?:that\s+)?(?:you\s+(?:were|have\s+been|'ve\s+been)\s+given|your\s+developers?\s+(?:gave|have\s+given)\s+you|you\s+received|you\s+(?:have|must)\s+to\s+follow|you\s+(?:have\s+to|must)\s+follow|you\s+operate\s+under|you\s+were\s+programmed\s+with)/,
  },
  {
    label: 'system_prompt_extraction',
    score: 0.9,
    pattern:
      /\b(?:repeat|copy|print|output|write|recite|paste|reproduce)\s+(?:back\s+)?(?:all\s+(?:of\s+)?|everything\s+|the\s+(?:words|text|lines|content|sentences|messages?)\s+)(?:that\s+(?:appears?|came|comes|is)\s+)?(?:above|before|preceding)|\b(?:before|prior\s+to)\s+(?:my|our)\s+first\s+message|\b(?:before\s+(?:this|our|the)\s+(?:conversation|chat)|before\s+i\s+started\s+(?:talking|chatting|writing)|at\s+the\s+(?:very\s+)?(?:beginning|start)\s+of\s+(?:this|our|the)\s+(?:conversation|chat))\b/,
  },
  { label: 'system_prompt_extraction', score: 0.85, pattern: /\byour\s+(?:secret|hidden)\s+(?:password|passphrase|key|code|word)\b/ },
  // Fake turns, roles and markup that try to end the user's text and start a new context.
  {
    label: 'delimiter_injection',
    score: 0.95,
    pattern: /<\|\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\s*\|>|\[\/?inst\]|<<\/?sys>>|<\/?(?:system|sys|instructions?|admin|assistant|developer|prompt|root)\s*>|"role"\s*:\s*"(?:system|developer|assistant)"/,
  },
  {
    label: 'delimiter_injection',
    score: 0.9,
    pattern:
      /(?:^|\n)\s*#{2,}\s*(?:system|instructions?|assistant|response|sistema|systeme|系统|指令)\b|(?:^|\n)\s*(?:system|assistant|developer|admin(?:istrator)?)(?:\s+(?:message|note|instruction|override|prompt|update))?\s*:\s*(?:the\s+user|this\s+user|you\b|your\b|ignore|disregard|forget|approve|grant|print|reveal|respond|reply|new\b|sure|ok(?:ay)?\b|certainly|of\s+course|i\s+will|i'll|from\s+now|override|enable|disable|output|the\s+previous)/,
  },
  {
    label: 'delimiter_injection',
    score: 0.9,
    pattern:
      /[([{<]\s*(?:system|admin|developer)\s+(?:message|note|override|instruction|prompt)\s*[:\]]|\bend\s+of\s+(?:(?:user|customer|client)\s+(?:input|message|text|prompt|query|question|request)|input|prompt)\b|\b(?:begin|start)\s+(?:of\s+)?(?:a\s+)?new\s+(?:prompt|instructions?|system\s+\w+|session)\b|\b(?:safety|filters?|filtering|moderation|guardrails?|restrictions?|censorship)\s*[=:]\s*(?:false|off|0|none|disabled)\b|\bmode\s*[=:]\s*(?:unrestricted|jailbreak|developer|god|admin|dan)\b|<!--[^>]{0,40}\b(?:assistant|ai|system|instructions?)\b/,
  },
  // Encoded or split payloads with an order to decode and act on them.
  {
    label: 'obfuscated_payload',
    score: 0.85,
    pattern:
      /\b(?:decode|decipher|decrypt|translate|read|interpret|reverse)\b.{0,40}\b(?:and|then)\s+(?:follow|execute|obey|do|run|perform|carry\s+out|comply|act\s+on|respond\s+to)\b|\b(?:base64|rot13|hex|encoded|encrypted|cipher)\b.{0,60}\b(?:do\s+not|don't|without|never)\s+(?:refus|question|hesitat)|\bso\s+(?:that\s+)?(?:your\s+|the\s+)?(?:filters?|moderation|safety|guardrails?|monitoring|system)\s+(?:don't|doesn't|won't|can't|cannot|do\s+not|will\s+not)\s+(?:see|notice|catch|detect|flag|block)|\b(?:do|execute|run|follow|obey|perform)\s+[a-z]\s*\+\s*[a-z]\b/,
  },
  // Instructions planted in a document, review or email for whichever AI reads it.
  {
    label: 'indirect_injection',
    score: 0.9,
    pattern: re(
      String.raw`\b(?:note|message|instructions?|attention|important|notice|hey|dear|hi|to|for)\s+(?:to\s+|for\s+)?(?:the\s+|any\s+|all\s+)?(?:${AI}\s*){1,2}s?\s*[:,—-]|\bif\s+you\s+are\s+an?\s+(?:\w+\s+)?${AI}\b|\b(?:to|for)\s+(?:any|all|every|the)\s+(?:${AI}\s*){1,2}s?\s+(?:processing|reading|summari[sz]ing|analy[sz]ing|seeing|parsing|scanning)\b|\b${AI}s?\s+(?:reading|processing|summari[sz]ing|analy[sz]ing|parsing|scanning)\s+this\b`,
    ),
  },
  {
    label: 'indirect_injection',
    score: 0.85,
    pattern: re(
      String.raw`(?:^|[.'"“«(\[:]\s*)(?:ai\s+)?(?:${AI}|chatbot)\s*[:,]\s*(?:ignore|disregard|forget|when|you|the\s+user|reply|respond|tell|say|forward|reveal|output|append|classify|always|never|do\b|new)|\b(?:${AI}),?\s+(?:when|if|once|as\s+soon\s+as)\s+you\s+(?:read|see|process|summari[sz]e)`,
    ),
  },
  // Claims of authority that should unlock what a customer may not do.
  {
    label: 'authority_claim',
    score: 0.85,
    pattern:
      /\b(?:as\s+)?your\s+(?:developer|creator|programmer|maker|owner|administrator|admin|operator)s?\b.{0,40}\b(?:authori[sz]|override|bypass|debug|dump|disable|enable|unlock|order|command|instruct|allow|permit)|\b(?:authori[sz]\w*|allow\w*|permit\w*|instruct\w*|order\w*|command\w*)\s+you\s+to\s+(?:bypass|skip|ignore|override|disable|break|violate|circumvent|disregard)\b|\b(?:developer|admin|administrator|engineer)s?\s+(?:\w+\s+)?(?:debugging|testing|auditing|configuring)\s+you\b|\bi\s+(?:created|built|programmed|made|trained)\s+you\b/,
  },
  {
    label: 'authority_claim',
    score: 0.8,
    pattern:
      /\bthe\s+user\s+(?:is|has)\b.{0,40}\b(?:admin|administrator|developer|owner|superuser|root)\b.{0,40}\b(?:comply|grant|fulfil|obey|do\s+not\s+ask|don't\s+ask|no\s+verification|without\s+verification|every\s+request|all\s+requests|any\s+request)|\bagree\s+(?:with|to)\s+(?:everything|anything|whatever)\s+(?:i|the\s+user)\s+(?:say|says|ask|asks)\b|\blegally\s+binding\b|\b(?:end|start|begin|finish|prefix|append)\s+(?:each|every|all|your)\s+(?:reply|response|answer|message)s?\s+with\b|\b(?:always|automatically)\s+(?:grant|approve|issue|give)\s+(?:\w+\s+)?(?:refunds?|discounts?|credits?|coupons?)\b/,
  },
];
