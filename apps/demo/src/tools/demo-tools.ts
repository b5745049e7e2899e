import type { ToolRegistry } from '@agent-chat/ui';
import { DateQuestion } from './date-question.tsx';
import { WeatherCard } from './weather-card.tsx';

/**
 * The demo's tool UIs by tool name (the AI SDK mock's tools). `deleteFile` is left to the kit's
 * generic card, which asks for approval with Approve / Deny and an optional reason.
 */
export const demoTools: ToolRegistry = {
  getWeather: WeatherCard,
  askForDate: DateQuestion,
};
