/** The register when the search and filters match nothing: say so, and offer to clear them. */
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { useRegisterStore } from './registerStore';

export function NoMatchesState() {
  const text = useRegisterStore((state) => state.text);
  const clearFilters = useRegisterStore((state) => state.clearFilters);
  return (
    <EmptyState
      icon="search"
      title="No incidents match"
      actions={
        <Button variant="primary" onClick={clearFilters}>
          Clear filters
        </Button>
      }
    >
      <p>
        {text.trim() !== ''
          ? `Nothing matches “${text.trim()}” with the filters chosen. Check the spelling, search for fewer words, or clear the search and filters.`
          : 'No incident matches every filter chosen. Remove a filter, or clear them all.'}
      </p>
    </EmptyState>
  );
}
