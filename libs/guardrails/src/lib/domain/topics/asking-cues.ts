/**
 * Ways of asking for advice, an opinion or a comparison, in the five languages (folded, as
 * `normalizeTerm` reads them). They say nothing about a subject on their own; next to a topic
 * term they tell "should I take antibiotics" (the topic) from "antibiotics were in my order".
 */
export const ASKING_CUES: readonly string[] = [
  // advice
  'should i', 'should we', 'do i need', 'what are my options', 'what can i do', 'is it safe', 'is it worth', 'is it smart',
  'is it better to', 'would you recommend', 'do you recommend', 'what would you do', 'is it a good idea', 'am i allowed',
  'deberia', 'que puedo hacer', 'es seguro', 'vale la pena', 'es mejor', 'me recomiendas', 'me recomienda', 'me aconsejas',
  'devrais-je', 'dois-je', 'ai-je besoin', 'que puis-je faire', 'sans danger', 'vaut-il mieux', 'vaut-il la peine', 'recommandez-vous', 'me conseillez',
  'soll ich', 'sollte ich', 'brauche ich', 'was kann ich * tun', 'ist es sicher', 'lohnt es sich', 'ist es besser', 'empfehlen sie', 'raten sie',
  '应该', '需要', '怎么办', '怎么做', '安全吗', '值得', '划算', '推荐', '建议',
  // opinion
  'do you think', 'your opinion', 'your view', 'do you support', 'do you agree', 'are you for', 'for or against', 'side with',
  'que opinas', 'que piensas', 'crees que', 'cree que', 'tu opinion', 'su opinion', 'apoyas', 'apoya usted', 'a favor o en contra',
  'que pensez-vous', 'que penses-tu', 'pensez-vous', 'votre avis', 'ton avis', 'votre opinion', 'soutenez-vous', 'pour ou contre',
  'was halten sie', 'was denken sie', 'ihrer meinung', 'deiner meinung', 'unterstutzen sie', 'dafur oder dagegen',
  '你觉得', '你认为', '怎么看', '看法', '支持哪', '赞成', '反对',
  // comparison
  'better than', 'worse than', 'different from', 'compared to', 'compared with', 'than yours', 'instead of you', 'go with',
  'mejor que', 'peor que', 'comparado con', 'diferencia', 'que la suya',
  'mieux que', 'meilleur que', 'par rapport', 'vous distingue', 'que la votre', 'plutot que',
  'besser als', 'schlechter als', 'im vergleich', 'unterscheidet', 'als ihre',
  '更好', '区别', '相比', '比较',
];
