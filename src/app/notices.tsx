import { useViewStore } from '../shared/view/view-store';

/** Short notices about parts of a link that were ignored. */
export function Notices() {
  const notices = useViewStore((store) => store.notices);
  const dismiss = useViewStore((store) => store.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p className="notice-title">Some of this link could not be used</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="button-secondary" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
