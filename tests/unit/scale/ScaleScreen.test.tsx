import { MemoryBlobStore } from '../../../src/store/blobStore';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ScaleScreen from '../../../src/activities/scale/ScaleScreen';
import ScaleSessionPanel from '../../../src/activities/scale/SessionPanel';
import type { SessionStore } from '../../../src/store/sessionStore';
import { homeScale, makeSession, makeStore, setUpI18n } from './helpers';

vi.mock('../../../src/voice/sounds', async () => (await import('./helpers')).mockSounds());

beforeAll(setUpI18n);
afterEach(cleanup);

function open(store: SessionStore, exit = vi.fn()) {
  render(<ScaleScreen store={store} blobs={new MemoryBlobStore()} practice place={undefined} goTo={() => undefined} exit={exit} />);
  return { exit };
}

const slider = () => screen.getByRole('slider', { name: /^How safe/ });
/** The worker's help sits behind one "For the worker" toggle in the child's space. */
function worker(name: string) {
  const toggle = screen.getByRole('button', { name: 'For the worker' });
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  fireEvent.click(screen.getByRole('button', { name }));
}
/** The worker's session screen part for the scales (outside the child's space). */
function openWorkerPanel(store: SessionStore, sessions = () => [store.get()]) {
  cleanup();
  render(<ScaleSessionPanel store={store} sessions={sessions} />);
}
const press = (key: string) => fireEvent.keyDown(slider(), { key });
const reminderText = /safeguarding procedure/i;

describe('the safety scale screen', () => {
  it('opens on the default question as a real slider from 0 to 10, with nothing chosen', () => {
    open(makeStore());
    const s = slider();
    expect(s).toHaveAccessibleName('How safe do you feel at home?');
    expect(s).toHaveAttribute('aria-valuemin', '0');
    expect(s).toHaveAttribute('aria-valuemax', '10');
    expect(s).toHaveAttribute('aria-valuetext', 'No number chosen yet');
    expect(screen.getByText('0 = you feel really scared at home')).toBeInTheDocument();
    expect(screen.getByText('10 = you feel really safe at home and nothing worries you')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('moves by 1 with the arrow keys, to the ends with Home and End, and saves each choice', () => {
    const store = makeStore();
    open(store);
    expect(store.get().scales).toHaveLength(0);
    press('ArrowRight');
    expect(slider()).toHaveAttribute('aria-valuenow', '1');
    expect(store.get().scales[0].value).toBe(1);
    press('ArrowRight');
    press('ArrowUp');
    expect(slider()).toHaveAttribute('aria-valuenow', '3');
    press('ArrowLeft');
    expect(slider()).toHaveAttribute('aria-valuenow', '2');
    press('End');
    expect(slider()).toHaveAttribute('aria-valuenow', '10');
    press('ArrowRight');
    expect(slider()).toHaveAttribute('aria-valuenow', '10');
    press('Home');
    expect(slider()).toHaveAttribute('aria-valuenow', '0');
    press('PageUp');
    expect(slider()).toHaveAttribute('aria-valuenow', '2');
    expect(slider()).toHaveAttribute('aria-valuetext', '2 - nearer to 0: you feel really scared at home');
    press('End');
    press('ArrowLeft');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(slider()).toHaveAttribute('aria-valuetext', '7 - nearer to 10: you feel really safe at home and nothing worries you');
    expect(store.get().scales).toHaveLength(1);
    expect(store.get().scales[0]).toMatchObject({ value: 7, questionKey: 'scale.questions.home', aboutSafety: true });
  });

  it('has One more and One less for switch users, staying within 0 to 10', () => {
    const store = makeStore();
    open(store);
    fireEvent.click(screen.getByRole('button', { name: 'One less' }));
    expect(store.get().scales[0].value).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'One more' }));
    fireEvent.click(screen.getByRole('button', { name: 'One more' }));
    expect(slider()).toHaveAttribute('aria-valuenow', '2');
  });

  it('chooses the step under a finger, and saves once when the finger lifts', () => {
    const store = makeStore();
    open(store);
    const s = slider();
    // jsdom has no layout: give each step a place on a line, 50 px apart.
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const step = Number(this.getAttribute('data-step') ?? 0);
      return { left: step * 50, top: 0, width: 40, height: 40, right: step * 50 + 40, bottom: 40, x: step * 50, y: 0, toJSON: () => ({}) } as DOMRect;
    });
    const apply = vi.spyOn(store, 'apply');
    fireEvent.pointerDown(s, { pointerId: 1, isPrimary: true, pointerType: 'touch', clientX: 3 * 50 + 20, clientY: 20 });
    expect(s).toHaveAttribute('aria-valuenow', '3');
    fireEvent.pointerMove(s, { pointerId: 1, clientX: 6 * 50 + 22, clientY: 25 });
    fireEvent.pointerMove(s, { pointerId: 1, clientX: 8 * 50 + 18, clientY: 25 });
    expect(s).toHaveAttribute('aria-valuenow', '8');
    expect(store.get().scales).toHaveLength(0);
    fireEvent.pointerUp(s, { pointerId: 1, clientX: 8 * 50 + 18, clientY: 25 });
    expect(store.get().scales[0].value).toBe(8);
    expect(apply).toHaveBeenCalledTimes(1);
    rect.mockRestore();
  });

  it('asks "Why this number?" only after the child has rated, and keeps the words exactly as typed', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    open(store);
    expect(screen.queryByRole('textbox', { name: 'Why this number?' })).not.toBeInTheDocument();
    press('End');
    press('ArrowLeft');
    const why = screen.getByRole('textbox', { name: 'Why this number?' });
    expect(why).toHaveAttribute('spellcheck', 'false');
    expect(why).toHaveAttribute('autocapitalize', 'off');
    const words = '  cos mum is their  and i dont no why ';
    await user.type(why, words);
    expect(store.get().scales[0].why).toEqual({ text: words, speaker: 'child' });
    fireEvent.click(within(screen.getByRole('group', { name: 'Whose words are these?' })).getByRole('radio', { name: "The worker's" }));
    expect(store.get().scales[0].why).toEqual({ text: words, speaker: 'worker' });
  });

  it('records the follow-up questions as they are asked, each with whose words they are', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    open(store);
    press('ArrowRight');
    worker('Ask a follow-up question');
    expect(store.get().scales[0].followUps).toEqual([{ promptKey: 'scale.followUp.higher', text: '', speaker: 'child' }]);
    await user.type(screen.getByRole('textbox', { name: 'What would make it one step higher?' }), 'if Dad stoped shouting');
    worker('Ask a follow-up question');
    expect(store.get().scales[0].followUps).toEqual([
      { promptKey: 'scale.followUp.higher', text: 'if Dad stoped shouting', speaker: 'child' },
      { promptKey: 'scale.followUp.whenHigher', text: '', speaker: 'child' },
    ]);
    expect(screen.getByRole('textbox', { name: 'When was it higher?' })).toBeInTheDocument();
  });

  it('Stop pauses on a calm screen and Carry on comes back with nothing lost', () => {
    const store = makeStore();
    open(store);
    press('End');
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Carry on' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(slider()).toHaveAttribute('aria-valuenow', '10');
  });
});

