import type { OrderStatus } from './order';

/** What the order tool said, as the local answerer reads its JSON text. */
export type OrderToolAnswer =
  | { readonly kind: 'found'; readonly orderId: string; readonly status: OrderStatus; readonly carrier?: string; readonly trackingNumber?: string; readonly estimatedDelivery?: string }
  | { readonly kind: 'not_found' | 'not_signed_in' | 'unavailable'; readonly orderId: string };

interface Phrases {
  readonly status: Readonly<Record<OrderStatus, string>>;
  found(orderId: string, status: string): string;
  carrier(carrier: string, tracking?: string): string;
  eta(date: string): string;
  notFound(orderId: string): string;
  notSignedIn: string;
  unavailable: string;
}

const EN: Phrases = {
  status: { pending: 'pending', processing: 'being prepared', shipped: 'on its way', out_for_delivery: 'out for delivery', delivered: 'delivered', cancelled: 'cancelled', returned: 'returned' },
  found: (id, status) => `Your order ${id} is ${status}.`,
  carrier: (carrier, tracking) => (tracking ? `It ships with ${carrier}, tracking number ${tracking}.` : `It ships with ${carrier}.`),
  eta: (date) => `Estimated delivery: ${date}.`,
  notFound: (id) => `I couldn't find an order ${id} on your account; please check the number.`,
  notSignedIn: 'Please sign in so that I can look up your order.',
  unavailable: "I can't look up orders right now; a colleague from our team can help you with this.",
};

const PHRASES: Readonly<Record<string, Phrases>> = {
  en: EN,
  es: {
    status: { pending: 'pendiente', processing: 'en preparación', shipped: 'en camino', out_for_delivery: 'en reparto', delivered: 'entregado', cancelled: 'cancelado', returned: 'devuelto' },
    found: (id, status) => `Tu pedido ${id} está ${status}.`,
    carrier: (carrier, tracking) => (tracking ? `Lo envía ${carrier}, número de seguimiento ${tracking}.` : `Lo envía ${carrier}.`),
    eta: (date) => `Entrega estimada: ${date}.`,
    notFound: (id) => `No encuentro el pedido ${id} en tu cuenta; comprueba el número, por favor.`,
    notSignedIn: 'Inicia sesión para que pueda consultar tu pedido.',
    unavailable: 'Ahora mismo no puedo consultar pedidos; una persona de nuestro equipo puede ayudarte.',
  },
  fr: {
    status: { pending: 'en attente', processing: 'en préparation', shipped: 'en route', out_for_delivery: 'en cours de livraison', delivered: 'livrée', cancelled: 'annulée', returned: 'retournée' },
    found: (id, status) => `Votre commande ${id} est ${status}.`,
    carrier: (carrier, tracking) => (tracking ? `Elle est acheminée par ${carrier}, numéro de suivi ${tracking}.` : `Elle est acheminée par ${carrier}.`),
    eta: (date) => `Livraison estimée : ${date}.`,
    notFound: (id) => `Je ne trouve pas de commande ${id} sur votre compte ; merci de vérifier le numéro.`,
    notSignedIn: 'Connectez-vous pour que je puisse consulter votre commande.',
    unavailable: "Je ne peux pas consulter les commandes pour le moment ; un conseiller peut vous aider.",
  },
  de: {
    status: { pending: 'ausstehend', processing: 'in Bearbeitung', shipped: 'unterwegs', out_for_delivery: 'in der Zustellung', delivered: 'zugestellt', cancelled: 'storniert', returned: 'zurückgesendet' },
    found: (id, status) => `Ihre Bestellung ${id} ist ${status}.`,
    carrier: (carrier, tracking) => (tracking ? `Sie wird von ${carrier} geliefert, Sendungsnummer ${tracking}.` : `Sie wird von ${carrier} geliefert.`),
    eta: (date) => `Voraussichtliche Zustellung: ${date}.`,
    notFound: (id) => `Ich finde keine Bestellung ${id} in Ihrem Konto; bitte prüfen Sie die Nummer.`,
    notSignedIn: 'Bitte melden Sie sich an, damit ich Ihre Bestellung nachsehen kann.',
    unavailable: 'Ich kann Bestellungen gerade nicht abrufen; ein Mitarbeiter hilft Ihnen gern weiter.',
  },
  zh: {
    status: { pending: '待处理', processing: '正在备货', shipped: '已发货', out_for_delivery: '正在派送', delivered: '已送达', cancelled: '已取消', returned: '已退货' },
    found: (id, status) => `您的订单 ${id} ${status}。`,
    carrier: (carrier, tracking) => (tracking ? `承运商为 ${carrier}，运单号 ${tracking}。` : `承运商为 ${carrier}。`),
    eta: (date) => `预计送达：${date}。`,
    notFound: (id) => `在您的账户中找不到订单 ${id}，请核对订单号。`,
    notSignedIn: '请先登录，以便我查询您的订单。',
    unavailable: '目前无法查询订单，我们的客服同事可以为您提供帮助。',
  },
};

/** The reply to an order question in the customer's language (primary subtag; English otherwise). */
export function orderReply(answer: OrderToolAnswer, language: string): string {
  const p = PHRASES[language.split('-')[0]!.toLowerCase()] ?? EN;
  switch (answer.kind) {
    case 'found': {
      const parts = [p.found(answer.orderId, p.status[answer.status])];
      if (answer.carrier) parts.push(p.carrier(answer.carrier, answer.trackingNumber));
      if (answer.estimatedDelivery && answer.status !== 'delivered') parts.push(p.eta(answer.estimatedDelivery.slice(0, 10)));
      return parts.join(language.startsWith('zh') ? '' : ' ');
    }
    case 'not_found':
      return p.notFound(answer.orderId);
    case 'not_signed_in':
      return p.notSignedIn;
    case 'unavailable':
      return p.unavailable;
  }
}
