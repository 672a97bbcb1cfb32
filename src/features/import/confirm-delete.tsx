import type { ReactNode, RefObject } from 'react';

interface ConfirmDeleteProps {
  confirming: boolean;
  /** "the import of Kent 2021-22 from kent.csv", for the buttons' names. */
  what: string;
  /** One import ("Yes, delete it") or several ("Yes, delete them"). */
  one: boolean;
  /** "Delete this import? " */
  ask: string;
  /** The Yes button, which takes focus when the question opens. */
  buttonRef: RefObject<HTMLButtonElement | null>;
  onAsk: () => void;
  onAnswer: (yes: boolean) => void;
  /** The Delete button's content. */
  children: ReactNode;
}

/** A Delete button that asks first: Yes deletes, No keeps. */
export function ConfirmDelete({ confirming, what, one, ask, buttonRef, onAsk, onAnswer, children }: ConfirmDeleteProps) {
  if (!confirming) {
    return (
      <button type="button" className="button-secondary" onClick={onAsk}>
        {children}
      </button>
    );
  }
  const [yes, no] = one ? ['Yes, delete it', 'No, keep it'] : ['Yes, delete them', 'No, keep them'];
  return (
    <span role="group" aria-label={`Delete ${what}?`}>
      <span>{ask}</span>
      <button ref={buttonRef} type="button" className="button-secondary" aria-label={`${yes}: ${what}`} onClick={() => onAnswer(true)}>
        {yes}
      </button>{' '}
      <button type="button" className="button-secondary" aria-label={`${no}: ${what}`} onClick={() => onAnswer(false)}>
        {no}
      </button>
    </span>
  );
}
