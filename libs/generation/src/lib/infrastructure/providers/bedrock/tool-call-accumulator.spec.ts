import { parseToolInput, ToolCallAccumulator } from './tool-call-accumulator';

describe('parseToolInput', () => {
  it.each([
    ['{"orderId":"A-1"}', { orderId: 'A-1' }],
    ['', {}],
    ['  ', {}],
    ['{"orderId":', undefined],
    ['[1,2]', undefined],
    ['"just text"', undefined],
    ['null', undefined],
    ['42', undefined],
  ])('parses %j as %j', (raw, expected) => {
    expect(parseToolInput(raw)).toEqual(expected);
  });
});

describe('ToolCallAccumulator', () => {
  it('joins fragments per index and returns calls in index order, keeping the first id and name', () => {
    const tools = new ToolCallAccumulator();
    tools.add(2, { id: 'b', name: 'track_parcel' });
    tools.add(0, { id: 'a', name: 'lookup_order', fragment: '{"order' });
    tools.add(2, { fragment: '{"parcel":"P-9"}' });
    tools.add(0, { id: 'a', name: 'lookup_order', fragment: 'Id":"A-1"}' });
    tools.add(0, { id: 'other', name: 'other' });
    expect(tools.calls()).toEqual([
      { id: 'a', name: 'lookup_order', input: { orderId: 'A-1' }, rawInput: '{"orderId":"A-1"}' },
      { id: 'b', name: 'track_parcel', input: { parcel: 'P-9' }, rawInput: '{"parcel":"P-9"}' },
    ]);
    expect(tools.size).toBe(2);
  });

  it('keeps malformed arguments raw with input undefined, and names an id-less call by position', () => {
    const tools = new ToolCallAccumulator();
    tools.add(1, { name: 'lookup_order', fragment: '{"orderId": A-1}' });
    expect(tools.calls()).toEqual([{ id: 'call_1', name: 'lookup_order', input: undefined, rawInput: '{"orderId": A-1}' }]);
  });
});
