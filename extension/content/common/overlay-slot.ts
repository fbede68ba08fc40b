import type { ComponentChild } from 'preact';

/** Where an overlay goes relative to a page element. */
export interface Placement {
  anchor: Element;
  position: 'before' | 'after' | 'append';
}

/** One place on the page our UI can occupy; the page watcher moves it, features render into it. */
export interface OverlaySlot {
  /** Puts the UI at `placement`; a UI already on the page is moved there with its state kept. */
  place(placement: Placement): void;
  /** Takes the UI off the page and unmounts its tree. */
  remove(): void;
  /** Sets what the slot shows, now if placed, else on the next `place`. */
  render(content: ComponentChild): void;
  readonly isPlaced: boolean;
}

/** Inserts `node` at `placement`. */
export function insertAt(node: Element, { anchor, position }: Placement): void {
  if (position === 'before') anchor.before(node);
  else if (position === 'after') anchor.after(node);
  else anchor.append(node);
}

/** Whether `node` already sits at `placement`, so a settled page causes no DOM writes. */
export function isAt(node: Element, { anchor, position }: Placement): boolean {
  if (position === 'before') return node.nextElementSibling === anchor;
  if (position === 'after') return anchor.nextElementSibling === node;
  return node.parentElement === anchor;
}
