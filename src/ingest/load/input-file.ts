import fs from 'node:fs';
import path from 'node:path';
import { StoryInput } from '../../modules/story/story.input';
import { InputFileError, storiesFromJson, storyFromCard } from '../assemble';

/** The file types the importer reads: story cards and ingestStory JSON. */
export const INPUT_TYPES = { '.txt': 'story card', '.json': 'ingestStory JSON (one input or an array)' } as const;

const readable = (file: string) => path.extname(file).toLowerCase() in INPUT_TYPES;

/**
 * Story cards (.txt) and ingestStory JSON (.json), found recursively, in a stable order. Inside a
 * folder other files are skipped; a file named explicitly must be one of these types.
 */
export function collectInputFiles(paths: string[]): string[] {
  const found: string[] = [];
  const visit = (p: string, named: boolean) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name), false);
    else if (readable(p)) found.push(p);
    else if (named) throw new InputFileError(p, 0, `not a file type the importer reads (${Object.keys(INPUT_TYPES).join(', ')})`);
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new InputFileError(p, 0, 'no such file or directory');
    visit(p, true);
  }
  return found;
}

/** One input file read, parsed, recognised and validated: its stories, or its `file:line: reason`. */
export type ParsedFile = { file: string; stories: StoryInput[]; error?: undefined } | { file: string; stories?: undefined; error: string };

export async function parseInputFile(file: string): Promise<ParsedFile> {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const stories = file.toLowerCase().endsWith('.json') ? await storiesFromJson(text, file) : [await storyFromCard(text, file)];
    return { file, stories };
  } catch (err) {
    if (err instanceof InputFileError) return { file, error: err.message };
    throw err;
  }
}
