/**
 * The everyday business of a support desk (folded): orders, deliveries, refunds, accounts,
 * sizes, warranties. A topic term next to them is usually incidental ("my doctor recommended
 * your mattress, do you deliver?", "the legal name on my invoice"), so each counts against
 * the topic; so do the app and website words of technical support ("the election results
 * page does not open"). Prices stay out: comparing them is what a competitor question does.
 */
export const SUPPORT_WORDS: readonly string[] = [
  'order', 'orders', 'ordered', 'delivery', 'deliver', 'delivered', 'shipping', 'ship', 'shipped', 'parcel', 'package', 'refund', 'return',
  'exchange', 'invoice', 'receipt', 'account', 'password', 'login', 'subscription', 'checkout', 'cart', 'size', 'stock', 'store', 'warranty',
  'repair', 'replacement', 'discount', 'coupon', 'tracking', 'app', 'website', 'page', 'error', 'button', 'screen', 'browser', 'download',
  'install', 'terms of service', 'terms and conditions', 'privacy policy',
  'pedido', 'pedidos', 'envio', 'entrega', 'paquete', 'reembolso', 'devolucion', 'factura', 'cuenta', 'contrasena', 'suscripcion', 'talla',
  'tienda', 'garantia', 'reparacion', 'descuento', 'seguimiento', 'pagina', 'aplicacion', 'boton', 'pantalla', 'descargar', 'instalar',
  'politica de privacidad', 'condiciones',
  'commande', 'livraison', 'colis', 'remboursement', 'retour', 'facture', 'compte', 'mot de passe', 'abonnement', 'taille', 'magasin',
  'boutique', 'garantie', 'reparation', 'reduction', 'suivi', 'application', 'site', 'erreur', 'bouton', 'ecran', 'telecharger',
  'installer', 'conditions generales', 'politique de confidentialite',
  'bestellung', 'lieferung', 'versand', 'paket', 'erstattung', 'ruckerstattung', 'rucksendung', 'rechnung', 'konto', 'passwort', 'abo',
  'abonnement', 'grosse', 'lager', 'garantie', 'reparatur', 'gutschein', 'seite', 'webseite', 'fehler', 'bildschirm', 'herunterladen',
  'installieren', 'agb', 'datenschutz', 'impressum',
  '订单', '发货', '快递', '包裹', '退款', '退货', '发票', '账户', '账号', '密码', '订阅', '尺码', '库存', '保修', '维修', '优惠', '页面',
  '网站', '打不开', '报错', '按钮', '屏幕', '下载', '安装', '隐私政策', '服务条款',
];
