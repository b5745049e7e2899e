import type { ToolUIProps } from '@agent-chat/ui';

/** What the `getWeather` tool returns (see the mock server's `WeatherReport`). */
interface WeatherReport {
  city: string;
  temperatureC: number;
  condition: string;
}

const conditionIcons: Record<string, string> = {
  sunny: '☀️',
  cloudy: '☁️',
  rainy: '🌧️',
  windy: '💨',
  snowy: '❄️',
};

function isWeatherReport(value: unknown): value is WeatherReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  return (
    typeof report.city === 'string' &&
    typeof report.temperatureC === 'number' &&
    typeof report.condition === 'string'
  );
}

/** The city of the call's input, once enough of it has streamed in. */
function cityOf(input: unknown): string | undefined {
  const city = typeof input === 'object' && input !== null ? (input as { city?: unknown }).city : undefined;
  return typeof city === 'string' && city ? city : undefined;
}

const cardClass = 'w-64 rounded-lg border border-border bg-card p-4 text-card-foreground';

/**
 * The `getWeather` tool drawn as a card: a skeleton while the model writes the call and the
 * server runs it, the city's temperature and condition once it answered, the error if it failed.
 * @example <Thread tools={{ getWeather: WeatherCard }} />
 */
export function WeatherCard({ part }: ToolUIProps) {
  const city = cityOf(part.input);
  switch (part.state) {
    case 'output-available': {
      if (!isWeatherReport(part.output)) {
        return (
          <p data-slot="weather-card" className="text-sm text-muted-foreground">
            The weather service answered in a form this card cannot show.
          </p>
        );
      }
      const { city: place, temperatureC, condition } = part.output;
      return (
        <section data-slot="weather-card" aria-label={`Weather in ${place}`} className={cardClass}>
          <h3 className="text-sm font-medium text-muted-foreground">{place}</h3>
          <p className="mt-1 flex items-center gap-3">
            <span aria-hidden="true" className="text-3xl">
              {conditionIcons[condition] ?? '🌡️'}
            </span>
            <span data-slot="weather-temperature" className="text-3xl font-semibold tabular-nums">
              {temperatureC} °C
            </span>
          </p>
          <p data-slot="weather-condition" className="mt-1 capitalize">
            {condition}
          </p>
        </section>
      );
    }
    case 'output-error':
      return (
        <section
          data-slot="weather-card"
          data-state="error"
          aria-label={city ? `Weather in ${city}` : 'Weather'}
          className={`${cardClass} border-destructive`}
        >
          <h3 className="text-sm font-medium">{city ?? 'Weather'}</h3>
          <p role="alert" className="mt-1 text-sm text-destructive">
            Could not get the weather: {part.errorText}
          </p>
        </section>
      );
    case 'output-denied':
      return (
        <p data-slot="weather-card" className="text-sm text-muted-foreground">
          The weather lookup{city ? ` for ${city}` : ''} was not run.
        </p>
      );
    case 'input-streaming':
    case 'input-available':
    case 'approval-requested':
    case 'approval-responded':
      break;
  }
  // Still arriving or running: a skeleton of the card.
  return (
    <section
      data-slot="weather-card"
      data-state="loading"
      aria-label={city ? `Weather in ${city}` : 'Weather'}
      aria-busy="true"
      className={cardClass}
    >
      <h3 className="text-sm font-medium text-muted-foreground">{city ?? 'Finding the city…'}</h3>
      <span role="status" className="sr-only">
        Getting the weather{city ? ` in ${city}` : ''}…
      </span>
      <div aria-hidden="true" className="mt-2 h-8 w-24 animate-pulse rounded bg-muted" />
      <div aria-hidden="true" className="mt-2 h-4 w-16 animate-pulse rounded bg-muted" />
    </section>
  );
}
