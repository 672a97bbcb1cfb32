import { describe, expect, it } from 'vitest';
import { useViewStore } from '../../src/shared/view/view-store';
import { DEFAULT_VIEW } from '../../src/shared/view/view-state';

// The two tests run in order: the second proves the setup file put back what the first changed.
describe('zustand stores between tests', () => {
  it('a test may change a store', () => {
    useViewStore.setState({ view: { ...DEFAULT_VIEW, view: 'glossary' }, notices: ['a notice'] });
    expect(useViewStore.getState().view.view).toBe('glossary');
  });

  it('the next test starts from the store’s initial state', () => {
    expect(useViewStore.getState().view).toEqual(DEFAULT_VIEW);
    expect(useViewStore.getState().notices).toEqual([]);
  });
});
