import { jsonSchema, type Tool, tool } from 'ai';

/** Output of the `getWeather` tool, drawn by the UI as a weather card. */
export interface WeatherReport {
  city: string;
  temperatureC: number;
  condition: 'sunny' | 'cloudy' | 'rainy' | 'windy' | 'snowy';
}

const conditions = ['sunny', 'cloudy', 'rainy', 'windy', 'snowy'] as const;

/** The mock weather of a city: always the same for the same name, so tests can assert it. */
export function weatherFor(city: string): WeatherReport {
  let hash = 0;
  for (const character of city.toLowerCase()) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) % 9973;
  return { city, temperatureC: 5 + (hash % 26), condition: conditions[hash % conditions.length] ?? 'sunny' };
}

/** The tools of the AI SDK platform, by name. */
export interface AiSdkTools {
  getWeather: Tool<{ city: string }, WeatherReport>;
  deleteFile: Tool<{ path: string }, { path: string; deleted: true }>;
  askForDate: Tool<{ question: string }, never>;
  [name: string]: Tool;
}

/** The tools of the AI SDK platform: a server tool, a server tool behind approval, a browser tool. */
export const aiSdkTools: AiSdkTools = {
  getWeather: tool({
    description: 'Gets the current weather of a city; the UI draws the result as a card.',
    inputSchema: jsonSchema<{ city: string }>({
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
      additionalProperties: false,
    }),
    execute: async ({ city }) => weatherFor(city),
  }),
  deleteFile: tool({
    description: 'Deletes a file. It runs only after the user approved the call.',
    inputSchema: jsonSchema<{ path: string }>({
      type: 'object',
      properties: { path: { type: 'string' } },
      required: ['path'],
      additionalProperties: false,
    }),
    execute: async ({ path }) => ({ path, deleted: true as const }),
  }),
  // No `execute`: the browser asks the user and sends the answer back with `addToolOutput`.
  askForDate: tool({
    description: 'Asks the user to pick a date in the browser.',
    inputSchema: jsonSchema<{ question: string }>({
      type: 'object',
      properties: { question: { type: 'string' } },
      required: ['question'],
      additionalProperties: false,
    }),
  }),
};

/** Tools whose calls wait for the user's approval (`toolApproval` of `streamText`). */
export const aiSdkToolApproval = { deleteFile: 'user-approval' } as const;
