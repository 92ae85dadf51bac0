import { useCompare } from '../../app/stores';
import { useNavigation } from '../../stores/navigation-store';

/** Takes the inspected token to the Compare view as A, ready for a second one. */
export function CompareWithButton({ token }: { token: string }) {
  const edit = useCompare((s) => s.edit);
  const show = useNavigation((s) => s.show);
  return (
    <button
      type="button"
      data-testid="compare-with"
      onClick={() => {
        edit('a', token);
        show('compare');
      }}
    >
      Compare with another token →
    </button>
  );
}
