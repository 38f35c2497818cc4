import { loadDemoKnowledgeBase } from './demo-kb';

/** The demo help centre is product surface: its shape is checked like code. */
describe('the demo knowledge base', () => {
  it('has the same five help-centre topics in English and Spanish, each a titled, sectioned page of 200-600 words', async () => {
    const documents = await loadDemoKnowledgeBase();

    expect(documents.map((d) => d.title)).toEqual([
      'Orders: tracking, changes and cancellations',
      'Payments',
      'Returns and refunds',
      'Shipping and delivery',
      'Warranty',
      'Devoluciones y reembolsos',
      'Envíos y entregas',
      'Garantía',
      'Pagos',
      'Pedidos: seguimiento, cambios y cancelaciones',
    ]);
    for (const document of documents) {
      const words = document.content.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
      expect({ file: document.file, fits: words >= 200 && words <= 600, sections: (document.content.match(/^## /gm) ?? []).length >= 3 }).toEqual({ file: document.file, fits: true, sections: true });
    }
  });
});