describe('the safeguarding reminder', () => {
  it("for 0-2 on a safety question, never shows in the child's space, even in the worker's help there; the worker's panel shows it and notes when", () => {
    const store = makeStore();
    open(store);
    press('ArrowRight');
    press('ArrowRight');
    expect(store.get().scales[0].value).toBe(2);
    expect(screen.queryByText(reminderText)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'We have finished' }));
    expect(screen.getByRole('heading', { name: 'Thank you for telling me.' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'For the worker' }));
    expect(document.body).not.toHaveTextContent(reminderText);
    expect(store.get().scales[0].reminderShownAt).toBeUndefined();
    // Only the worker's session screen shows it, and the time it was shown there is kept.
    openWorkerPanel(store);
    expect(screen.getByRole('note')).toHaveTextContent(reminderText);
    expect(store.get().scales[0].reminderShownAt).toEqual(expect.any(String));
  });

  it('does not show for 3 on a safety question', () => {
    const store = makeStore();
    open(store);
    press('PageUp');
    press('ArrowRight');
    expect(store.get().scales[0].value).toBe(3);
    openWorkerPanel(store);
    expect(screen.getByText('Amira chose 3.')).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(store.get().scales[0].reminderShownAt).toBeUndefined();
  });

  it('does not show for a question that is not about safety, even at 0', () => {
    const store = makeStore();
    open(store);
    worker('Change the question');
    fireEvent.click(screen.getByRole('radio', { name: 'How happy do you feel at the moment?' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ask this question' }));
    const happy = screen.getByRole('slider', { name: 'How happy do you feel at the moment?' });
    fireEvent.keyDown(happy, { key: 'ArrowRight' });
    fireEvent.keyDown(happy, { key: 'Home' });
    expect(store.get().scales[0]).toMatchObject({ value: 0, aboutSafety: false, questionKey: 'scale.questions.happiness' });
    openWorkerPanel(store);
    expect(screen.getByText('Amira chose 0.')).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(store.get().scales[0].reminderShownAt).toBeUndefined();
  });
});

describe("several questions and the worker's own", () => {
  it("lists this session's questions and asks another, in the worker's exact words", async () => {
    const user = userEvent.setup();
    const store = makeStore({ scales: [homeScale('earlier', 6, '2026-03-01T10:05:00.000Z')] });
    open(store);
    expect(screen.getByRole('heading', { name: 'Questions so far' })).toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    worker('Ask another question');
    fireEvent.click(screen.getByRole('radio', { name: 'Write my own question' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ask this question' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Please write the question');
    await user.type(screen.getByRole('textbox', { name: 'Question' }), 'how are thigns with Nan');
    await user.type(screen.getByRole('textbox', { name: '0 means' }), 'really bad');
    await user.type(screen.getByRole('textbox', { name: '10 means' }), 'really good');
    fireEvent.click(screen.getByRole('button', { name: 'Ask this question' }));
    const nan = screen.getByRole('slider', { name: 'how are thigns with Nan' });
    fireEvent.keyDown(nan, { key: 'End' });
    const saved = store.get().scales;
    expect(saved).toHaveLength(2);
    expect(saved[1]).toMatchObject({ question: 'how are thigns with Nan', zeroMeans: 'really bad', tenMeans: 'really good', value: 10, aboutSafety: false });
    expect(saved[1].questionKey).toBeUndefined();
  });
});

describe("numbers over time on the worker's panel", () => {
  it("shows the same child's earlier numbers for the same question, as a table too", () => {
    const store = makeStore();
    const older = makeSession({
      id: 'session-before',
      childName: 'amira ',
      createdAt: '2026-01-10T10:00:00.000Z',
      scales: [homeScale('before', 4, '2026-01-10T10:05:00.000Z')],
    });
    const otherChild = makeSession({ id: 'other', childName: 'Jamal', scales: [homeScale('x', 9, '2026-02-10T10:05:00.000Z')] });
    open(store);
    press('End');
    press('ArrowLeft');
    press('ArrowLeft');
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'We have finished' }));
    });
    // Earlier sessions' numbers are the worker's: on the session screen, never the child's.
    openWorkerPanel(store, () => [store.get(), older, otherChild]);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('4');
    expect(rows[2]).toHaveTextContent('8');
    expect(rows[2]).toHaveTextContent('this session');
  });
});
