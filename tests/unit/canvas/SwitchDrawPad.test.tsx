import { useSyncExternalStore } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../../src/app/i18n';
import { blankSession } from '../../../src/app/workspace';
import { SessionStore } from '../../../src/store/sessionStore';
import type { Command } from '../../../src/store/commands';
import { ChildAccess } from '../../../src/ui/access';
import { POINT_SPACING, SWITCH_STEP, SwitchDrawPad, pointsAlong } from '../../../src/canvas/SwitchDrawPad';
import type { ToolSettings } from '../../../src/canvas/DrawingSurface';
import type { AccessSettings, Page, StrokeItem } from '../../../src/model/types';
import { DEFAULT_ACCESS, PAGE_HEIGHT, PAGE_WIDTH } from '../../../src/model/types';

// jsdom has no layout; nothing here needs the observer to report.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeAll(() => {
  initI18n();
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
});

afterEach(cleanup);

const PEN: ToolSettings = { tool: 'pen', color: '#d62828', size: 16 };

function newPage(): Page {
  return { id: 'page-1', activity: 'three-houses', place: 'house-of-worries', items: [], promptsShown: [], notShared: [] };
}

/** The page as the drawing page passes it: the store's latest, re-rendered after every commit. */
function Harness({ store, onCommit }: { store: SessionStore; onCommit(command: Command): void }) {
  const session = useSyncExternalStore(store.subscribe, store.get);
  return <SwitchDrawPad page={session.pages[0]} settings={PEN} scale={0.5} onCommit={onCommit} />;
}

/** A store holding one empty page, and the pad drawing on it for a child with this switch setting. */
function setUp(scanning: AccessSettings['scanning'] = 'step') {
  const store = new SessionStore({
    ...blankSession({ childName: 'Sami', workerName: 'Sam', present: [], language: 'en-GB' }),
    pages: [newPage()],
  });
  const pageNow = () => store.get().pages[0];
  const onCommit = vi.fn((command: Command) => store.apply(command));
  const view = render(
    <ChildAccess settings={{ ...DEFAULT_ACCESS, scanning }} className="child-screen">
      <Harness store={store} onCommit={onCommit} />
    </ChildAccess>,
  );
  return { store, pageNow, onCommit, view };
}

function cursor(container: HTMLElement): { x: number; y: number } {
  const el = container.querySelector('[data-switch-cursor]');
  if (!el) throw new Error('no cursor');
  return { x: Number(el.getAttribute('data-x')), y: Number(el.getAttribute('data-y')) };
}

function strokes(page: Page): StrokeItem[] {
  return page.items.filter((i): i is StrokeItem => i.kind === 'stroke');
}

function pointAt(stroke: StrokeItem, index: number): [number, number, number] {
  const i = (index < 0 ? stroke.points.length / 3 + index : index) * 3;
  return [stroke.points[i], stroke.points[i + 1], stroke.points[i + 2]];
}

