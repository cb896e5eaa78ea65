import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../../src/app/i18n';
import { PauseScreen } from '../../../src/ui/PauseScreen';

beforeAll(() => {
  initI18n();
});

afterEach(cleanup);

describe('PauseScreen: its words match its buttons', () => {
  it('offers only Carry on, and does not speak of stopping for today, when there is no way to stop', () => {
    const carryOn = vi.fn();
    render(<PauseScreen onCarryOn={carryOn} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Carry on']);
    expect(screen.getByRole('dialog').textContent).not.toMatch(/stop for today/i);
    fireEvent.click(screen.getByRole('button', { name: 'Carry on' }));
    expect(carryOn).toHaveBeenCalledOnce();
  });

  it('offers Stop for today, and says so, when the session can hand the tablet back', () => {
    const stop = vi.fn();
    render(<PauseScreen onCarryOn={() => undefined} onStopForToday={stop} />);
    expect(screen.getByRole('dialog').textContent).toMatch(/or stop for today/);
    fireEvent.click(screen.getByRole('button', { name: 'Stop for today' }));
    expect(stop).toHaveBeenCalledOnce();
  });
});
