// @vitest-environment happy-dom
// The value a slow list follows: it changes after the frame that shows the change, never before,
// and a value typed past before that frame is never shown.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './use-after-paint';

/** Frame callbacks and tasks waiting, by id; a cancelled one is deleted. */
let frames: Map<number, FrameRequestCallback>;
let tasks: Map<number, () => void>;
let ids = 0;

beforeEach(() => {
  frames = new Map();
  tasks = new Map();
  vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((callback) => {
    frames.set(++ids, callback);
    return ids;
  });
  vi.spyOn(globalThis, 'cancelAnimationFrame').mockImplementation((id) => frames.delete(id));
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void) => {
    tasks.set(++ids, callback);
    return ids;
  }) as typeof setTimeout);
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation((id) => void tasks.delete(id as unknown as number));
});

afterEach(() => vi.restoreAllMocks());

/** The frame's callbacks, which run just before the browser paints. */
function frame() {
  act(() => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback(performance.now());
  });
}

/** The browser paints: the frame's callbacks run, then each task queued meanwhile, one at a time. */
function paint() {
  frame();
  while (tasks.size > 0) {
    const [id, task] = tasks.entries().next().value!;
    tasks.delete(id);
    act(task);
  }
}

describe('useAfterPaint', () => {
  it('starts with the value, and follows a change only once the frame showing it has painted', () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: '' } });
    expect(result.current).toBe('');
    rerender({ value: 'c' });
    expect(result.current).toBe('');
    expect(tasks.size).toBe(0);
    frame();
    expect(result.current).toBe('');
    paint();
    expect(result.current).toBe('c');
  });

  it('skips a value changed again before its frame', () => {
    const rendered: string[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const shown = useAfterPaint(value);
        rendered.push(shown);
        return shown;
      },
      { initialProps: { value: '' } },
    );
    rerender({ value: 'c' });
    rerender({ value: 'ca' });
    paint();
    expect(result.current).toBe('ca');
    expect(rendered).not.toContain('c');
  });
});