describe('SwitchDrawPad', () => {
  it('is not there unless the child uses switch access', () => {
    const { view } = setUp('off');
    expect(screen.queryByRole('button', { name: 'Move up' })).toBeNull();
    expect(view.container.querySelector('[data-switch-cursor]')).toBeNull();
  });

  it('shows a hidden cursor at the page centre and big buttons with names', () => {
    const { view } = setUp();
    expect(cursor(view.container)).toEqual({ x: PAGE_WIDTH / 2, y: PAGE_HEIGHT / 2 });
    expect(view.container.querySelector('[data-switch-cursor]')?.closest('[aria-hidden="true"]')).not.toBeNull();
    const group = screen.getByRole('group', { name: 'Draw with switches' });
    for (const name of ['Move up', 'Move down', 'Move left', 'Move right', 'Start a line', 'Cancel the line']) {
      expect(group).toContainElement(screen.getByRole('button', { name }));
    }
    expect(screen.getByRole('button', { name: 'Cancel the line' })).toBeDisabled();
  });

  it('moves the cursor in big steps and never off the page', async () => {
    const user = userEvent.setup();
    const { view, onCommit } = setUp();
    await user.click(screen.getByRole('button', { name: 'Move right' }));
    expect(cursor(view.container)).toEqual({ x: PAGE_WIDTH / 2 + SWITCH_STEP, y: PAGE_HEIGHT / 2 });
    for (let i = 0; i < 12; i++) await user.click(screen.getByRole('button', { name: 'Move right' }));
    for (let i = 0; i < 8; i++) await user.click(screen.getByRole('button', { name: 'Move down' }));
    expect(cursor(view.container)).toEqual({ x: PAGE_WIDTH, y: PAGE_HEIGHT });
    for (let i = 0; i < 20; i++) await user.click(screen.getByRole('button', { name: 'Move left' }));
    for (let i = 0; i < 12; i++) await user.click(screen.getByRole('button', { name: 'Move up' }));
    expect(cursor(view.container)).toEqual({ x: 0, y: 0 });
    // Moving without a line draws nothing.
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('commits one stroke, one undo step, from where the line started to where it finished', async () => {
    const user = userEvent.setup();
    const { store, pageNow, onCommit, view } = setUp();
    await user.click(screen.getByRole('button', { name: 'Start a line' }));
    expect(screen.getByRole('button', { name: 'Cancel the line' })).toBeEnabled();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Move right' }));
    await user.click(screen.getByRole('button', { name: 'Move down' }));
    // The line so far is shown while it is drawn, and nothing is committed yet.
    expect(view.container.querySelector('polyline.switch-draw__line')).not.toBeNull();
    expect(onCommit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Finish the line' }));

    expect(onCommit).toHaveBeenCalledTimes(1);
    const [stroke] = strokes(pageNow());
    expect(strokes(pageNow())).toHaveLength(1);
    expect(pointAt(stroke, 0)).toEqual([600, 400, 0.5]);
    expect(pointAt(stroke, -1)).toEqual([600 + 3 * SWITCH_STEP, 400 + SWITCH_STEP, 0.5]);
    expect(stroke).toMatchObject({ color: PEN.color, size: PEN.size, simulatePressure: true });
    // Points along each move keep the line smooth: none further apart than the spacing.
    for (let i = 1; i < stroke.points.length / 3; i++) {
      const [ax, ay] = pointAt(stroke, i - 1);
      const [bx, by] = pointAt(stroke, i);
      expect(Math.hypot(bx - ax, by - ay)).toBeGreaterThan(0);
      expect(Math.hypot(bx - ax, by - ay)).toBeLessThanOrEqual(POINT_SPACING);
    }
    expect(screen.getByRole('button', { name: 'Start a line' })).toBeInTheDocument();
    expect(view.container.querySelector('.switch-draw__line')).toBeNull();

    act(() => store.undo('page-1'));
    expect(strokes(store.get().pages[0])).toHaveLength(0);
  });

  it('makes a dot of a line with no moves', async () => {
    const user = userEvent.setup();
    const { pageNow } = setUp();
    await user.click(screen.getByRole('button', { name: 'Start a line' }));
    await user.click(screen.getByRole('button', { name: 'Finish the line' }));
    const [stroke] = strokes(pageNow());
    expect(stroke.points).toEqual([600, 400, 0.5]);
  });

  it('commits nothing when the line is cancelled', async () => {
    const user = userEvent.setup();
    const { onCommit, view } = setUp();
    await user.click(screen.getByRole('button', { name: 'Start a line' }));
    await user.click(screen.getByRole('button', { name: 'Move up' }));
    await user.click(screen.getByRole('button', { name: 'Cancel the line' }));
    expect(onCommit).not.toHaveBeenCalled();
    expect(view.container.querySelector('.switch-draw__line')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start a line' })).toBeInTheDocument();
    // The cursor stays where the cancelled line ended.
    expect(cursor(view.container)).toEqual({ x: 600, y: 400 - SWITCH_STEP });
  });
});

describe('pointsAlong', () => {
  it('ends exactly at the target, with every point on the way', () => {
    const pts = pointsAlong({ x: 0, y: 0 }, { x: 80, y: 0 });
    expect(pts).toHaveLength(80 / POINT_SPACING);
    expect(pts[pts.length - 1]).toEqual({ x: 80, y: 0 });
    expect(pts.every((p) => p.y === 0 && p.x > 0 && p.x <= 80)).toBe(true);
  });
});
