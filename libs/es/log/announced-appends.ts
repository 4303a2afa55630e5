/**
 * Which of the log's positions a worker has heard of: every position up to `to` was appended in this process (and
 * announced by `ObservedEventLog.onAppended`) or was past a head it polled and handled. A polled head beyond `to`
 * means another process appended (the CLI, an API process when the worker runs apart). The projection worker, the
 * reactor worker and the delivery engine each keep one, to wake only what in-process appends concern and to treat
 * the rest as foreign.
 *
 * Positions are taken to be consecutive: an announced append whose first position does not follow `to` leaves it
 * where it is (something came in between), so the next poll finds those positions foreign.
 */
export class AnnouncedAppends {
  private to = 0;

  /** An append made in this process, at positions first..last. */
  announce(first: number, last: number): void {
    if (first === this.to + 1) this.to = last;
  }

  /** The position after which a polled head holds appends not announced here, or null when it holds none. */
  unannouncedAfter(head: number): number | null {
    return head > this.to ? this.to : null;
  }

  /** The positions up to `head` are handled (woken for); the next poll looks past them. */
  handledTo(head: number): void {
    if (head > this.to) this.to = head;
  }

  /** For a poll that wakes everything on a foreign append: true when `head` holds one, now counted as handled. */
  claimUnannounced(head: number): boolean {
    if (this.unannouncedAfter(head) === null) return false;
    this.handledTo(head);
    return true;
  }
}
