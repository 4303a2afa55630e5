import { AnnouncedAppends } from './announced-appends';

describe('AnnouncedAppends', () => {
  it('given appends made here, when the polled head is theirs, then nothing is unannounced', () => {
    const announced = new AnnouncedAppends();
    announced.announce(1, 3);
    announced.announce(4, 4);
    expect(announced.unannouncedAfter(4)).toBeNull();
  });

  it('given another process appended, when the head passes what was announced, then the polled part is unannounced until handled', () => {
    const announced = new AnnouncedAppends();
    announced.announce(1, 2);
    expect(announced.unannouncedAfter(5)).toBe(2);
    expect(announced.unannouncedAfter(5)).toBe(2); // not handled yet (a failed poll): asked again, the same answer
    announced.handledTo(5);
    expect(announced.unannouncedAfter(5)).toBeNull();
  });

  it('given an append here after a foreign one not yet polled, when it is announced, then the gap stays unannounced', () => {
    const announced = new AnnouncedAppends();
    announced.announce(1, 1);
    announced.announce(3, 3); // position 2 came from elsewhere
    expect(announced.unannouncedAfter(3)).toBe(1);
  });

  it('given a poll that wakes everything, when it claims a foreign head, then it is told once', () => {
    const announced = new AnnouncedAppends();
    announced.announce(1, 2);
    expect(announced.claimUnannounced(2)).toBe(false);
    expect(announced.claimUnannounced(4)).toBe(true);
    expect(announced.claimUnannounced(4)).toBe(false);
  });
});
