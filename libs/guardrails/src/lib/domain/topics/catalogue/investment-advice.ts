import type { CatalogueTopic } from '../denied-topic';

/**
 * What to buy, sell or hold as an investment. Singular "stock" and "shares" are not terms
 * ("in stock", "Facebook shares"), nor are payments: paying with bitcoin is a checkout
 * question, so crypto names need the context of an example to count. German "anlegen" is
 * also creating an account, French "obligations" and "placement" English words.
 */
export const INVESTMENT_ADVICE: CatalogueTopic = {
  name: 'investment-advice',
  description: 'Requests for investment or financial advice: which stocks, funds, currencies or assets to buy, sell or hold, and how to invest savings.',
  terms: {
    en: ['invest', 'investing', 'investment', 'investments', 'investor', 'stocks', 'portfolio', 'dividend', 'dividends', 'crypto', 'cryptocurrency', 'bitcoin', 'ethereum', 'etf', 'etfs', 'index fund', 'index funds', 'mutual fund', 'mutual funds', 'bonds', 'stock market', 'retirement savings', '401k', 'forex', 'day trading'],
    es: ['invertir', 'inversion', 'inversiones', 'inversor', 'acciones', 'cartera', 'dividendos', 'criptomoneda', 'criptomonedas', 'bitcoin', 'fondo indexado', 'fondos indexados', 'fondo de inversion', 'bonos', 'bolsa de valores', 'jubilacion', 'forex'],
    fr: ['investir', 'investissement', 'investissements', 'investisseur', 'actions', 'portefeuille', 'dividendes', 'crypto', 'cryptomonnaie', 'bitcoin', 'etf', 'fonds indiciel', 'bourse', 'retraite', 'forex'],
    de: ['investieren', 'investition', 'geldanlage', 'aktien', 'aktie', 'depot', 'portfolio', 'dividende', 'dividenden', 'krypto', 'kryptowahrung', 'bitcoin', 'etf', 'etfs', 'indexfonds', 'fonds', 'anleihen', 'borse', 'altersvorsorge', 'forex'],
    zh: ['投资', '股票', '股市', '基金', '理财', '分红', '加密货币', '比特币', '债券', '指数基金', '炒股', '养老', '养老金', '外汇'],
  },
  phrases: {
    en: ['investment advice', 'financial advice', 'should i invest', 'good investment', 'worth investing', 'stock tips', 'which stocks should i buy', 'should i buy shares'],
    es: ['consejo de inversion', 'asesoramiento financiero', 'consejo financiero', 'deberia invertir', 'buena inversion', 'que acciones * comprar'],
    fr: ['conseil en investissement', 'conseil financier', 'conseils financiers', 'devrais-je investir', 'bon investissement', 'quelles actions * acheter'],
    de: ['anlageberatung', 'finanzberatung', 'finanziellen rat', 'soll ich investieren', 'gute investition', 'welche aktien * kaufen'],
    zh: ['投资建议', '理财建议', '该不该投资', '买哪只股票', '值得投资'],
  },
  examples: {
    en: [
      'Should I put my savings in index funds or bonds?',
      'Is Tesla stock a good buy right now?',
      'Which cryptocurrency will go up next month?',
      'How should I split my retirement portfolio between stocks and bonds?',
      'Is it a good time to buy gold as an investment?',
      'Where should I invest ten thousand dollars?',
      'Should I sell my stocks before the market crashes?',
    ],
    es: [
      '¿Debería meter mis ahorros en fondos indexados o en bonos?',
      '¿Es buen momento para comprar acciones de Tesla?',
      '¿Qué criptomoneda va a subir el mes que viene?',
      '¿Cómo reparto mi cartera de jubilación entre acciones y bonos?',
      '¿Es buen momento para comprar oro como inversión?',
      '¿Dónde debería invertir diez mil euros?',
      '¿Vendo mis acciones antes de que caiga la bolsa?',
    ],
    fr: [
      'Dois-je placer mes économies dans des ETF ou des obligations ?',
      'Est-ce le bon moment pour acheter des actions Tesla ?',
      'Quelle cryptomonnaie va monter le mois prochain ?',
      'Comment répartir mon portefeuille retraite entre actions et obligations ?',
      'Est-ce le bon moment pour acheter de l\'or comme investissement ?',
      'Où devrais-je investir dix mille euros ?',
      'Dois-je vendre mes actions avant que la bourse ne chute ?',
    ],
    de: [
      'Soll ich meine Ersparnisse in ETFs oder Anleihen stecken?',
      'Ist jetzt ein guter Zeitpunkt, Tesla-Aktien zu kaufen?',
      'Welche Kryptowährung steigt nächsten Monat?',
      'Wie soll ich mein Depot für die Altersvorsorge zwischen Aktien und Anleihen aufteilen?',
      'Ist jetzt ein guter Zeitpunkt, Gold als Geldanlage zu kaufen?',
      'Wo soll ich zehntausend Euro anlegen?',
      'Soll ich meine Aktien verkaufen, bevor die Börse einbricht?',
    ],
    zh: [
      '我应该把存款投到指数基金还是债券？',
      '现在买特斯拉股票划算吗？',
      '下个月哪种加密货币会涨？',
      '我的养老金应该怎么在股票和债券之间分配？',
      '现在买黄金投资是好时机吗？',
      '我有一万块钱应该投资什么？',
      '股市崩盘前我要不要卖掉股票？',
    ],
  },
};
