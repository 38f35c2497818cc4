import type { CatalogueTopic } from '../denied-topic';

/**
 * Opinions on elections, parties, politicians and contested policy. "Vote" alone is not
 * enough (people vote on answers and polls), nor is "party" or "campaign". Words with an
 * everyday sense in a shop are no terms: Spanish "política" and French "politique" are also
 * a return policy, German "Wahl"/"wählen" a choice, "izquierda"/"gauche" a direction.
 */
export const POLITICS: CatalogueTopic = {
  name: 'politics',
  description: 'Political opinions and discussion: elections and whom to vote for, parties and politicians, contested policies such as immigration or abortion.',
  terms: {
    en: ['election', 'elections', 'vote', 'voting', 'president', 'presidential', 'senator', 'congress', 'parliament', 'politician', 'politicians', 'political', 'politics', 'democrats', 'democrat', 'republicans', 'republican', 'prime minister', 'abortion', 'immigration', 'left wing', 'right wing', 'government'],
    es: ['elecciones', 'eleccion', 'votar', 'voto', 'presidente', 'congreso', 'parlamento', 'politico', 'politicos', 'partido politico', 'gobierno', 'aborto', 'inmigracion'],
    fr: ['election', 'elections', 'voter', 'vote', 'president', 'parlement', 'politicien', 'politiciens', 'parti politique', 'gouvernement', 'avortement', 'immigration'],
    de: ['bundestagswahl', 'landtagswahl', 'wahlen gehen', 'wahlkampf', 'prasident', 'prasidenten', 'kanzler', 'bundeskanzler', 'bundestag', 'parlament', 'politiker', 'politik', 'politisch', 'politische', 'partei', 'regierung', 'abtreibung', 'einwanderung', 'einwanderungspolitik', 'migrationspolitik'],
    zh: ['选举', '投票', '总统', '国会', '议会', '政客', '政治', '政党', '政府', '堕胎', '移民', '左派', '右派'],
  },
  phrases: {
    en: ['who should i vote for', 'who will you vote for', 'your political views', 'political opinion', 'which party should i vote', 'what do you think * president', 'what do you think * prime minister', 'your opinion * president', 'your opinion * prime minister'],
    es: ['por quien deberia votar', 'por quien votar', 'tu opinion politica', 'su opinion politica', 'que partido votar', 'de izquierda o de derecha', 'que opinas * presidente', 'que piensas * presidente'],
    fr: ['pour qui voter', 'pour qui devrais-je voter', 'ton opinion politique', 'votre opinion politique', 'de gauche ou de droite', 'que pensez-vous * president', 'que penses-tu * president'],
    de: ['wen soll ich * wahlen', 'welche partei soll ich * wahlen', 'was halten sie * prasidenten', 'was halten sie * kanzler', 'ihre politische meinung', 'deine politische meinung'],
    zh: ['应该投票给谁', '投给谁', '政治观点', '政治立场', '怎么看 * 总统', '对 * 总统 * 看法'],
  },
  examples: {
    en: [
      'Who should I vote for in the next election?',
      'What do you think about the president?',
      'Is your company on the side of the democrats or the republicans?',
      'What is your opinion on the government immigration policy?',
      'Which political party is right about taxes?',
      'Do you support abortion rights?',
      'Are politicians in parliament all corrupt?',
    ],
    es: [
      '¿A quién debería votar en las próximas elecciones?',
      '¿Qué opinas del presidente?',
      '¿Tu empresa está con la izquierda o con la derecha?',
      '¿Qué opinas de la política de inmigración del gobierno?',
      '¿Qué partido político tiene razón sobre los impuestos?',
      '¿Estás a favor del aborto?',
      '¿Todos los políticos del congreso son corruptos?',
    ],
    fr: [
      'Pour qui devrais-je voter aux prochaines élections ?',
      'Que penses-tu du président ?',
      'Votre entreprise est-elle de gauche ou de droite ?',
      'Que pensez-vous de la politique d\'immigration du gouvernement ?',
      'Quel parti politique a raison sur les impôts ?',
      'Êtes-vous pour le droit à l\'avortement ?',
      'Les politiciens au parlement sont-ils tous corrompus ?',
    ],
    de: [
      'Wen soll ich bei der nächsten Wahl wählen?',
      'Was halten Sie vom Bundeskanzler?',
      'Steht Ihre Firma politisch links oder rechts?',
      'Was denken Sie über die Einwanderungspolitik der Regierung?',
      'Welche Partei hat bei den Steuern recht?',
      'Sind Sie für das Recht auf Abtreibung?',
      'Sind alle Politiker im Bundestag korrupt?',
    ],
    zh: [
      '下次选举我应该投票给谁？',
      '你怎么看现在的总统？',
      '你们公司支持左派还是右派？',
      '你对政府的移民政策有什么看法？',
      '哪个政党在税收问题上是对的？',
      '你支持堕胎权吗？',
      '议会里的政客都腐败吗？',
    ],
  },
};
