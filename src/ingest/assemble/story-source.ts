import { AppError, FieldProblem } from '../../errors/app-error';
import { StoryInput } from '../../modules/story/story.input';
import { validateStoryInput } from '../../modules/story/story.service';
import { CardParseError } from '../parse';
import { cardToStoryInput } from './card-to-story';

/** A problem in one input file, located for `file:line: reason` reporting (`file: reason` when no line applies: line 0). */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${reason}` : `${file}: ${reason}`);
    this.name = 'InputFileError';
  }
}

function lineOfField(text: string, field: string | undefined): number {
  // "input.claims[3].text" -> the 4th "text" key after the "claims" key: close enough to point an editor at it.
  const last = field
    ?.split('.')
    .pop()
    ?.replace(/\[\d+\]$/, '');
  if (!last) return 1;
  const index = text.indexOf(`"${last}"`);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

function describeProblems(fields: FieldProblem[] | undefined, fallback: string): string {
  return fields?.length ? fields.map((f) => `${f.field}: ${f.reason}`).join('; ') : fallback;
}

/** Card text -> validated StoryInput; parse errors keep their line, validation errors point at line 1. */
export async function storyFromCard(text: string, file = 'card'): Promise<StoryInput> {
  let plain: unknown;
  try {
    plain = cardToStoryInput(text, { file });
  } catch (err) {
    if (err instanceof CardParseError) throw new InputFileError(file, err.line, err.reason);
    throw err;
  }
  try {
    return await validateStoryInput(plain);
  } catch (err) {
    if (err instanceof AppError) throw new InputFileError(file, 1, describeProblems(err.extensions.fields as FieldProblem[], err.message));
    throw err;
  }
}

/** A JSON file in the ingestStory input shape: one story or an array of them. */
export async function storiesFromJson(text: string, file = 'story.json'): Promise<StoryInput[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const position = Number(/position (\d+)/.exec((err as Error).message)?.[1] ?? 0);
    throw new InputFileError(file, text.slice(0, position).split('\n').length, `invalid JSON: ${(err as Error).message}`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const stories: StoryInput[] = [];
  for (const [i, item] of items.entries()) {
    try {
      stories.push(await validateStoryInput(item));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const fields = err.extensions.fields as FieldProblem[] | undefined;
      const prefix = Array.isArray(parsed) ? `story ${i}: ` : '';
      throw new InputFileError(file, lineOfField(text, fields?.[0]?.field), prefix + describeProblems(fields, err.message));
    }
  }
  return stories;
}
