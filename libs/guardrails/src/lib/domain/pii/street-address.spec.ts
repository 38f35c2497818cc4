import { detectPii } from './detect-pii';

const found = (text: string): Array<[string, string]> => detectPii(text).map((f) => [f.label, text.slice(f.start, f.end)]);

describe('street addresses', () => {
  it.each([
    ['Send it to 14 Crown Street Apt. 4 please', '14 Crown Street Apt. 4'],
    ['I live at 1600 Pennsylvania Avenue NW, Washington', '1600 Pennsylvania Avenue NW'],
    ['Deliver to 221B Baker St.', '221B Baker St.'],
    ['Mi dirección es Calle Mayor 5, Madrid', 'Calle Mayor 5'],
    ['Avenida de la Constitución, 23', 'Avenida de la Constitución, 23'],
    ['Livrez au 12 rue de la Paix, Paris', '12 rue de la Paix'],
    ['Bitte an Hauptstraße 5 in Berlin', 'Hauptstraße 5'],
    ['Lieferadresse: Berliner Straße 12a', 'Berliner Straße 12a'],
    ['寄到中山路123号', '中山路123号'],
    ['Write to P.O. Box 149', 'P.O. Box 149'],
  ])('finds the address in %p', (text, address) => {
    expect(found(text)).toEqual([['STREET_ADDRESS', address]]);
  });

  it.each([
    'I have 2 Google Drive accounts',
    'Main Street store opening hours',
    'Order 3 items and get 1 free',
    'Room 12 on the second floor',
    'the 5 best ways to save',
  ])('leaves names without a number, counts and product names alone: %p', (text) => {
    expect(found(text)).toEqual([]);
  });
});
