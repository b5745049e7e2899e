import { describe, expect, test, vi } from 'vitest';
import { applyWidgetAttribute, DEFAULT_WIDGET_SETTINGS } from './widget-attributes.ts';

describe('applyWidgetAttribute', () => {
  test('reads valid values and falls back to the defaults when removed', () => {
    const report = vi.fn();
    let settings = applyWidgetAttribute(DEFAULT_WIDGET_SETTINGS, 'position', 'bottom-left', report);
    settings = applyWidgetAttribute(settings, 'api', 'agents-v2', report);
    settings = applyWidgetAttribute(settings, 'open', '', report);
    expect(settings).toMatchObject({ position: 'bottom-left', api: 'agents-v2', open: true });
    settings = applyWidgetAttribute(settings, 'position', null, report);
    settings = applyWidgetAttribute(settings, 'open', null, report);
    expect(settings).toMatchObject({ position: 'bottom-right', open: false });
    expect(report).not.toHaveBeenCalled();
  });

  test('a bad value is reported with the attribute and the allowed values, then the default is used', () => {
    const report = vi.fn();
    const settings = applyWidgetAttribute(DEFAULT_WIDGET_SETTINGS, 'theme', 'sepia', report);
    expect(settings.theme).toBe('auto');
    expect(report).toHaveBeenCalledWith(expect.stringMatching(/theme="sepia".*light, dark, auto.*"auto"/));
    applyWidgetAttribute(DEFAULT_WIDGET_SETTINGS, 'api', 'soap', report);
    expect(report).toHaveBeenLastCalledWith(
      expect.stringMatching(/api="soap".*noxus-v1, agents-v2, chat-api/),
    );
  });
});
